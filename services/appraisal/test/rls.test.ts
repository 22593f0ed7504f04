import { tenantTableProtection, testDatabaseUrl } from '@pm/testing';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { ADMIN_URL } from './helpers';

const APP_URL = testDatabaseUrl('appraisal', 'app');

describe('pm_appraisal: row-level security on every tenant table', () => {
  let admin: Client;
  let app: Client;
  const A = randomUUID();
  const B = randomUUID();
  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    app = new Client({ connectionString: APP_URL });
    await Promise.all([admin.connect(), app.connect()]);
    for (const t of [A, B])
      await admin.query(
        `insert into suggestions (id, tenant_id, staff_id, item, source_type, source_event_id, reason) values ($1, $2, $3, 'EFFICIENCY', 'SLA_BREACH', $4, 'r')`,
        [randomUUID(), t, randomUUID(), randomUUID()],
      );
  }, 15_000);
  afterAll(async () => {
    await admin?.query('delete from suggestions where tenant_id = any($1::uuid[])', [[A, B]]);
    await Promise.all([admin?.end(), app?.end()]);
  });

  it('every table with tenant_id has forced RLS and a tenant_isolation policy on app_current_tenant()', async () => {
    const { tables, unprotected } = await tenantTableProtection(admin);
    expect(tables).toEqual(
      expect.arrayContaining([
        'appeals',
        'checks',
        'findings',
        'inbox',
        'outbox',
        'policy_projection',
        'properties',
        'staff_members',
        'suggestions',
      ]),
    );
    expect(unprotected).toEqual([]);
  });

  it('pm_app with app.tenant_id = A sees only A’s rows, none without a tenant', async () => {
    expect((await app.query('select * from suggestions')).rowCount).toBe(0);
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true)`, [A]);
    const { rows } = await app.query('select tenant_id from suggestions');
    await app.query('rollback');
    expect(rows).toEqual([{ tenant_id: A }]);
  });
});
