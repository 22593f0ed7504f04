import { randomBytes, randomUUID } from 'crypto';
import { Client } from 'pg';
import { NatsConnection, connect, headers as natsHeaders } from 'nats';
import { EventEnvelope, Events } from '@pm/contracts';
import { APP_ROLE, Database, tenantTableSql } from '@pm/db';
import { createLogger } from '@pm/observability';
import { testDatabaseUrl, testNats } from '@pm/testing';
import { until } from '@pm/testing/kit';
import { EventConsumer, EventHandler, ensureStreams } from '../src';
import { entities } from '../../../services/tenancy/src/mikro-orm.config';

/**
 * EventConsumer runs several transactions at once and several events per transaction, against
 * the real PostgreSQL and JetStream: events of one aggregate still apply in stream order, each
 * exactly once, and one tenant's flood does not keep another tenant's event waiting behind it.
 */
const ADMIN_URL = testDatabaseUrl('tenancy');
const APP_URL = testDatabaseUrl('tenancy', 'app');
const log = createLogger('scheduling-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');

describe('consumer scheduling: concurrent and batched, ordered per aggregate, fair between tenants', () => {
  let nc: NatsConnection;
  let admin: Client;
  let db: Database;
  let consumer: EventConsumer | undefined;
  let grouped: EventConsumer | undefined;
  const flood = randomUUID();
  const other = randomUUID();
  const mine = [flood, other];
  let firstSeq = 0;

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query('begin');
    await admin.query('drop table if exists test_sched_effects');
    await admin.query(
      `create table test_sched_effects (n bigserial, event_id uuid, tenant_id uuid, property_id uuid, name text)`,
    );
    for (const sql of tenantTableSql('test_sched_effects', APP_ROLE)) await admin.query(sql);
    await admin.query('grant usage on sequence test_sched_effects_n_seq to pm_app');
    await admin.query('commit');
    nc = await connect(testNats());
    await ensureStreams(nc);
    firstSeq = (await (await nc.jetstreamManager()).streams.info('PM_TENANCY')).state.last_seq + 1;
    db = await Database.connect({ clientUrl: APP_URL, entities });
  }, 30_000);

  afterAll(async () => {
    await consumer?.stop();
    await grouped?.stop();
    if (nc) {
      const jsm = await nc.jetstreamManager();
      for (const c of [consumer, grouped])
        if (c) await jsm.consumers.delete('PM_TENANCY', c.durableName()).catch(() => undefined);
      // Other suites' durable consumers replay the stream: this suite's events go with it.
      const last = (await jsm.streams.info('PM_TENANCY')).state.last_seq;
      for (let seq = firstSeq; seq <= last; seq++) {
        const m = await jsm.streams.getMessage('PM_TENANCY', { seq }).catch(() => null);
        if (m && (mine as string[]).includes(m.json<EventEnvelope>().tenantId))
          await jsm.streams.deleteMessage('PM_TENANCY', seq).catch(() => undefined);
      }
    }
    await db?.close();
    await admin?.query('drop table if exists test_sched_effects');
    await admin?.end();
    await nc?.close();
  });

  const publish = async (tenantId: string, propertyId: string, name: string) => {
    const env: EventEnvelope = {
      id: randomUUID(),
      type: Events.propertyCreated.type,
      version: Events.propertyCreated.version,
      tenantId,
      occurredAt: new Date().toISOString(),
      actor: { kind: 'system' },
      payload: { propertyId, name, kind: 'RESIDENTIAL', timeZone: 'Asia/Shanghai' },
    };
    const h = natsHeaders();
    h.set('Pm-Tenant-Id', tenantId);
    await nc
      .jetstream()
      .publish(Events.propertyCreated.subject, JSON.stringify(env), { msgID: env.id, headers: h });
  };

  it('applies each event once, in stream order per property, and lets another tenant in during a flood', async () => {
    const properties = Array.from({ length: 6 }, () => randomUUID());
    // 60 events of one tenant, 10 per property (its aggregate), then one of another tenant.
    for (let i = 0; i < 60; i++) await publish(flood, properties[i % 6], String(i));
    await publish(other, randomUUID(), 'other');

    const handler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
      name: `test.scheduling-${randomBytes(4).toString('hex')}`,
      contract: Events.propertyCreated,
      async handle(em, p, env) {
        // Slow enough for transactions to overlap.
        await em.execute('select pg_sleep(0.02)');
        await em.execute(
          'insert into test_sched_effects (event_id, tenant_id, property_id, name) values (?, ?, ?, ?)',
          [env.id, env.tenantId, p.propertyId, p.name],
        );
      },
    };
    consumer = new EventConsumer(handler, { nc, db, log, concurrency: 4, perTenant: 1, batch: 4 });
    await consumer.start();
    const rows = await until(
      'all 61 effects',
      async () => {
        const r = await admin.query(
          `select tenant_id, property_id, name from test_sched_effects where tenant_id = any($1) order by n`,
          [[flood, other]],
        );
        return r.rows.length >= 61 ? r.rows : undefined;
      },
      60_000,
    );
    expect(rows).toHaveLength(61);
    // Per property, the names in the order they were published.
    for (const [k, id] of properties.entries()) {
      const names = rows.filter((r) => r.property_id === id).map((r) => Number(r.name));
      expect(names).toEqual(Array.from({ length: 10 }, (_, j) => k + 6 * j));
    }
    // The other tenant's event, published after all 60, did not wait for the flood to finish.
    const at = rows.findIndex((r) => r.tenant_id === other);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(40);
    expect(consumer.applied).toBeGreaterThanOrEqual(61);
  }, 90_000);

  it('hands a waiting group to handleMany once, in stream order, each event exactly once', async () => {
    const tenant = randomUUID();
    mine.push(tenant);
    const properties = Array.from({ length: 30 }, () => randomUUID());
    for (const [i, p] of properties.entries()) await publish(tenant, p, `g${i}`);
    const calls: { many: boolean; ids: string[] }[] = [];
    const handler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
      name: `test.grouped-${randomBytes(4).toString('hex')}`,
      contract: Events.propertyCreated,
      async handle(em, p, env) {
        if (env.tenantId !== tenant) return;
        calls.push({ many: false, ids: [p.propertyId] });
        await em.execute('select pg_sleep(0.05)');
      },
      async handleMany(em, events) {
        const mine = events.filter((e) => e.envelope.tenantId === tenant);
        if (mine.length) calls.push({ many: true, ids: mine.map((e) => e.payload.propertyId) });
        await em.execute('select pg_sleep(0.05)');
      },
    };
    // One transaction at a time: what arrives while it runs waits, and goes in the next together.
    grouped = new EventConsumer(handler, { nc, db, log, concurrency: 1, batch: 8 });
    await grouped.start();
    await until(
      'all 30 events handled',
      async () => (calls.flatMap((c) => c.ids).length >= 30 ? true : undefined),
      60_000,
    );
    await new Promise((r) => setTimeout(r, 300));
    const seen = calls.flatMap((c) => c.ids);
    expect(seen).toEqual(properties);
    expect(calls.filter((c) => c.many).length).toBeGreaterThan(0);
    expect(Math.max(...calls.map((c) => c.ids.length))).toBeLessThanOrEqual(8);
    expect(calls.filter((c) => !c.many).every((c) => c.ids.length === 1)).toBe(true);
    const inbox = await admin.query(
      `select count(*)::int as n from inbox where consumer = $1 and tenant_id = $2`,
      [handler.name, tenant],
    );
    expect(inbox.rows[0].n).toBe(30);
  }, 90_000);
});
