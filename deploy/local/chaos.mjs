#!/usr/bin/env node
// `npm run chaos` (issue 13): events flow through the real backbone — producers' outboxes, the
// relays, JetStream, the consumers' inboxes and projections — while a driver sends kill -9 to
// the relays (the producing service processes), the consumers (the consuming service processes)
// and the NATS server, and cuts a consumer's database connections; then it waits for quiet and
// counts every effect in the databases: each event applied exactly once by each consumer, no
// dead letter, no quarantined row. Prints `events N, kills K, lost L, doubled D` and the
// commit → effect times (calm phase, and overall), beside a bare JetStream publish/consume loop
// at the same rate. Exit 1 when anything was lost or doubled.
//
// Flows: tenancy property.created / unit.created → billing, customers, tickets projections;
// tickets ticket.completed → billing repair charges. Events are written straight into the
// producers' outboxes (as publishInTx would, valid envelopes), so the driver needs no tokens.
//
// Options: --events=N (10000) --kills=K (20) --rate=R events/s (250) --calm=C events of the calm
// phase (10 %, at most 500; e.g. --events=10000 --calm=10000 --kills=0 --rate=1000 measures the
// backbone at 1,000 events/s with nothing killed) --burst=B events written at once after the calm
// phase, timed until the relays have published them all: the relays' events/s (0: none)
// --short (600 events,
// 6 kills: one of each kind, for npm test) --json (one JSON line at the end) --keep (leave the databases).
// Own NATS server on a free port and own databases (prefix pm_chaos_ unless DATABASE_NAME_PREFIX
// is given, e.g. by the test run, whose migrated databases it then reuses).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const accounts = require(path.join(ROOT, 'deploy/nats/accounts.cjs'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const PRODUCERS = ['tenancy', 'tickets'];
const SERVICES = ['tenancy', 'customers', 'tickets', 'billing'];
/** What each consumer applies, and where its effect lands (table, by tenant). */
const EFFECTS = [
  {
    service: 'billing',
    consumer: 'billing.property-projection',
    event: 'property.created',
    table: 'property_projection',
  },
  {
    service: 'billing',
    consumer: 'billing.unit-projection',
    event: 'unit.created',
    table: 'units_projection',
  },
  {
    service: 'billing',
    consumer: 'billing.repair-charges',
    event: 'ticket.completed',
    table: 'repair_charges',
  },
  {
    service: 'customers',
    consumer: 'customers.property-projection',
    event: 'property.created',
    table: 'property_projection',
  },
  {
    service: 'customers',
    consumer: 'customers.unit-projection',
    event: 'unit.created',
    table: 'unit_projection',
  },
  {
    service: 'tickets',
    consumer: 'tickets.property-projection',
    event: 'property.created',
    table: 'tkt_properties',
  },
  { service: 'tickets', consumer: 'tickets.unit-projection', event: 'unit.created', table: 'tkt_units' },
];

function options(argv) {
  const get = (k, d) => {
    const a = argv.find((x) => x.startsWith(`--${k}=`));
    return a ? Number(a.split('=')[1]) : d;
  };
  const short = argv.includes('--short');
  return {
    events: get('events', short ? 600 : 10_000),
    kills: get('kills', short ? 6 : 20),
    rate: get('rate', short ? 150 : 250),
    calm: get('calm', undefined),
    burst: get('burst', 0),
    json: argv.includes('--json'),
    keep: argv.includes('--keep'),
    short,
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

/**
 * A child process that can be killed with SIGKILL and started again the same way. A service
 * that exits by itself is started again after a second, as compose (`restart: unless-stopped`)
 * and Kubernetes do: one that starts while its database connections are being cut fails its
 * start, and a deployment restarts it. Those restarts are counted and reported.
 */
class Proc {
  constructor(name, cmd, args, env, logFile, { supervise = false } = {}) {
    Object.assign(this, { name, cmd, args, env, logFile, supervise });
    this.child = undefined;
    this.restarts = 0;
    this.closing = false;
  }
  start() {
    const fd = fs.openSync(this.logFile, 'a');
    const child = spawn(this.cmd, this.args, { cwd: ROOT, env: this.env, stdio: ['ignore', fd, fd] });
    this.child = child;
    fs.closeSync(fd);
    child.on('error', () => undefined);
    child.once('exit', (code, signal) => {
      if (!this.supervise || this.closing || signal === 'SIGKILL' || this.child !== child) return;
      this.restarts++;
      fs.appendFileSync(this.logFile, `\n[chaos] ${this.name} exited (${code ?? signal}); restarting\n`);
      setTimeout(() => {
        if (!this.closing && this.child === child) this.start();
      }, 1_000);
    });
  }
  kill() {
    try {
      this.child?.kill('SIGKILL');
    } catch {
      /* gone already */
    }
  }
  close() {
    this.closing = true;
    this.kill();
  }
  async waitExit() {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode) return;
    await new Promise((r) => this.child.once('exit', r));
  }
}

export async function runChaos(o, log = console.log) {
  const pg = require('pg');
  const { connect, headers: natsHeaders } = require('nats');
  const prefix = process.env.DATABASE_NAME_PREFIX || 'pm_chaos_';
  const ownDatabases = !process.env.DATABASE_NAME_PREFIX;
  const adminUrl = (db) => {
    const u = new URL(process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    u.pathname = `/${db}`;
    return u.toString();
  };
  const stateDir = path.join(process.env.PM_STATE_DIR ?? path.join(ROOT, '.pm-local'), 'chaos');
  fs.rmSync(stateDir, { recursive: true, force: true });
  fs.mkdirSync(stateDir, { recursive: true });

  const procs = [];
  const dbs = {};
  let natsProc;
  let admin;
  const cleanUp = async () => {
    for (const p of procs) p.close();
    natsProc?.close();
    await Promise.all([...procs, natsProc].filter(Boolean).map((p) => p.waitExit()));
    await admin?.close().catch(() => undefined);
    for (const c of Object.values(dbs)) await c.end().catch(() => undefined);
    if (ownDatabases && !o.keep) {
      const { dropTestDatabases } = await import('./test-run.mjs');
      await dropTestDatabases(adminUrl('postgres'), prefix);
    }
  };

  // Stopped from outside (a timeout, Ctrl-C), the run takes its processes along: a NATS server
  // left behind would share the next run's store directory and corrupt it.
  const onSignal = (signal) => {
    for (const p of [...procs, natsProc].filter(Boolean)) p.close();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, onSignal);

  try {
    // ── databases ──
    if (ownDatabases) {
      const { dropTestDatabases } = await import('./test-run.mjs');
      await dropTestDatabases(adminUrl('postgres'), prefix);
      for (const s of SERVICES) {
        const r = spawnSync(process.execPath, [`services/${s}/dist/migrate.js`], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_NAME_PREFIX: prefix },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        if (r.status !== 0) throw new Error(`migrating ${s} failed`);
      }
    }
    for (const s of SERVICES) {
      dbs[s] = new pg.Client({ connectionString: adminUrl(`${prefix}${s}`) });
      await dbs[s].connect();
    }

    // ── NATS of its own, with the platform's users ──
    const natsPort = await freePort();
    const natsUrl = `nats://127.0.0.1:${natsPort}`;
    const conf = path.join(stateDir, 'nats.conf');
    fs.writeFileSync(
      conf,
      accounts.localServerConf({
        port: natsPort,
        storeDir: path.join(stateDir, 'nats-store'),
        name: 'pm-chaos',
      }),
    );
    const natsBin = ['nats-server', '/usr/sbin/nats-server', '/usr/local/bin/nats-server'].find(
      (b) => spawnSync(b, ['--version'], { stdio: 'ignore' }).status === 0,
    );
    if (!natsBin) throw new Error('nats-server is not installed');
    const passwords = accounts.localPasswordEnv(process.env);
    natsProc = new Proc(
      'nats',
      natsBin,
      ['-c', conf],
      { ...process.env, ...passwords },
      path.join(stateDir, 'nats.log'),
    );
    natsProc.start();
    const adminCreds = { user: 'pm-admin', pass: passwords.NATS_PASSWORD_PM_ADMIN };
    for (let i = 0; ; i++) {
      try {
        admin = await connect({
          servers: natsUrl,
          ...adminCreds,
          maxReconnectAttempts: -1,
          reconnectTimeWait: 250,
        });
        break;
      } catch (e) {
        if (i > 50) throw e;
        await sleep(200);
      }
    }
    const { provisionStreams } = await import('../nats/streams.mjs');
    await provisionStreams({ url: natsUrl, ...adminCreds });

    // ── the services, as processes ──
    const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await freePort()])));
    const baseEnv = { ...process.env };
    for (const k of ['DATABASE_URL', 'RELAY_DATABASE_URL', 'NATS_USER', 'NATS_PASSWORD', 'PORT'])
      delete baseEnv[k];
    const svc = {};
    for (const s of SERVICES) {
      svc[s] = new Proc(
        s,
        process.execPath,
        [`services/${s}/dist/main.js`],
        {
          ...baseEnv,
          NODE_ENV: 'development',
          LOG_LEVEL: process.env.CHAOS_LOG_LEVEL ?? 'warn',
          PORT: String(ports[s]),
          DATABASE_NAME_PREFIX: prefix,
          NATS_URL: natsUrl,
          SUBGRAPH_TENANCY_URL: `http://127.0.0.1:${ports.tenancy}/graphql`,
          SUBGRAPH_CUSTOMERS_URL: `http://127.0.0.1:${ports.customers}/graphql`,
          TICKETS_TIMER_INTERVAL_MS: '0',
        },
        path.join(stateDir, `${s}.log`),
        { supervise: true },
      );
      procs.push(svc[s]);
      svc[s].start();
    }
    const ready = async (s, timeoutMs = 120_000) => {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        try {
          if ((await fetch(`http://127.0.0.1:${ports[s]}/ready`)).ok) return;
        } catch {
          /* not yet */
        }
        await sleep(200);
      }
      throw new Error(`${s} not ready in ${timeoutMs} ms; see ${svc[s].logFile}`);
    };
    await Promise.all(SERVICES.map((s) => ready(s)));
    log(`services up: ${SERVICES.map((s) => `${s}:${ports[s]}`).join(' ')}; nats ${natsUrl}`);

    // ── the events ──
    const tenants = Array.from({ length: 4 }, () => randomUUID());
    const plan = makePlan(tenants, o.events);
    const calmCount = Math.min(o.calm ?? Math.min(Math.round(plan.length * 0.1), 500), plan.length);
    const sent = { 'property.created': 0, 'unit.created': 0, 'ticket.completed': 0 };
    let chargesFen = 0;
    const calmIds = new Set();

    const writeBatch = async (batch) => {
      for (const producer of PRODUCERS) {
        const rows = batch.filter((e) => e.producer === producer);
        if (!rows.length) continue;
        const values = rows
          .map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`)
          .join(', ');
        await dbs[producer].query(
          `insert into outbox (id, tenant_id, subject, envelope) values ${values}`,
          rows.flatMap((e) => [e.envelope.id, e.envelope.tenantId, e.subject, JSON.stringify(e.envelope)]),
        );
      }
      for (const e of batch) {
        sent[e.envelope.type]++;
        if (e.envelope.type === 'ticket.completed') chargesFen += e.envelope.payload.totalFen;
      }
    };
    const pace = async (events, onTick) => {
      const t0 = performance.now();
      const per = 25;
      for (let i = 0; i < events.length; i += per) {
        const batch = events.slice(i, i + per);
        // The producers' databases never go away here; a failed write would be our bug.
        batch.forEach((e) => (e.envelope.occurredAt = new Date().toISOString()));
        await writeBatch(batch);
        await onTick?.();
        const due = ((i + per) / o.rate) * 1000;
        const wait = due - (performance.now() - t0);
        if (wait > 0) await sleep(wait);
      }
    };

    // Calm phase: nothing killed; its commit → effect times are the baseline.
    const calm = plan.slice(0, calmCount);
    calm.forEach((e) => calmIds.add(e.envelope.id));
    await pace(calm);
    await waitFor(() => applied(dbs, tenants, calmIds), totalEffects(calm), 60_000);

    // Relay throughput: a backlog written in one go, timed until every row is published.
    const burst = plan.slice(calmCount, calmCount + Math.max(0, o.burst));
    let relay;
    // A backlog waits for its turn by design: its events stay out of the commit → effect figures.
    const burstIds = new Set();
    if (burst.length) {
      const ids = burst.map((e) => e.envelope.id);
      ids.forEach((id) => burstIds.add(id));
      burst.forEach((e) => (e.envelope.occurredAt = new Date().toISOString()));
      const b0 = performance.now();
      for (let i = 0; i < burst.length; i += 1_000) await writeBatch(burst.slice(i, i + 1_000));
      const written = performance.now() - b0;
      for (;;) {
        let left = 0;
        for (const p of PRODUCERS)
          left += Number(
            (
              await dbs[p].query(
                `select count(*) from outbox where published_at is null and id = any($1::uuid[])`,
                [ids],
              )
            ).rows[0].count,
          );
        if (!left) break;
        if (performance.now() - b0 > 120_000)
          throw new Error(`relays left ${left} rows of the burst unpublished`);
        await sleep(20);
      }
      const seconds = (performance.now() - b0) / 1000;
      relay = {
        events: burst.length,
        writeMs: Math.round(written),
        seconds: round(seconds),
        perSecond: Math.round(burst.length / seconds),
      };
      await waitFor(
        () => applied(dbs, tenants, new Set([...calmIds, ...ids])),
        totalEffects([...calm, ...burst]),
        120_000,
      );
    }

    // Chaos phase: the rest of the events while the driver kills.
    const targets = [
      { what: 'nats', kill: () => natsProc.kill(), start: () => natsProc.start() },
      { what: 'relay tenancy', kill: () => svc.tenancy.kill(), start: () => svc.tenancy.start() },
      { what: 'relay+consumer tickets', kill: () => svc.tickets.kill(), start: () => svc.tickets.start() },
      { what: 'consumer billing', kill: () => svc.billing.kill(), start: () => svc.billing.start() },
      { what: 'consumer customers', kill: () => svc.customers.kill(), start: () => svc.customers.start() },
      { what: 'billing database connections cut', outage: 'billing' },
    ];
    const rest = plan.slice(calmCount + burst.length);
    const chaosMs = (rest.length / o.rate) * 1000;
    const every = Math.max(500, chaosMs / o.kills);
    const kills = [];
    let nextKill = performance.now() + every / 2;
    let busy = Promise.resolve();
    const driver = async () => {
      if (kills.length >= o.kills || performance.now() < nextKill) return;
      nextKill = performance.now() + every;
      // Every kind at least once, then at random.
      const t =
        kills.length < targets.length
          ? targets[kills.length]
          : targets[Math.floor(Math.random() * targets.length)];
      const down = 300 + Math.random() * 1700;
      kills.push(t.what);
      busy = busy.then(async () => {
        if (t.outage) {
          const end = performance.now() + down * 2;
          while (performance.now() < end) {
            await dbs.billing.query(
              `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
              [`${prefix}billing`],
            );
            await sleep(50);
          }
          return;
        }
        t.kill();
        await sleep(down);
        t.start();
      });
    };
    const t0 = performance.now();
    await pace(rest, driver);
    while (kills.length < o.kills) {
      await driver();
      await sleep(100);
    }
    await busy;
    // Everything back, then wait for quiet.
    await Promise.all(SERVICES.map((s) => ready(s)));
    const expected = plan.length ? totalEffects(plan) : 0;
    const reached = await waitFor(() => applied(dbs, tenants), expected, o.short ? 120_000 : 600_000);
    await sleep(3_000); // a late redelivery or re-publish would show up here
    const chaosSeconds = (performance.now() - t0) / 1000;

    // ── the verdict, from the databases ──
    const rows = [];
    let lost = 0;
    let doubled = 0;
    for (const f of EFFECTS) {
      const exp = sent[f.event];
      const inbox = Number(
        (
          await dbs[f.service].query(
            `select count(*) from inbox where consumer = $1 and tenant_id = any($2::uuid[])`,
            [f.consumer, tenants],
          )
        ).rows[0].count,
      );
      const effect = Number(
        (
          await dbs[f.service].query(`select count(*) from ${f.table} where tenant_id = any($1::uuid[])`, [
            tenants,
          ])
        ).rows[0].count,
      );
      lost += Math.max(0, exp - inbox) + Math.max(0, exp - effect);
      doubled += Math.max(0, inbox - exp) + Math.max(0, effect - exp);
      rows.push({ consumer: f.consumer, expected: exp, inbox, effect });
    }
    const charged = Number(
      (
        await dbs.billing.query(
          `select coalesce(sum(amount_fen), 0) as s from repair_charges where tenant_id = any($1::uuid[])`,
          [tenants],
        )
      ).rows[0].s,
    );
    if (charged > chargesFen) doubled++;
    if (charged < chargesFen) lost++;
    const quarantined = (
      await Promise.all(
        PRODUCERS.map(async (p) =>
          Number(
            (
              await dbs[p].query(
                `select count(*) from outbox where quarantined_at is not null and tenant_id = any($1::uuid[])`,
                [tenants],
              )
            ).rows[0].count,
          ),
        ),
      )
    ).reduce((a, b) => a + b, 0);
    const jsm = await admin.jetstreamManager();
    const dead = (await jsm.streams.info('PM_DLQ')).state.messages;

    // What each service process's /metrics says at quiet: nothing pending, nothing parked. A message
    // delivered to a process that was then killed stays ack-pending until its ack wait (30 s) runs
    // out and the new process acks it as already done, so quiet is awaited, not assumed.
    const scrape = async () => {
      const out = {};
      for (const s of SERVICES) {
        const text = await (await fetch(`http://127.0.0.1:${ports[s]}/metrics`)).text();
        const series = (name) =>
          text
            .split('\n')
            .filter((l) => l.startsWith(`${name}{`))
            .map((l) => Number(l.split(' ').pop()));
        out[s] = {
          outboxLagSeconds: Math.max(0, ...series('pm_outbox_lag_seconds')),
          pending: series('pm_consumer_pending_messages').reduce((a, b) => a + b, 0),
          consumers: series('pm_consumer_pending_messages').length,
          deadLetters: series('pm_dlq_depth').reduce((a, b) => a + b, 0),
        };
      }
      return out;
    };
    const quietBy = performance.now() + 90_000;
    let scraped = await scrape();
    while (Object.values(scraped).some((m) => m.pending > 0) && performance.now() < quietBy) {
      await sleep(1_000);
      scraped = await scrape();
    }

    // Commit → effect: outbox created_at → inbox processed_at (one PostgreSQL clock).
    const lat = await latencies(dbs, tenants, calmIds, burstIds);
    const bare = await bareLoop(admin, natsHeaders, Math.min(2_000, calmCount * 4), o.rate);

    const report = {
      events: plan.length,
      effects: expected,
      effectsReached: reached,
      kills: kills.length,
      killed: Object.fromEntries([...new Set(kills)].map((k) => [k, kills.filter((x) => x === k).length])),
      lost,
      doubled,
      deadLetters: dead,
      quarantined,
      chargesFen: { expected: chargesFen, charged },
      rate: o.rate,
      chaosSeconds: Math.round(chaosSeconds),
      calm: { events: calm.length, p50: lat.calm.p50, p99: lat.calm.p99 },
      overall: { p50: lat.all.p50, p99: lat.all.p99, max: lat.all.max },
      bare,
      relay,
      consumers: rows,
      metrics: scraped,
      restarts: Object.fromEntries(SERVICES.map((s) => [s, svc[s].restarts])),
    };
    return report;
  } finally {
    await cleanUp();
  }
}

/** Tenants, each with properties and units (tenancy) and completed tickets (tickets). */
function makePlan(tenants, total) {
  const plan = [];
  const props = [];
  const envelope = (tenantId, type, payload) => ({
    id: randomUUID(),
    type,
    version: 1,
    tenantId,
    occurredAt: new Date().toISOString(),
    actor: { kind: 'system' },
    payload,
  });
  for (const t of tenants)
    for (let i = 0; i < 3; i++) {
      const propertyId = randomUUID();
      props.push({ t, propertyId });
      plan.push({
        producer: 'tenancy',
        subject: 'pm.tenancy.property.created',
        envelope: envelope(t, 'property.created', {
          propertyId,
          name: `Chaos ${i}`,
          kind: 'RESIDENTIAL',
          timeZone: 'Asia/Shanghai',
        }),
      });
    }
  let n = 0;
  while (plan.length < total) {
    const { t, propertyId } = props[n % props.length];
    n++;
    if (n % 5 < 3) {
      plan.push({
        producer: 'tenancy',
        subject: 'pm.tenancy.unit.created',
        envelope: envelope(t, 'unit.created', {
          unitId: randomUUID(),
          propertyId,
          building: String(1 + (n % 9)),
          number: String(100 + n),
          areaSqm: 50 + (n % 70),
          kind: 'RESIDENTIAL',
        }),
      });
    } else {
      const totalFen = 100 + ((n * 37) % 9900);
      plan.push({
        producer: 'tickets',
        subject: 'pm.tickets.ticket.completed',
        envelope: envelope(t, 'ticket.completed', {
          ticketId: randomUUID(),
          propertyId,
          charges: [{ code: 'X', name: 'part', quantity: 1, unitPriceFen: totalFen, amountFen: totalFen }],
          totalFen,
          completedAt: new Date().toISOString(),
        }),
      });
    }
  }
  return plan;
}

const consumersOf = (type) => EFFECTS.filter((f) => f.event === type).length;
const totalEffects = (plan) => plan.reduce((a, e) => a + consumersOf(e.envelope.type), 0);

/** Inbox rows of the tracked consumers for these tenants (optionally only these event ids). */
async function applied(dbs, tenants, ids) {
  let n = 0;
  for (const s of ['billing', 'customers', 'tickets']) {
    const consumers = EFFECTS.filter((f) => f.service === s).map((f) => f.consumer);
    const r = await dbs[s].query(
      `select count(*) from inbox where consumer = any($1) and tenant_id = any($2::uuid[])${ids ? ' and event_id = any($3::uuid[])' : ''}`,
      ids ? [consumers, tenants, [...ids]] : [consumers, tenants],
    );
    n += Number(r.rows[0].count);
  }
  return n;
}

/** Polls until `count()` reaches `target` or makes no progress for `stallMs`; answers the last count. */
async function waitFor(count, target, stallMs) {
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await count().catch(() => last);
    if (n >= target) return n;
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since > stallMs) return n;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function latencies(dbs, tenants, calmIds, leaveOut) {
  const created = new Map();
  for (const p of PRODUCERS) {
    const r = await dbs[p].query(
      `select id, extract(epoch from created_at) * 1000 as t from outbox where tenant_id = any($1::uuid[])`,
      [tenants],
    );
    for (const row of r.rows) created.set(row.id, Number(row.t));
  }
  const all = [];
  const calm = [];
  for (const s of ['billing', 'customers', 'tickets']) {
    const r = await dbs[s].query(
      `select event_id, extract(epoch from processed_at) * 1000 as t from inbox where tenant_id = any($1::uuid[])`,
      [tenants],
    );
    for (const row of r.rows) {
      const c = created.get(row.event_id);
      if (c === undefined || leaveOut.has(row.event_id)) continue;
      const d = Number(row.t) - c;
      all.push(d);
      if (calmIds.has(row.event_id)) calm.push(d);
    }
  }
  const f = (xs) => ({
    p50: round(quantile(xs, 0.5)),
    p99: round(quantile(xs, 0.99)),
    max: round(Math.max(...xs)),
  });
  return { all: f(all), calm: f(calm) };
}

const round = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

/** The same rate through a bare JetStream stream: publish with a timestamp, pull, ack. */
async function bareLoop(nc, natsHeaders, n, rate) {
  const jsm = await nc.jetstreamManager();
  const name = 'CHAOS_BARE';
  await jsm.streams.add({ name, subjects: ['chaos.bare.>'], storage: 'file' });
  try {
    await jsm.consumers.add(name, { durable_name: 'bare', ack_policy: 'explicit' });
    const consumer = await nc.jetstream().consumers.get(name, 'bare');
    const got = [];
    const messages = await consumer.consume({ max_messages: 16 });
    const done = (async () => {
      for await (const m of messages) {
        got.push(Date.now() - Number(m.headers.get('sent')));
        m.ack();
        if (got.length >= n) break;
      }
    })();
    const js = nc.jetstream();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      const h = natsHeaders();
      h.set('sent', String(Date.now()));
      await js.publish('chaos.bare.x', JSON.stringify({ i }), { headers: h });
      const wait = ((i + 1) / rate) * 1000 - (performance.now() - t0);
      if (wait > 0) await sleep(wait);
    }
    await Promise.race([done, sleep(30_000)]);
    messages.stop();
    return { events: got.length, p50: round(quantile(got, 0.5)), p99: round(quantile(got, 0.99)) };
  } finally {
    await jsm.streams.delete(name).catch(() => undefined);
  }
}

function print(r, log) {
  log(`events ${r.events}, kills ${r.kills}, lost ${r.lost}, doubled ${r.doubled}`);
  log(
    `  killed: ${Object.entries(r.killed)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ')}`,
  );
  const restarted = Object.entries(r.restarts ?? {}).filter(([, n]) => n > 0);
  if (restarted.length)
    log(`  restarted after exiting by themselves: ${restarted.map(([s, n]) => `${s} ×${n}`).join(', ')}`);
  log(
    `  effects ${r.effectsReached}/${r.effects}; dead letters ${r.deadLetters}; quarantined ${r.quarantined}; charges ${r.chargesFen.charged}/${r.chargesFen.expected} fen`,
  );
  log(
    `  commit → effect, calm (${r.calm.events} events at ${r.rate}/s, nothing killed): p50 ${ms(r.calm.p50)}, p99 ${ms(r.calm.p99)}`,
  );
  log(
    `  commit → effect, all (through ${r.chaosSeconds} s of chaos): p50 ${ms(r.overall.p50)}, p99 ${ms(r.overall.p99)}, max ${ms(r.overall.max)}`,
  );
  log(
    `  bare JetStream publish → consume, same rate (${r.bare.events} messages): p50 ${ms(r.bare.p50)}, p99 ${ms(r.bare.p99)}`,
  );
  if (r.relay)
    log(
      `  relays: a backlog of ${r.relay.events} events (written in ${r.relay.writeMs} ms) published in ${r.relay.seconds} s: ${r.relay.perSecond} events/s`,
    );
  for (const c of r.consumers)
    log(`  ${c.consumer}: expected ${c.expected}, inbox ${c.inbox}, effect rows ${c.effect}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = options(process.argv.slice(2));
  runChaos(o, o.json ? (m) => process.stderr.write(m + '\n') : console.log)
    .then((r) => {
      print(r, o.json ? (m) => process.stderr.write(m + '\n') : console.log);
      if (o.json) console.log(JSON.stringify(r));
      process.exit(r.lost || r.doubled || r.deadLetters || r.quarantined ? 1 : 0);
    })
    .catch((e) => {
      console.error(`chaos run failed: ${e.stack ?? e}`);
      process.exit(2);
    });
}
