import { tenantTableProtection, testDatabaseUrl } from '@pm/testing';
import { Client } from 'pg';
import { randomUUID } from 'crypto';
import { ADMIN_URL } from './helpers';

/** Every table of pm_tickets with a tenant_id is under forced RLS with the tenant_isolation policy. */
describe('pm_tickets row-level security', () => {
  let admin: Client;
  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
  });

  it('every table with tenant_id has relrowsecurity, relforcerowsecurity and a tenant_isolation policy', async () => {
    const { tables, unprotected } = await tenantTableProtection(admin);
    expect(tables).toEqual(
      expect.arrayContaining([
        'tickets',
        'sla_deadlines',
        'visit_tasks',
        'visits',
        'price_items',
        'ticket_events',
        'outbox',
        'inbox',
        'policy_projection',
        'tkt_staff',
        'repair_rechecks',
        'customer_requests',
        'call_recordings',
        'corrective_actions',
        'tkt_occupancies',
        'vacant_cleanings',
      ]),
    );
    expect(unprotected).toEqual([]);
  });

  it('pm_app sees only its tenant; the timer’s due-tenants function returns ids only', async () => {
    const A = randomUUID();
    const B = randomUUID();
    const ticket = randomUUID();
    await admin.query(
      `insert into tickets (id, tenant_id, property_id, kind, status, description, called_at) values ($1, $2, $3, 'HELP', 'OPEN', 'x', now())`,
      [ticket, B, randomUUID()],
    );
    await admin.query(
      `insert into sla_deadlines (id, tenant_id, ticket_id, property_id, kind, rule, due_at) values ($1, $2, $3, $4, 'HELP_ANSWER', 'R-TKT-9', now() + interval '1 hour')`,
      [randomUUID(), B, ticket, randomUUID()],
    );
    const app = new Client({ connectionString: testDatabaseUrl('tickets', 'app') });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [A]);
      expect((await app.query('select * from tickets where id = $1', [ticket])).rowCount).toBe(0);
      expect((await app.query('select * from sla_deadlines where ticket_id = $1', [ticket])).rowCount).toBe(
        0,
      );
      const due = await app.query("select t from tkt_due_tenants(now() + interval '2 hours') t");
      expect(due.rows.map((r) => r.t)).toContain(B);
      await app.query('rollback');
    } finally {
      await app.end();
      await admin.query('delete from sla_deadlines where ticket_id = $1', [ticket]);
      await admin.query('delete from tickets where id = $1', [ticket]);
    }
  });
});
