#!/usr/bin/env node
// Outbox relay benchmark (issue 13): how fast the real OutboxRelay (libs/events) drains a backlog
// of N outbox rows into JetStream, beside a bare JetStream publish of the same N envelopes in the
// same run (the ceiling: same server, same stream config, same msg ids and headers, acks awaited
// in windows of the relay's batch size); and, with --rate, commit → published latency of events
// written at that rate (outbox created_at → the stream's own timestamp of the message).
// Target: ≥ 5,000 events/s for the backlog.
//
//   node bench/relay.mjs [--events=20000] [--rate=1000 --paced=3000] [--batch=1000] [--json]
//
// Needs the built libs (`npx tsc -b`). Everything is throwaway: a database of its own on the local
// PostgreSQL (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres; dropped at the
// end) and a nats-server of its own on a free port with its store in a temporary directory. Not
// part of npm test. The figure depends on the machine's load: print it (`cat /proc/loadavg`).
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Client } = require('pg');
const { connect, headers: natsHeaders } = require('nats');
const {
  OutboxRelay,
  eventsTablesSql,
  ensureStreams,
  inboxTenantKeySql,
  outboxOwnDomainSql,
  outboxQuarantineSql,
  relayRoleSql,
} = require(path.join(ROOT, 'libs/events/dist'));
const { APP_ROLE, RELAY_ROLE, RLS_FUNCTION_SQL, ensureDatabase } = require(path.join(ROOT, 'libs/db/dist'));
const { Events } = require(path.join(ROOT, 'libs/contracts/dist'));
const { createLogger } = require(path.join(ROOT, 'libs/observability/dist'));

const arg = (name, fallback) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const EVENTS = arg('events', 20_000);
const BATCH = arg('batch', 1_000);
const RATE = arg('rate', 1_000);
const PACED = arg('paced', 3_000);
const JSON_OUT = process.argv.includes('--json');
const TARGET = 5_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = createLogger('bench-relay', 'error');

const adminBase = new URL(process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const DB = `pm_bench_relay_${randomBytes(3).toString('hex')}`;
const dbUrl = (user) => {
  const u = new URL(adminBase);
  u.pathname = `/${DB}`;
  if (user) {
    u.username = user;
    u.password = user;
  }
  return u.toString();
};

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
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const round = (x) => Math.round(x * 10) / 10;

/** unit.created of 4 tenants and 40 properties, as publishInTx writes them. */
function envelopes(n) {
  const tenants = Array.from({ length: 4 }, () => randomUUID());
  const props = tenants.flatMap((t) => Array.from({ length: 10 }, () => ({ t, p: randomUUID() })));
  return Array.from({ length: n }, (_, i) => {
    const { t, p } = props[i % props.length];
    return {
      id: randomUUID(),
      type: Events.unitCreated.type,
      version: Events.unitCreated.version,
      tenantId: t,
      occurredAt: new Date().toISOString(),
      actor: { kind: 'system' },
      payload: {
        unitId: randomUUID(),
        propertyId: p,
        building: String(1 + (i % 9)),
        number: String(100 + i),
        areaSqm: 50 + (i % 70),
        kind: 'RESIDENTIAL',
      },
    };
  });
}

async function insert(db, envs) {
  for (let i = 0; i < envs.length; i += 500) {
    const chunk = envs.slice(i, i + 500);
    await db.query(
      `insert into outbox (id, tenant_id, subject, envelope) values ${chunk
        .map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`)
        .join(', ')}`,
      chunk.flatMap((e) => [e.id, e.tenantId, Events.unitCreated.subject, JSON.stringify(e)]),
    );
  }
}

async function streamMessages(jsm) {
  return (await jsm.streams.info('PM_TENANCY')).state.messages;
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bench-relay-'));
  const port = await freePort();
  const nats = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', tmp], {
    stdio: 'ignore',
  });
  const admin = new Client({ connectionString: adminBase.toString() });
  await admin.connect();
  let nc;
  let db;
  try {
    // As a service's migration does: the roles (cluster-wide, local default passwords) when missing.
    await ensureDatabase(adminBase.toString(), DB, APP_ROLE, 'pm_app');
    await admin.query(relayRoleSql(RELAY_ROLE, 'pm_relay'));
    db = new Client({ connectionString: dbUrl() });
    await db.connect();
    for (const sql of [
      RLS_FUNCTION_SQL,
      ...eventsTablesSql(APP_ROLE, RELAY_ROLE),
      ...inboxTenantKeySql(),
      ...outboxOwnDomainSql('tenancy'),
      ...outboxQuarantineSql(),
    ])
      await db.query(sql);
    await admin.query(`grant connect on database "${DB}" to "${RELAY_ROLE}"`);
    for (let i = 0; ; i++) {
      try {
        nc = await connect({ servers: `nats://127.0.0.1:${port}` });
        break;
      } catch (e) {
        if (i > 50) throw e;
        await sleep(100);
      }
    }
    await ensureStreams(nc);
    const jsm = await nc.jetstreamManager();
    const js = nc.jetstream();

    // ── bare: the same envelopes, msg ids and headers, acks awaited per window of BATCH ──
    const bareEnvs = envelopes(EVENTS);
    const bareTexts = bareEnvs.map((e) => JSON.stringify(e));
    const b0 = performance.now();
    for (let i = 0; i < bareEnvs.length; i += BATCH) {
      await Promise.all(
        bareEnvs.slice(i, i + BATCH).map((e, j) => {
          const h = natsHeaders();
          h.set('Pm-Tenant-Id', e.tenantId);
          h.set('Pm-Event-Type', e.type);
          return js.publish(Events.unitCreated.subject, bareTexts[i + j], { msgID: e.id, headers: h });
        }),
      );
    }
    const bareSeconds = (performance.now() - b0) / 1000;
    await jsm.streams.purge('PM_TENANCY');

    // ── relay: a backlog of EVENTS rows, drained by the relay as the services run it ──
    const envs = envelopes(EVENTS);
    const w0 = performance.now();
    await insert(db, envs);
    const writeMs = performance.now() - w0;
    const relay = new OutboxRelay({
      databaseUrl: dbUrl(RELAY_ROLE),
      nc,
      log,
      domain: 'tenancy',
      batchSize: BATCH,
    });
    const r0 = performance.now();
    await relay.start();
    while ((await streamMessages(jsm)) < EVENTS) await sleep(10);
    const relaySeconds = (performance.now() - r0) / 1000;
    // Every row marked (the mark may trail the last ack by one commit).
    for (;;) {
      const { rows } = await db.query(`select count(*)::int as n from outbox where published_at is null`);
      if (!rows[0].n) break;
      await sleep(10);
    }
    const markedSeconds = (performance.now() - r0) / 1000;

    // ── paced: RATE events/s written in statements of 25, commit → on the stream ──
    let paced;
    if (PACED > 0) {
      await jsm.streams.purge('PM_TENANCY');
      const penvs = envelopes(PACED);
      const t0 = performance.now();
      for (let i = 0; i < penvs.length; i += 25) {
        await insert(db, penvs.slice(i, i + 25));
        const wait = ((i + 25) / RATE) * 1000 - (performance.now() - t0);
        if (wait > 0) await sleep(wait);
      }
      while ((await streamMessages(jsm)) < PACED) await sleep(20);
      const created = new Map(
        (
          await db.query(
            `select id, extract(epoch from created_at) * 1000 as t from outbox where id = any($1::uuid[])`,
            [penvs.map((e) => e.id)],
          )
        ).rows.map((r) => [r.id, Number(r.t)]),
      );
      const lat = [];
      const sub = await js.consumers.get('PM_TENANCY');
      const it = await sub.fetch({ max_messages: PACED, expires: 10_000 });
      for await (const m of it) {
        const t = created.get(m.json().id);
        if (t !== undefined) lat.push(m.info.timestampNanos / 1e6 - t);
        if (lat.length >= PACED) break;
      }
      paced = {
        events: PACED,
        rate: RATE,
        p50: round(quantile(lat, 0.5)),
        p99: round(quantile(lat, 0.99)),
        max: round(Math.max(...lat)),
      };
    }
    await relay.stop();

    const result = {
      date: new Date().toISOString(),
      loadavg: fs.readFileSync('/proc/loadavg', 'utf8').trim(),
      cpus: os.cpus().length,
      events: EVENTS,
      batch: BATCH,
      bare: { seconds: round(bareSeconds), perSecond: Math.round(EVENTS / bareSeconds) },
      relay: {
        writeMs: Math.round(writeMs),
        seconds: round(relaySeconds),
        perSecond: Math.round(EVENTS / relaySeconds),
        markedPerSecond: Math.round(EVENTS / markedSeconds),
      },
      ratio: Math.round((bareSeconds / relaySeconds) * 100) / 100,
      paced,
      target: TARGET,
    };
    if (JSON_OUT) console.log(JSON.stringify(result));
    else {
      console.log(`load average ${result.loadavg} (${result.cpus} CPUs)`);
      console.log(
        `bare JetStream publish (windows of ${BATCH}): ${EVENTS} in ${result.bare.seconds} s = ${result.bare.perSecond} events/s`,
      );
      console.log(
        `relay backlog of ${EVENTS} (written in ${result.relay.writeMs} ms): on the stream in ${result.relay.seconds} s = ${result.relay.perSecond} events/s (all marked: ${result.relay.markedPerSecond}/s); relay/bare ${result.ratio}; target ≥ ${TARGET}`,
      );
      if (paced)
        console.log(
          `paced ${paced.events} at ${paced.rate}/s: commit → on the stream p50 ${paced.p50} ms, p99 ${paced.p99} ms, max ${paced.max} ms`,
        );
    }
  } finally {
    await nc?.close().catch(() => undefined);
    await db?.end().catch(() => undefined);
    await admin.query(`drop database if exists "${DB}" with (force)`).catch(() => undefined);
    await admin.end();
    nats.kill('SIGTERM');
    await new Promise((r) => (nats.exitCode !== null ? r() : nats.once('exit', r)));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
