import { randomUUID } from 'crypto';
import { Client, PoolClient } from 'pg';
import { NatsConnection, connect } from 'nats';
import { EventEnvelope, Events } from '@pm/contracts';
import { RELAY_ROLE } from '@pm/db';
import { PlatformMetrics, createLogger } from '@pm/observability';
import { testNats } from '@pm/testing';
import { OutboxRelay, connectNats } from '../src';
import { EventTablesDb, eventTablesDb } from './event-tables-db';

/**
 * A malformed outbox row must not stall its relay: it is quarantined with the reason and
 * counted, and every row behind it is published. An outage quarantines nothing. The relay runs
 * on a database of its own (same migrations as every service's outbox), so no service's relay
 * of another suite shares the rows.
 */
const log = createLogger('relay-quarantine-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');

function envelope(tenantId: string, over: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    id: randomUUID(),
    type: Events.propertyCreated.type,
    version: Events.propertyCreated.version,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { kind: 'system' },
    payload: {
      propertyId: randomUUID(),
      name: 'Harbour View',
      kind: 'RESIDENTIAL',
      timeZone: 'Asia/Shanghai',
    },
    ...over,
  };
}

describe('outbox relay: a malformed row is quarantined, the rest go out', () => {
  let tables: EventTablesDb;
  let db: Client;
  let nc: NatsConnection;
  let operator: NatsConnection;
  let firstSeq = 0;
  const tenant = randomUUID();

  beforeAll(async () => {
    tables = await eventTablesDb('relayq');
    db = tables.db;
    nc = await connectNats(testNats('tenancy').servers, 'relay-quarantine-test', testNats('tenancy'));
    operator = await connect(testNats());
    firstSeq = (await (await operator.jetstreamManager()).streams.info('PM_TENANCY')).state.last_seq + 1;
  }, 30_000);

  afterAll(async () => {
    // The valid events went to the real stream: removed, so later suites' consumers never see them.
    if (operator && firstSeq) {
      const jsm = await operator.jetstreamManager();
      const last = (await jsm.streams.info('PM_TENANCY')).state.last_seq;
      for (let seq = firstSeq; seq <= last; seq++) {
        const m = await jsm.streams.getMessage('PM_TENANCY', { seq }).catch(() => null);
        if (m && m.json<EventEnvelope>().tenantId === tenant)
          await jsm.streams.deleteMessage('PM_TENANCY', seq).catch(() => undefined);
      }
    }
    await nc?.close();
    await operator?.close();
    await tables?.drop();
  });

  async function insert(subject: string, env: unknown, id: string = randomUUID()): Promise<string> {
    await db.query(
      `insert into outbox (id, tenant_id, subject, envelope, created_at) values ($1, $2, $3, $4, clock_timestamp())`,
      [id, tenant, subject, JSON.stringify(env)],
    );
    return id;
  }

  async function row(id: string) {
    const { rows } = await db.query<{ published: boolean; quarantined: boolean; reason: string | null }>(
      `select published_at is not null as published, quarantined_at is not null as quarantined,
              quarantine_reason as reason from outbox where id = $1`,
      [id],
    );
    return rows[0];
  }

  it('quarantines what can never be published, with the reason and a count, and publishes every row behind it', async () => {
    const subject = Events.propertyCreated.subject;
    const before = envelope(tenant);
    const ok1 = await insert(subject, before, before.id);
    const garbage = await insert(subject, { nonsense: true });
    const badPayload = envelope(tenant, { payload: { name: 'no id' } as never });
    const bad = await insert(subject, badPayload, badPayload.id);
    const wrongType = envelope(tenant, {
      type: Events.unitCreated.type,
      payload: {
        unitId: randomUUID(),
        propertyId: randomUUID(),
        building: '3',
        number: '1203',
        areaSqm: 88,
        kind: 'RESIDENTIAL',
      } as never,
    });
    const mismatch = await insert(subject, wrongType, wrongType.id);
    const after = envelope(tenant);
    const ok2 = await insert(subject, after, after.id);

    const metrics = new PlatformMetrics({ service: 'tenancy' });
    const relay = new OutboxRelay({
      databaseUrl: tables.url(RELAY_ROLE),
      nc,
      log,
      domain: 'tenancy',
      metrics,
    });
    try {
      expect(await relay.drainOnce()).toBe(5);
      expect(await row(ok1)).toMatchObject({ published: true, quarantined: false });
      expect(await row(ok2)).toMatchObject({ published: true, quarantined: false });
      expect(await row(garbage)).toMatchObject({ published: false, quarantined: true });
      expect((await row(garbage)).reason).toMatch(/^envelope: /);
      expect((await row(bad)).reason).toMatch(/payload\.propertyId/);
      expect((await row(mismatch)).reason).toMatch(/does not carry unit\.created/);
      // Nothing left: the next pass has nothing to do, the quarantined rows stay set aside.
      expect(await relay.drainOnce()).toBe(0);
      expect(await relay.backlog()).toEqual({ lagSeconds: 0, quarantined: 3 });
      const text = await metrics.scrape();
      expect(text).toMatch(/^pm_outbox_quarantined_total\{service="tenancy"\} 3$/m);
      expect(text).toMatch(/^pm_outbox_published_total\{service="tenancy"\} 2$/m);
      // The two good events are on the stream under their ids.
      const jsm = await operator.jetstreamManager();
      const last = await jsm.streams.getMessage('PM_TENANCY', { last_by_subj: subject });
      expect(last.json<EventEnvelope>().id).toBe(after.id);
    } finally {
      await relay.stop();
      await metrics.shutdown();
    }
  }, 60_000);

  it('while NATS is away nothing is quarantined: the rows wait, and the lag shows it', async () => {
    const env = envelope(tenant);
    const id = await insert(Events.propertyCreated.subject, env, env.id);
    const closed = await connectNats(
      testNats('tenancy').servers,
      'relay-quarantine-closed',
      testNats('tenancy'),
    );
    await closed.close();
    const relay = new OutboxRelay({
      databaseUrl: tables.url(RELAY_ROLE),
      nc: closed,
      log,
      domain: 'tenancy',
      maxRefusals: 1,
    });
    await expect(relay.drainOnce()).rejects.toThrow();
    await expect(relay.drainOnce()).rejects.toThrow();
    expect(await row(id)).toMatchObject({ published: false, quarantined: false });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await relay.backlog()).lagSeconds).toBeGreaterThanOrEqual(1);
    // Back: it goes out.
    const back = new OutboxRelay({ databaseUrl: tables.url(RELAY_ROLE), nc, log, domain: 'tenancy' });
    try {
      expect(await back.drainOnce()).toBe(1);
      expect(await row(id)).toMatchObject({ published: true, quarantined: false });
      expect((await back.backlog()).lagSeconds).toBe(0);
    } finally {
      await relay.stop();
      await back.stop();
    }
  }, 60_000);
  it('carries on when the database ends its connections (failover, pg_terminate_backend): the idle one and its LISTEN', async () => {
    const relay = new OutboxRelay({
      databaseUrl: tables.url(RELAY_ROLE),
      nc,
      log,
      domain: 'tenancy',
      idleMs: 200,
    });
    const published = async (id: string) => {
      for (
        const until = Date.now() + 15_000;
        Date.now() < until;
        await new Promise((r) => setTimeout(r, 100))
      )
        if ((await row(id)).published) return true;
      return false;
    };
    await relay.start();
    try {
      const first = envelope(tenant);
      expect(await published(await insert(Events.propertyCreated.subject, first, first.id))).toBe(true);
      const { rows } = await db.query(
        `select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = current_database() and usename = $1`,
        [RELAY_ROLE],
      );
      expect(rows.length).toBeGreaterThanOrEqual(2);
      await new Promise((r) => setTimeout(r, 300));
      const second = envelope(tenant);
      expect(await published(await insert(Events.propertyCreated.subject, second, second.id))).toBe(true);
    } finally {
      await relay.stop();
    }
  }, 60_000);

  it('hears a connection ended in the read that completes its start-up, before its user adds a listener', async () => {
    const relay = new OutboxRelay({
      databaseUrl: tables.url(RELAY_ROLE),
      nc,
      log,
      domain: 'tenancy',
      idleMs: 200,
    });
    // What pg does when the start-up's last message and the server's FATAL arrive in one read:
    // the pool has handed the connection out and dropped its own listener, no user listener yet.
    const pool = (relay as unknown as { pool: { connect(): Promise<PoolClient> } }).pool;
    const client = await pool.connect();
    expect(() =>
      client.emit('error', new Error('terminating connection due to administrator command')),
    ).not.toThrow();
    client.release(new Error('ended'));
    await relay.stop();
  }, 30_000);
});
