import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { NatsConnection, connect } from 'nats';
import { EventEnvelope, Events } from '@pm/contracts';
import { RELAY_ROLE } from '@pm/db';
import { createLogger } from '@pm/observability';
import { testNats } from '@pm/testing';
import { OutboxRelay, connectNats } from '../src';
import { EventTablesDb, eventTablesDb } from './event-tables-db';

/**
 * The relay's loop: a backlog of several batches goes out with two batches overlapping, each row
 * once, in the order the rows were written; a notification that arrives while a drain runs is
 * not lost to the poll interval. On a database of its own, like relay-quarantine.test.ts.
 */
const log = createLogger('relay-pipeline-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');

describe('outbox relay: pipelined batches and wake-ups', () => {
  let tables: EventTablesDb;
  let db: Client;
  let nc: NatsConnection;
  let operator: NatsConnection;
  let firstSeq = 0;
  const tenant = randomUUID();

  beforeAll(async () => {
    tables = await eventTablesDb('relayp');
    db = tables.db;
    nc = await connectNats(testNats('tenancy').servers, 'relay-pipeline-test', testNats('tenancy'));
    operator = await connect(testNats());
    firstSeq = (await (await operator.jetstreamManager()).streams.info('PM_TENANCY')).state.last_seq + 1;
  }, 30_000);

  afterAll(async () => {
    // Removed from the real stream, so later suites' consumers never see them.
    if (operator && firstSeq) for (const seq of (await ours()).map((m) => m.seq)) await deleteSeq(seq);
    await nc?.close();
    await operator?.close();
    await tables?.drop();
  });

  const deleteSeq = async (seq: number) =>
    (await operator.jetstreamManager()).streams.deleteMessage('PM_TENANCY', seq).catch(() => undefined);

  /** This suite's messages on the stream, in stream order. */
  async function ours(): Promise<{ seq: number; id: string }[]> {
    const jsm = await operator.jetstreamManager();
    const last = (await jsm.streams.info('PM_TENANCY')).state.last_seq;
    const out: { seq: number; id: string }[] = [];
    for (let seq = firstSeq; seq <= last; seq++) {
      const m = await jsm.streams.getMessage('PM_TENANCY', { seq }).catch(() => null);
      const env = m?.json<EventEnvelope>();
      if (env?.tenantId === tenant) out.push({ seq, id: env.id });
    }
    return out;
  }

  async function insert(n: number): Promise<string[]> {
    const ids: string[] = [];
    // One statement per row, each its own created_at: the order the relay must keep.
    for (let i = 0; i < n; i++) {
      const env: EventEnvelope = {
        id: randomUUID(),
        type: Events.propertyCreated.type,
        version: Events.propertyCreated.version,
        tenantId: tenant,
        occurredAt: new Date().toISOString(),
        actor: { kind: 'system' },
        payload: { propertyId: randomUUID(), name: `P${i}`, kind: 'RESIDENTIAL', timeZone: 'Asia/Shanghai' },
      };
      await db.query(
        `insert into outbox (id, tenant_id, subject, envelope, created_at) values ($1, $2, $3, $4, clock_timestamp())`,
        [env.id, tenant, Events.propertyCreated.subject, JSON.stringify(env)],
      );
      ids.push(env.id);
    }
    return ids;
  }

  const unpublished = async () =>
    Number((await db.query(`select count(*) from outbox where published_at is null`)).rows[0].count);

  async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
      if (await check()) return true;
    return false;
  }

  it('publishes a backlog of several batches each once, in the order written, and marks every row', async () => {
    const ids = await insert(47);
    const relay = new OutboxRelay({
      databaseUrl: tables.url(RELAY_ROLE),
      nc,
      log,
      domain: 'tenancy',
      batchSize: 10,
    });
    await relay.start();
    try {
      expect(await until(async () => (await unpublished()) === 0, 20_000)).toBe(true);
    } finally {
      await relay.stop();
    }
    expect(relay.published).toBe(47);
    expect((await ours()).map((m) => m.id)).toEqual(ids);
  }, 60_000);

  it('a notification that arrives while a drain runs is heard: the row goes out without waiting for the poll', async () => {
    const before = (await ours()).length;
    // The poll would take a minute: only the notification can bring the row out in time.
    const relay = new OutboxRelay({
      databaseUrl: tables.url(RELAY_ROLE),
      nc,
      log,
      domain: 'tenancy',
      idleMs: 60_000,
    });
    const inner = relay as unknown as { claim(): Promise<unknown> };
    const claim = inner.claim.bind(relay);
    let late: string[] = [];
    // The first drain: its rows are selected, then a row is committed (and notified) before it ends.
    inner.claim = async () => {
      inner.claim = claim;
      const c = await claim();
      late = await insert(1);
      await new Promise((r) => setTimeout(r, 200));
      return c;
    };
    await insert(1);
    await relay.start();
    try {
      expect(await until(async () => late.length > 0 && (await unpublished()) === 0, 10_000)).toBe(true);
    } finally {
      await relay.stop();
    }
    expect((await ours()).length).toBe(before + 2);
  }, 60_000);
});
