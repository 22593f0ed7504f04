import { entitySchemaDrift, tenantTableProtection, testDatabaseUrl } from '@pm/testing';
import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { entities } from '../src/mikro-orm.config';

describe('webhooks database', () => {
  it('entities and migrations agree (no pending DDL)', async () => {
    expect(await entitySchemaDrift(testDatabaseUrl('webhooks'), entities)).toBe('');
  });

  it('every table with tenant_id has forced RLS on app_current_tenant()', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl('webhooks') });
    await admin.connect();
    try {
      const { tables, unprotected } = await tenantTableProtection(admin);
      expect(tables).toEqual(
        expect.arrayContaining([
          'webhook_subscriptions',
          'webhook_events',
          'webhook_deliveries',
          'whk_properties',
          'policy_projection',
          'outbox',
          'inbox',
        ]),
      );
      expect(unprotected).toEqual([]);
    } finally {
      await admin.end();
    }
  });

  it('pm_app sees one company only; the dispatcher’s due list returns ids and tenants only, fairly', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl('webhooks') });
    const app = new Client({ connectionString: testDatabaseUrl('webhooks', 'app') });
    await Promise.all([admin.connect(), app.connect()]);
    const [A, B] = [randomUUID(), randomUUID()];
    const subs: string[] = [];
    try {
      // B has five due deliveries, A one: with two per company, A's one comes second, not sixth.
      const past = new Date(Date.now() - 60_000);
      for (const [tenant, n] of [
        [B, 5],
        [A, 1],
      ] as const) {
        const sub = randomUUID();
        subs.push(sub);
        await admin.query(
          `insert into webhook_subscriptions (id, tenant_id, url, events, secret_sealed) values ($1, $2, 'https://example.com', '{ticket.created}', 'x')`,
          [sub, tenant],
        );
        for (let i = 0; i < n; i++) {
          const ev = randomUUID();
          await admin.query(
            `insert into webhook_events (id, tenant_id, type, property_id, occurred_at, data) values ($1, $2, 'ticket.created', $3, $4, '{}')`,
            [ev, tenant, randomUUID(), past],
          );
          await admin.query(
            `insert into webhook_deliveries (id, tenant_id, subscription_id, event_id, event_type, occurred_at, next_attempt_at) values ($1, $2, $3, $4, 'ticket.created', $5, $6)`,
            [randomUUID(), tenant, sub, ev, past, new Date(past.getTime() + i)],
          );
        }
      }
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true)`, [A]);
      const seen = await app.query(
        'select tenant_id from webhook_deliveries where subscription_id = any($1::uuid[])',
        [subs],
      );
      expect(seen.rows.map((r) => r.tenant_id)).toEqual([A]);
      const due = await app.query('select id, tenant_id from due_webhook_deliveries(now(), 2, 100)');
      const ours = due.rows.filter((r) => r.tenant_id === A || r.tenant_id === B).map((r) => r.tenant_id);
      expect(ours.filter((t) => t === B)).toHaveLength(2);
      expect(ours.filter((t) => t === A)).toHaveLength(1);
      expect(ours.slice(0, 2).sort()).toEqual([A, B].sort());
      expect(Object.keys(due.rows[0]).sort()).toEqual(['id', 'tenant_id']);
      await app.query('rollback');
    } finally {
      await admin.query('delete from webhook_subscriptions where id = any($1::uuid[])', [subs]);
      await admin.query('delete from webhook_events where tenant_id = any($1::uuid[])', [[A, B]]);
      await Promise.all([admin.end(), app.end()]);
    }
  });
});
