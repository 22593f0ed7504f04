import { testDatabaseUrl, testNats } from '@pm/testing';
import { randomBytes, randomUUID } from 'crypto';
import { Client } from 'pg';
import { DeliverPolicy, JetStreamClient, JetStreamManager, JsMsg, NatsConnection, connect } from 'nats';
import { EventEnvelope, Events, PayloadOf, validateEnvelope } from '@pm/contracts';
import { APP_ROLE, Database, tenantTableSql } from '@pm/db';
import { EventConsumer, EventHandler, publishInTx } from '@pm/events';
import { createLogger } from '@pm/observability';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import {
  Company,
  createProperty,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
  until,
} from '@pm/testing/kit';

/**
 * Rule: "creating a property writes an outbox row and a JetStream message; a consumer that
 * crashes after its effect but before its ack, then gets the message again, applies the
 * effect once". Real PostgreSQL, real JetStream, the real outbox relay of the tenancy
 * subgraph (started in-process by startPlatform).
 */
const APP_URL = testDatabaseUrl('tenancy', 'app');
const ADMIN_URL = testDatabaseUrl('tenancy');
const NATS = testNats();
const STREAM = 'PM_TENANCY';
const SUBJECT = Events.propertyCreated.subject; // pm.tenancy.property.created
const READER_IDLE_MS = 10_000;
const log = createLogger('events-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');

type PropertyCreated = PayloadOf<typeof Events.propertyCreated>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves with the promise, or with undefined after `ms` (for stops that may never return). */
async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((r) => (timer = setTimeout(() => r(undefined), ms)));
  try {
    return await Promise.race([p.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const rand = () => randomBytes(4).toString('hex');

// Budgets are per hook/test: jest.config.js puts testTimeout inside the integration project,
// where Jest ignores it (only the global config's testTimeout is used), so the default is 5 s.

describe('Events: outbox → JetStream → consumers that apply each event once', () => {
  let p: Platform;
  let company: Company;
  let nc: NatsConnection;
  let js: JetStreamClient;
  let jsm: JetStreamManager;
  let admin: Client;
  let db: Database;
  const testTenants: string[] = [];
  const handlerNames: string[] = [];
  const durables: string[] = [];
  const dlqSubjects: string[] = [];
  /** Consumers to stop in afterAll; `hangs` ones are not awaited for more than a moment. */
  const running: { consumer: EventConsumer; hangs?: boolean }[] = [];
  const extraConnections: NatsConnection[] = [];
  /** Ephemeral ordered consumers the test reads with; deleted in afterAll (and idle-expire anyway). */
  const readers: { stream: string; name: string }[] = [];

  /** A tenant id of this test run (its outbox rows are removed in afterAll). */
  function newTenant(): string {
    const tenant = randomUUID();
    testTenants.push(tenant);
    return tenant;
  }

  /** Writes one property.created event of the tenant with publishInTx; the platform's relay publishes it. */
  async function publishFor(tenant: string, name: string): Promise<EventEnvelope<PropertyCreated>> {
    return runWithTenant(systemContext(tenant), () =>
      db.tx((em) =>
        publishInTx(em, Events.propertyCreated, {
          propertyId: randomUUID(),
          name,
          kind: 'RESIDENTIAL',
          timeZone: 'Asia/Shanghai',
        }),
      ),
    );
  }

  async function effectsOf(
    eventId: string,
  ): Promise<{ event_id: string; tenant_id: string; note: string }[]> {
    return (
      await admin.query('select event_id, tenant_id, note from test_effects where event_id = $1', [eventId])
    ).rows;
  }

  async function inboxCount(consumer: string, eventId: string): Promise<number> {
    const { rows } = await admin.query<{ n: string }>(
      'select count(*) as n from inbox where consumer = $1 and event_id = $2',
      [consumer, eventId],
    );
    return Number(rows[0].n);
  }

  function register(handler: EventHandler<any>, consumer: EventConsumer, hangs = false): EventConsumer {
    if (!handlerNames.includes(handler.name)) handlerNames.push(handler.name);
    if (!durables.includes(consumer.durableName())) durables.push(consumer.durableName());
    running.push({ consumer, hangs });
    return consumer;
  }

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    // The effect table of the test handlers. It has a tenant_id column, so it gets the same
    // RLS as every tenant table (created atomically): the RLS catalog test may run in parallel.
    await admin.query('begin');
    await admin.query('drop table if exists test_effects');
    await admin.query('create table test_effects (event_id uuid, tenant_id uuid, note text)');
    for (const sql of tenantTableSql('test_effects', APP_ROLE)) await admin.query(sql);
    await admin.query('commit');

    db = await Database.connect({ clientUrl: APP_URL, entities });
    nc = await connect({ ...NATS, name: 'events-test' });
    js = nc.jetstream();
    jsm = await nc.jetstreamManager();
    p = await startPlatform();
    company = await signUpCompany(p.gatewayUrl);
  }, 30_000);

  afterAll(async () => {
    for (const { consumer, hangs } of running) {
      if (hangs) await within(consumer.stop(), 200);
      else await within(consumer.stop(), 5_000);
    }
    for (const c of extraConnections) await within(c.close(), 2_000);
    for (const d of durables) await jsm?.consumers.delete(STREAM, d).catch(() => undefined);
    for (const r of readers) await jsm?.consumers.delete(r.stream, r.name).catch(() => undefined);
    for (const s of dlqSubjects) await jsm?.streams.purge('PM_DLQ', { filter: s }).catch(() => undefined);
    await removeCompanies([company]);
    await p?.stop();
    await nc?.close();
    await db?.close();
    if (admin) {
      if (handlerNames.length)
        await admin.query('delete from inbox where consumer = any($1::text[])', [handlerNames]);
      if (testTenants.length)
        await admin.query('delete from outbox where tenant_id = any($1::uuid[])', [testTenants]);
      await admin.query('drop table if exists test_effects');
      await admin.end();
    }
  }, 20_000);

  it('(a) createProperty writes an outbox row and a JetStream message with Nats-Msg-Id = event id; a re-publish is a JetStream duplicate', async () => {
    const lastSeqBefore = (await jsm.streams.info(STREAM)).state.last_seq;
    const propertyId = await createProperty(p.gatewayUrl, company.token, 'Outbox Garden');

    // The outbox row, written in the transaction that created the property.
    const { rows } = await admin.query<{
      id: string;
      tenant_id: string;
      subject: string;
      envelope: EventEnvelope<PropertyCreated>;
    }>(
      `select id, tenant_id, subject, envelope from outbox where tenant_id = $1 and envelope->>'type' = 'property.created'`,
      [company.tenantId],
    );
    expect(rows).toHaveLength(1);
    const row = rows[0];
    const envelope = row.envelope;
    expect(validateEnvelope(envelope)).toEqual([]);
    expect(envelope.id).toBe(row.id);
    expect(envelope.tenantId).toBe(company.tenantId);
    expect(envelope.type).toBe('property.created');
    expect(envelope.payload.propertyId).toBe(propertyId);
    expect(envelope.payload.name).toBe('Outbox Garden');
    expect(envelope.actor.kind).toBe('user');
    expect(row.subject).toBe(SUBJECT);

    // The relay marks it published within a few seconds.
    const publishedAt = await until(
      'published_at of the outbox row',
      async () => {
        const r = await admin.query<{ published_at: Date | null }>(
          'select published_at from outbox where id = $1',
          [row.id],
        );
        return r.rows[0].published_at;
      },
      5_000,
    );
    expect(publishedAt).toBeInstanceOf(Date);

    // The message in PM_TENANCY: found by its content, then its Nats-Msg-Id checked.
    const reader = await js.consumers.get(STREAM, {
      filterSubjects: SUBJECT,
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: lastSeqBefore + 1,
      inactive_threshold: READER_IDLE_MS,
    });
    readers.push({ stream: STREAM, name: (await reader.info(true)).name });
    const ours: JsMsg[] = [];
    for (let m = await reader.next({ expires: 2_000 }); m; m = await reader.next({ expires: 1_000 })) {
      if (m.json<EventEnvelope<PropertyCreated>>().payload.propertyId === propertyId) ours.push(m);
    }
    expect(ours).toHaveLength(1);
    const msg = ours[0];
    expect(msg.subject).toBe(SUBJECT);
    expect(msg.headers?.get('Nats-Msg-Id')).toBe(envelope.id);
    expect(msg.headers?.get('Pm-Tenant-Id')).toBe(company.tenantId);
    expect(msg.json()).toEqual(envelope);

    // The same envelope under the same msg id again (a relay that crashed before marking the row).
    const again = await js.publish(SUBJECT, JSON.stringify(envelope), { msgID: envelope.id });
    expect(again.duplicate).toBe(true);
    expect(again.stream).toBe(STREAM);
    expect(again.seq).toBe(msg.seq);
    const stored = await jsm.streams.getMessage(STREAM, { seq: msg.seq });
    expect(stored.header.get('Nats-Msg-Id')).toBe(envelope.id);
  }, 15_000);

  it('(b) a consumer that crashes after its effect committed but before its ack, then gets the message again, applies the effect once', async () => {
    const name = `test.crash-${rand()}`;
    const tenant = newTenant();
    const handled: string[] = [];
    const handler: EventHandler<typeof Events.propertyCreated.shape> = {
      name,
      contract: Events.propertyCreated,
      async handle(em, payload, env) {
        // A new durable replays the stream's history (DeliverPolicy.All); only our event counts.
        if (env.tenantId !== tenant) return;
        handled.push(env.id);
        await em.execute('insert into test_effects (event_id, tenant_id, note) values (?, ?, ?)', [
          env.id,
          env.tenantId,
          `welcome pack for ${payload.propertyId}`,
        ]);
      },
    };

    // First instance, on its own NATS connection: once our event's effect has committed, its
    // afterCommit never settles — the process "died" after the commit and before the ack.
    const firstNc = await connect({ ...NATS, name: 'events-test-crashing-instance' });
    extraConnections.push(firstNc);
    let reachedAfterCommit: (env: EventEnvelope) => void = () => undefined;
    const committed = new Promise<EventEnvelope>((r) => (reachedAfterCommit = r));
    const first = register(
      handler,
      new EventConsumer(handler, {
        nc: firstNc,
        db,
        log,
        ackWaitMs: 1500,
        afterCommit: (env) => {
          if (env.tenantId !== tenant) return;
          reachedAfterCommit(env);
          return new Promise<void>(() => undefined);
        },
      }),
      true,
    );
    await first.start();

    const envelope = await publishFor(tenant, 'Crash Court');
    const seenByFirst = await within(committed, 15_000);
    expect(seenByFirst?.id).toBe(envelope.id);
    // The effect and the inbox row are committed; the message is not acked.
    expect(await effectsOf(envelope.id)).toHaveLength(1);
    expect(await inboxCount(name, envelope.id)).toBe(1);
    expect((await jsm.consumers.info(STREAM, first.durableName())).num_ack_pending).toBeGreaterThanOrEqual(1);

    // The process is gone: its pull subscription and its connection with it. (stop() would wait
    // for the handler loop, which never returns — so it is not awaited.) A hung-but-connected
    // instance would keep its pull request open and buffer the redeliveries behind its stuck
    // loop (measured: 4.6–16 s before a healthy instance got the message, with ack_wait 1.5 s).
    void first.stop();
    await firstNc.close();

    // Second instance: same handler, same durable, normal afterCommit.
    const seenBySecond: string[] = [];
    const second = register(
      handler,
      new EventConsumer(handler, {
        nc,
        db,
        log,
        ackWaitMs: 1500,
        afterCommit: (env) => void seenBySecond.push(env.id),
      }),
    );
    expect(second.durableName()).toBe(first.durableName());
    await second.start();

    await until(
      'the redelivery to reach the second instance',
      () => seenBySecond.includes(envelope.id),
      10_000,
    );
    expect(second.skipped).toBeGreaterThanOrEqual(1);
    expect(handled.filter((id) => id === envelope.id)).toHaveLength(1);
    const effects = await effectsOf(envelope.id);
    expect(effects).toEqual([
      {
        event_id: envelope.id,
        tenant_id: envelope.tenantId,
        note: `welcome pack for ${envelope.payload.propertyId}`,
      },
    ]);
    expect(await inboxCount(name, envelope.id)).toBe(1);

    // The second instance acked it: nothing of ours is still pending on the durable.
    const info = await until(
      'the durable to have nothing pending',
      async () => {
        const i = await jsm.consumers.info(STREAM, first.durableName());
        return i.num_ack_pending === 0 && i.num_pending === 0 ? i : undefined;
      },
      5_000,
    );
    expect(info.num_ack_pending).toBe(0);
  }, 20_000);

  it('(c) a poison message is retried maxAttempts times, then lands on pm.dlq.<durable> with Pm-Dead-Reason, and its effect never happened', async () => {
    const name = `test.poison-${rand()}`;
    const tenant = newTenant();
    const attempts: string[] = [];
    const handler: EventHandler<typeof Events.propertyCreated.shape> = {
      name,
      contract: Events.propertyCreated,
      async handle(em, payload, env) {
        if (env.tenantId !== tenant) return; // history of other tests: not ours
        attempts.push(env.id);
        // The effect is written, then the handler fails: the transaction must roll it back.
        await em.execute('insert into test_effects (event_id, tenant_id, note) values (?, ?, ?)', [
          env.id,
          env.tenantId,
          'poison',
        ]);
        throw new Error(`cannot handle property ${payload.propertyId}: poison`);
      },
    };
    const consumer = register(
      handler,
      new EventConsumer(handler, { nc, db, log, maxAttempts: 2, ackWaitMs: 10_000 }),
    );
    const dlqSubject = `pm.dlq.${consumer.durableName()}`;
    dlqSubjects.push(dlqSubject);
    await consumer.start();

    const envelope = await publishFor(tenant, 'Poison Place');

    const dlq = await js.consumers.get('PM_DLQ', {
      filterSubjects: dlqSubject,
      inactive_threshold: READER_IDLE_MS,
    });
    readers.push({ stream: 'PM_DLQ', name: (await dlq.info(true)).name });
    // A new durable replays the stream's history: events of other suites that fail the
    // contract (on purpose) are parked for it too — ours is the one with our event id.
    const ours = async (expires: number) => {
      for (;;) {
        const m = await dlq.next({ expires });
        if (!m || m.json<EventEnvelope>().id === envelope.id) return m;
      }
    };
    const dead = await ours(15_000);
    expect(dead).not.toBeNull();
    expect(dead!.subject).toBe(dlqSubject);
    expect(dead!.headers?.get('Pm-Dead-Reason')).toBe(
      `handler (after 2 attempts): cannot handle property ${envelope.payload.propertyId}: poison`,
    );
    expect(dead!.headers?.get('Pm-Original-Subject')).toBe(SUBJECT);
    expect(dead!.json<EventEnvelope>().id).toBe(envelope.id);

    expect(attempts).toEqual([envelope.id, envelope.id]);
    expect(await effectsOf(envelope.id)).toEqual([]);
    expect(await inboxCount(name, envelope.id)).toBe(0);
    // Terminated, not redelivered, and dead-lettered once.
    await sleep(500);
    expect(attempts).toHaveLength(2);
    expect(await ours(1_000)).toBeNull();
    const info = await jsm.consumers.info(STREAM, consumer.durableName());
    expect(info.num_ack_pending).toBe(0);
  }, 20_000);
});
