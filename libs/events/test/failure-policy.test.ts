import { execFile } from 'child_process';
import { randomBytes, randomUUID } from 'crypto';
import net from 'net';
import path from 'path';
import { promisify } from 'util';
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
 * The failure policy of EventConsumer against the real PostgreSQL and JetStream: while the
 * consumer's database is unreachable (connections refused, then backends terminated over and
 * over) nothing is dead-lettered — with maxAttempts 1 — and every effect lands exactly once when
 * it is back; contract failures and handler rejections go to the DLQ with their reason, and
 * `npm run dlq` lists, shows, drops and replays them without doubling an effect.
 */
const ROOT = path.resolve(__dirname, '../../..');
const ADMIN_URL = testDatabaseUrl('tenancy');
const APP_URL = new URL(testDatabaseUrl('tenancy', 'app'));
const DB_NAME = APP_URL.pathname.slice(1);
const SUBJECT = Events.propertyCreated.subject;
const log = createLogger('failure-policy-test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'silent');
const rand = () => randomBytes(4).toString('hex');
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A TCP proxy to PostgreSQL that can refuse connections and cut the open ones. */
class FlakyProxy {
  private server = net.createServer((client) => this.pipe(client));
  private sockets = new Set<net.Socket>();
  port = 0;

  private pipe(client: net.Socket) {
    const upstream = net.connect(Number(APP_URL.port || 5432), APP_URL.hostname);
    for (const s of [client, upstream]) {
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        this.sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }

  async up(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(this.port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** Connection refused from now on, and every open connection dropped. */
  async down(): Promise<void> {
    const closed = new Promise<void>((r) => this.server.close(() => r()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

const dlqTool = (...args: string[]) =>
  promisify(execFile)(process.execPath, [path.join(ROOT, 'deploy/local/dlq.mjs'), ...args], {
    env: { ...process.env, NATS_URL: testNats().servers },
  }).then((r) => r.stdout);

describe('consumers: infrastructure errors are retried for ever, contract and domain failures dead-lettered', () => {
  let nc: NatsConnection;
  let admin: Client;
  let proxy: FlakyProxy;
  let db: Database;
  let direct: Database;
  const consumers: EventConsumer[] = [];

  beforeAll(async () => {
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query('begin');
    await admin.query('drop table if exists test_policy_effects');
    await admin.query('create table test_policy_effects (event_id uuid, tenant_id uuid, consumer text)');
    for (const sql of tenantTableSql('test_policy_effects', APP_ROLE)) await admin.query(sql);
    await admin.query('commit');
    nc = await connect(testNats());
    await ensureStreams(nc);
    firstSeq = (await (await nc.jetstreamManager()).streams.info('PM_TENANCY')).state.last_seq + 1;
    proxy = new FlakyProxy();
    await proxy.up();
    const viaProxy = new URL(APP_URL);
    viaProxy.port = String(proxy.port);
    db = await Database.connect({ clientUrl: viaProxy.toString(), entities });
    direct = await Database.connect({ clientUrl: APP_URL.toString(), entities });
  }, 30_000);

  /** Tenants of this suite and the stream position it started at: their events are removed after. */
  const tenants: string[] = [];
  let firstSeq = 0;

  afterAll(async () => {
    for (const c of consumers) await c.stop();
    // The invalid events published here on purpose would be dead-lettered again by every
    // durable consumer created later in the run (they replay the stream's history): remove them.
    if (nc && firstSeq) {
      const jsm = await nc.jetstreamManager();
      const last = (await jsm.streams.info('PM_TENANCY')).state.last_seq;
      for (let seq = firstSeq; seq <= last; seq++) {
        const m = await jsm.streams.getMessage('PM_TENANCY', { seq }).catch(() => null);
        if (m && tenants.includes(m.json<EventEnvelope>().tenantId))
          await jsm.streams.deleteMessage('PM_TENANCY', seq).catch(() => undefined);
      }
    }
    await db?.close();
    await proxy?.down().catch(() => undefined);
    await direct?.close();
    await admin?.query('drop table if exists test_policy_effects');
    await admin?.end();
    await nc?.close();
  });

  function envelope(tenantId: string, payload: Record<string, unknown> = {}): EventEnvelope {
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
        ...payload,
      },
    };
  }

  async function publish(env: EventEnvelope, headerTenant = env.tenantId): Promise<void> {
    const h = natsHeaders();
    h.set('Pm-Tenant-Id', headerTenant);
    await nc.jetstream().publish(SUBJECT, JSON.stringify(env), { msgID: env.id, headers: h });
  }

  /** A handler that writes one effect row per event of `tenant` (others: stream history). */
  function effectHandler(name: string, tenant: string, reject?: () => boolean): EventHandler<any> {
    return {
      name,
      contract: Events.propertyCreated,
      async handle(em, payload, env) {
        if (env.tenantId !== tenant) return;
        if (reject?.()) throw new Error(`property ${payload.propertyId} is not accepted yet`);
        await em.execute('insert into test_policy_effects (event_id, tenant_id, consumer) values (?, ?, ?)', [
          env.id,
          env.tenantId,
          name,
        ]);
      },
    };
  }

  async function effects(consumer: string): Promise<string[]> {
    const { rows } = await admin.query<{ event_id: string }>(
      'select event_id from test_policy_effects where consumer = $1 order by event_id',
      [consumer],
    );
    return rows.map((r) => r.event_id);
  }

  async function deadLettersOf(durable: string): Promise<number> {
    const info = await (
      await nc.jetstreamManager()
    ).streams.info('PM_DLQ', {
      subjects_filter: `pm.dlq.${durable}`,
    });
    return Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
  }

  it('the database away (refused, then backends terminated again and again): nothing dead-lettered, each effect once after', async () => {
    const tenant = randomUUID();
    tenants.push(tenant);
    const name = `tenancy.outage-${rand()}`;
    const consumer = new EventConsumer(effectHandler(name, tenant), {
      nc,
      db,
      log,
      maxAttempts: 1, // a single domain failure would dead-letter at once
      ackWaitMs: 5_000,
      retryBaseMs: 100,
      retryMaxMs: 600,
    });
    consumers.push(consumer);
    await consumer.start();

    await proxy.down();
    const sent = [envelope(tenant), envelope(tenant), envelope(tenant)];
    for (const e of sent) await publish(e);
    await until('retries while refused', () => consumer.failures.infrastructure >= 6, 20_000);
    expect(await effects(name)).toEqual([]);

    // Back, but every backend of the database is terminated (57P01) for a while.
    await proxy.up();
    const killUntil = Date.now() + 2_500;
    let killed = 0;
    while (Date.now() < killUntil) {
      const { rowCount } = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = $1 and usename = $2 and pid <> pg_backend_pid()`,
        [DB_NAME, APP_ROLE],
      );
      killed += rowCount ?? 0;
      await sleep(50);
    }

    await until('every effect', async () => (await effects(name)).length >= sent.length, 30_000);
    await sleep(1_000); // a late redelivery would show up here
    expect(await effects(name)).toEqual(sent.map((e) => e.id).sort());
    expect(consumer.failures.domain).toBe(0);
    expect(consumer.deadLettered).toBe(0);
    expect(await deadLettersOf(consumer.durableName())).toBe(0);
    expect(consumer.failures.infrastructure).toBeGreaterThan(3);
    expect(killed).toBeGreaterThan(0); // the pool's connections died under it, and it recovered
  }, 90_000);

  it('rejects what its contract does not allow: another domain, another type, the payload, a tenant header', () => {
    const consumer = new EventConsumer(effectHandler('tenancy.contract-check', randomUUID()), {
      nc,
      db: direct,
      log,
    });
    const env = envelope(randomUUID());
    expect(consumer.contractProblems(SUBJECT, env)).toEqual([]);
    expect(consumer.contractProblems('pm.tickets.property.created', env)[0]).toMatch(
      /not on its publisher's domain tenancy/,
    );
    expect(consumer.contractProblems(SUBJECT, { ...env, type: 'unit.created' }).length).toBeGreaterThan(0);
    expect(consumer.contractProblems(SUBJECT, { ...env, payload: { name: 'x' } }).join()).toMatch(/payload/);
    expect(consumer.contractProblems(SUBJECT, env, randomUUID())[0]).toMatch(/Pm-Tenant-Id/);
  });

  it('dead-letters contract and handler failures with the reason; npm run dlq lists, shows, drops and replays them once', async () => {
    const tenant = randomUUID();
    tenants.push(tenant);
    let rejecting = true;
    const name = `tenancy.dlq-${rand()}`;
    const other = `tenancy.dlq-other-${rand()}`;
    const options = {
      nc,
      db: direct,
      log,
      maxAttempts: 2,
      ackWaitMs: 5_000,
      retryBaseMs: 100,
      retryMaxMs: 300,
    };
    const consumer = new EventConsumer(
      effectHandler(name, tenant, () => rejecting),
      options,
    );
    // A second consumer of the same subject that accepts everything: a replay reaches it too.
    const bystander = new EventConsumer(effectHandler(other, tenant), options);
    consumers.push(consumer, bystander);
    await consumer.start();
    await bystander.start();

    const rejected = envelope(tenant);
    const badPayload = envelope(tenant, { propertyId: 'not-a-uuid' });
    const forgedTenant = envelope(tenant);
    await publish(rejected);
    await publish(badPayload);
    await publish(forgedTenant, randomUUID());
    await until('three dead letters', () => consumer.deadLettered >= 3, 30_000);

    // Both consumers parked the two contract failures; entries are told apart by consumer.
    await until('the bystander to park its two', () => bystander.deadLettered >= 2, 30_000);
    const listing = await dlqTool('list', '1000');
    const lines = listing.split('\n');
    const line = (id: string, consumer = name) =>
      lines.findIndex((l) => l.includes(id) && l.includes(consumer));
    const idOf = (id: string) => Number(/^#(\d+)/.exec(lines[line(id)])![1]);
    for (const e of [rejected, badPayload, forgedTenant]) expect(line(e.id)).toBeGreaterThanOrEqual(0);
    expect(line(rejected.id, other)).toBe(-1);
    const reasonOf = (id: string) => lines[line(id) + 1];
    expect(reasonOf(rejected.id)).toMatch(
      /reason: handler \(after 2 attempts\): property .* is not accepted yet/,
    );
    expect(reasonOf(badPayload.id)).toMatch(/reason: contract: payload\.propertyId/);
    expect(reasonOf(forgedTenant.id)).toMatch(/reason: contract: Pm-Tenant-Id/);

    const shown = JSON.parse(await dlqTool('show', String(idOf(rejected.id))));
    expect(shown).toMatchObject({
      subject: SUBJECT,
      consumer: name,
      event: { id: rejected.id, tenantId: tenant },
    });

    // The bystander applied all but the forged/invalid ones; the rejecting consumer none.
    expect(await effects(other)).toEqual([rejected.id]);
    expect(await effects(name)).toEqual([]);

    // Fixed: replay. The rejecting consumer applies it once; the bystander skips it (inbox).
    rejecting = false;
    const skippedBefore = bystander.skipped;
    expect(await dlqTool('replay', String(idOf(rejected.id)))).toMatch(/replayed/);
    await until('the replayed effect', async () => (await effects(name)).length === 1, 20_000);
    await until('the bystander to see the replay', () => bystander.skipped > skippedBefore, 20_000);
    expect(await effects(name)).toEqual([rejected.id]);
    expect(await effects(other)).toEqual([rejected.id]);

    // drop removes one; replay --all sends the rest back (the forged one fails its contract again).
    await dlqTool('drop', String(idOf(badPayload.id)));
    const after = (await dlqTool('list', '1000')).split('\n');
    expect(after.some((l) => l.includes(badPayload.id) && l.includes(name))).toBe(false);
    expect(after.some((l) => l.includes(badPayload.id) && l.includes(other))).toBe(true);
    expect(after.some((l) => l.includes(rejected.id))).toBe(false);
    const deadBefore = consumer.deadLettered;
    await dlqTool('replay', '--all');
    await until('the forged one to be parked again', () => consumer.deadLettered > deadBefore, 20_000);
    expect(await effects(name)).toEqual([rejected.id]);
    expect(await effects(other)).toEqual([rejected.id]);
  }, 90_000);
});
