#!/usr/bin/env node
'use strict';
// Backup and restore drill (`npm run drill`): dumps every service database and every JetStream
// stream of a running platform, restores them into fresh databases and a fresh NATS server, and
// proves with queries that nothing was lost:
//   - each table of each database: row count and an md5 over all its rows (as text, ordered),
//     the source's taken inside the very snapshot pg_dump dumped, the copy's after pg_restore;
//   - each stream: its configuration, every message (subject, headers, payload hash) in order,
//     and each durable consumer with the same backlog (it resumes after the same message).
//
//   npm run drill                       # the local stack (`npm start`), databases pm_<service>
//   npm run drill -- --keep             # keep the restored databases and NATS for a look
//
// Env: PG_ADMIN_URL (superuser; default postgres@127.0.0.1), DATABASE_NAME_PREFIX (default pm_),
// NATS_URL and NATS_PASSWORD_PM_ADMIN (the operator of deploy/nats/accounts.cjs), DRILL_DIR (where
// the dumps go; default .pm-local/drill). Needs pg_dump/pg_restore of the server's major version
// and nats-server (the fresh one is started on a free port and stopped afterwards).
// Production: the same steps against the real PostgreSQL and NATS (see deploy/README-deploy.md).
// CommonJS so jest can load it as it is (deploy/test/drill.test.ts).
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { connect, headers: natsHeaders } = require('nats');

const root = path.resolve(__dirname, '../..');
const SERVICES = JSON.parse(
  readFileSync(path.join(root, 'libs/contracts/src/services.json'), 'utf8'),
).services;

function drillConfig(env = process.env) {
  return {
    adminUrl: env.PG_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    prefix: env.DATABASE_NAME_PREFIX || 'pm_',
    natsUrl: env.NATS_URL || 'nats://127.0.0.1:4223',
    natsUser: env.NATS_ADMIN_USER || 'pm-admin',
    natsPassword: env.NATS_PASSWORD_PM_ADMIN || 'pm-dev-nats-pm-admin',
    dir: env.DRILL_DIR || path.join(env.PM_STATE_DIR || path.join(root, '.pm-local'), 'drill'),
  };
}

const withDb = (url, db) => {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
};

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** Every user table of a database: row count and md5 of its rows in text order (superuser: no RLS). */
async function fingerprint(client) {
  const tables = await client.query(
    `select schemaname, tablename from pg_tables where schemaname not in ('pg_catalog', 'information_schema') order by 1, 2`,
  );
  const out = {};
  for (const { schemaname, tablename } of tables.rows) {
    const t = `"${schemaname}"."${tablename}"`;
    const r = await client.query(
      `select count(*)::int as n, coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '') as h from ${t} x`,
    );
    out[`${schemaname}.${tablename}`] = { rows: r.rows[0].n, md5: r.rows[0].h };
  }
  return out;
}

/**
 * pg_dump of one database inside a snapshot this session holds open, and the fingerprint of that
 * same snapshot: what is compared later is exactly what was dumped, even on a busy database.
 */
async function dumpDatabase(c, db, file) {
  const client = new Client({ connectionString: withDb(c.adminUrl, db) });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read, read only');
    const { rows } = await client.query('select pg_export_snapshot() as s');
    run('pg_dump', ['-Fc', `--snapshot=${rows[0].s}`, '-f', file, '-d', withDb(c.adminUrl, db)]);
    const fp = await fingerprint(client);
    await client.query('commit');
    return fp;
  } finally {
    await client.end();
  }
}

async function restoreDatabase(c, file, db) {
  const admin = new Client({ connectionString: c.adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${db}" with (force)`);
    await admin.query(`create database "${db}"`);
  } finally {
    await admin.end();
  }
  // Owners, grants and RLS policies come back as dumped (the roles are the cluster's).
  run('pg_restore', ['--exit-on-error', '-d', withDb(c.adminUrl, db), file]);
  const client = new Client({ connectionString: withDb(c.adminUrl, db) });
  await client.connect();
  try {
    // Database-level grants are not in a dump made without --create (deploy/postgres/init.sql).
    await client.query(`grant connect, temporary on database "${db}" to pm_app; grant connect on database "${db}" to pm_relay`); // prettier-ignore
    return await fingerprint(client);
  } finally {
    await client.end();
  }
}

const hash = (data) => createHash('sha256').update(data).digest('hex');

function headersOf(m) {
  const out = {};
  if (m.header) for (const k of m.header.keys()) out[k] = m.header.values(k);
  return out;
}

/** Every stream: its config, every message, each durable consumer's config and position. */
async function dumpJetStream(jsm) {
  const streams = [];
  for await (const info of jsm.streams.list()) {
    const { first_seq: first, last_seq: last } = info.state;
    const messages = [];
    for (let seq = first; last && seq <= last; seq++) {
      let m;
      try {
        m = await jsm.streams.getMessage(info.config.name, { seq });
      } catch {
        continue; // deleted or aged out in between
      }
      messages.push({
        seq,
        subject: m.subject,
        time: m.time.toISOString(),
        headers: headersOf(m),
        data: Buffer.from(m.data).toString('base64'),
      });
    }
    const consumers = [];
    for await (const ci of jsm.consumers.list(info.config.name))
      if (ci.config.durable_name)
        consumers.push({
          config: ci.config,
          ackFloor: ci.ack_floor.stream_seq,
          backlog: ci.num_pending + ci.num_ack_pending,
        });
    streams.push({ config: info.config, messages, consumers });
  }
  return streams.sort((a, b) => a.config.name.localeCompare(b.config.name));
}

/** Into an empty server: streams as configured, messages in order, consumers at their positions. */
async function restoreJetStream(nc, jsm, streams) {
  const js = nc.jetstream();
  const problems = [];
  for (const s of streams) {
    const { name, subjects, retention, max_consumers, max_msgs, max_bytes, max_age, max_msg_size, storage, discard, num_replicas, duplicate_window, max_msgs_per_subject, allow_direct, deny_delete, deny_purge } = s.config; // prettier-ignore
    await jsm.streams.add({ name, subjects, retention, max_consumers, max_msgs, max_bytes, max_age, max_msg_size, storage, discard, num_replicas: 1, duplicate_window, max_msgs_per_subject, allow_direct, deny_delete, deny_purge }); // prettier-ignore
    void num_replicas;
    const newSeq = new Map();
    for (const m of s.messages) {
      const h = natsHeaders();
      for (const [k, vs] of Object.entries(m.headers)) for (const v of vs) h.append(k, v);
      // Nats-Msg-Id rides along in the headers: publishers' de-duplication keeps working.
      const ack = await js.publish(m.subject, Buffer.from(m.data, 'base64'), { headers: h });
      // Only if the stream held one message id twice (a dead letter replayed after the window).
      if (ack.duplicate)
        problems.push(`${name}: message ${m.seq} was dropped as a duplicate of its Nats-Msg-Id`);
      else newSeq.set(m.seq, ack.seq);
    }
    for (const c of s.consumers) {
      // Resume after the same message: the first one past the old ack floor, under its new number.
      const next = s.messages.find((m) => m.seq > c.ackFloor);
      const { durable_name, filter_subject, filter_subjects, ack_policy, ack_wait, max_deliver, max_ack_pending, replay_policy, backoff } = c.config; // prettier-ignore
      const base = { durable_name, filter_subject, filter_subjects, ack_policy, ack_wait, max_deliver, max_ack_pending, replay_policy, backoff }; // prettier-ignore
      await jsm.consumers.add(
        name,
        next
          ? { ...base, deliver_policy: 'by_start_sequence', opt_start_seq: newSeq.get(next.seq) }
          : { ...base, deliver_policy: 'new' },
      );
    }
  }
  return problems;
}

/** Differences between the dump and the restored server (empty: nothing lost). */
async function compareJetStream(jsm, streams) {
  const problems = [];
  for (const s of streams) {
    const name = s.config.name;
    let info;
    try {
      info = await jsm.streams.info(name);
    } catch {
      problems.push(`stream ${name} missing`);
      continue;
    }
    if (info.state.messages !== s.messages.length)
      problems.push(`stream ${name}: ${info.state.messages} messages, dumped ${s.messages.length}`);
    let seq = info.state.first_seq;
    for (const m of s.messages) {
      let got;
      try {
        got = await jsm.streams.getMessage(name, { seq: seq++ });
      } catch {
        problems.push(`stream ${name}: message ${m.seq} missing`);
        break;
      }
      if (
        got.subject !== m.subject ||
        hash(got.data) !== hash(Buffer.from(m.data, 'base64')) ||
        JSON.stringify(headersOf(got)) !== JSON.stringify(m.headers)
      )
        // prettier-ignore
        problems.push(`stream ${name}: message ${m.seq} (${m.subject}) differs`);
    }
    for (const c of s.consumers) {
      let ci;
      try {
        ci = await jsm.consumers.info(name, c.config.durable_name);
      } catch {
        problems.push(`consumer ${name}/${c.config.durable_name} missing`);
        continue;
      }
      // Nothing it had not processed is lost: every such message is still ahead of it (one acked
      // out of order above the ack floor comes again, and its inbox skips it).
      if (ci.num_pending < c.backlog)
        problems.push(
          `consumer ${name}/${c.config.durable_name}: backlog ${ci.num_pending}, dumped ${c.backlog}`,
        );
    }
  }
  return problems;
}

function compareDatabases(db, before, after) {
  const problems = [];
  for (const t of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [a, b] = [before[t], after[t]];
    if (!b) problems.push(`${db}: table ${t} missing after restore`);
    else if (!a) problems.push(`${db}: table ${t} appeared after restore`);
    else if (a.rows !== b.rows || a.md5 !== b.md5)
      problems.push(`${db}: table ${t} differs (${a.rows} rows dumped, ${b.rows} restored)`);
  }
  return problems;
}

/**
 * The drill. `restorePrefix` names the fresh databases (`<restorePrefix><service>`); `freshNats`
 * is a started server ({ url, stop }) or, by default, one started here.
 */
async function drill(
  c = drillConfig(),
  { restorePrefix = `${c.prefix}drill_`, freshNats, keep = false, log = console.log, tamper } = {},
) {
  // prettier-ignore
  rmSync(c.dir, { recursive: true, force: true });
  mkdirSync(c.dir, { recursive: true });
  const report = { databases: {}, streams: {}, problems: [] };
  const t0 = Date.now();

  // 1. Dump
  const dumped = {};
  for (const s of SERVICES) {
    const db = `${c.prefix}${s.name}`;
    dumped[s.name] = await dumpDatabase(c, db, path.join(c.dir, `${db}.dump`));
    const rows = Object.values(dumped[s.name]).reduce((n, t) => n + t.rows, 0);
    log(`✔ dumped ${db}: ${Object.keys(dumped[s.name]).length} tables, ${rows} rows`);
  }
  const source = await connect({ servers: c.natsUrl, user: c.natsUser, pass: c.natsPassword });
  let streams;
  try {
    streams = await dumpJetStream(await source.jetstreamManager());
  } finally {
    await source.close();
  }
  writeFileSync(path.join(c.dir, 'jetstream.json'), JSON.stringify(streams));
  for (const s of streams)
    log(
      `✔ dumped stream ${s.config.name}: ${s.messages.length} messages, ${s.consumers.length} durable consumers`,
    );

  // 2. Restore into fresh databases and a fresh NATS (from the files only)
  let nats = freshNats;
  if (!nats) {
    const { startPrivateNats } = await import('./infra.mjs');
    nats = await startPrivateNats({ log, dir: path.join(c.dir, 'nats') });
  }
  try {
    for (const s of SERVICES) {
      const from = `${c.prefix}${s.name}`;
      const to = `${restorePrefix}${s.name}`;
      await tamper?.beforeRestore?.(s.name, path.join(c.dir, `${from}.dump`));
      const restored = await restoreDatabase(c, path.join(c.dir, `${from}.dump`), to);
      await tamper?.afterRestore?.(s.name, withDb(c.adminUrl, to));
      const after = await (async () => {
        const client = new Client({ connectionString: withDb(c.adminUrl, to) });
        await client.connect();
        try {
          return tamper?.afterRestore ? await fingerprint(client) : restored;
        } finally {
          await client.end();
        }
      })();
      const problems = compareDatabases(from, dumped[s.name], after);
      report.databases[s.name] = { tables: Object.keys(after).length, rows: Object.values(after).reduce((n, t) => n + t.rows, 0), problems }; // prettier-ignore
      report.problems.push(...problems);
      log(`${problems.length ? '✖' : '✔'} restored ${from} → ${to}: ${report.databases[s.name].tables} tables, ${report.databases[s.name].rows} rows${problems.length ? `; ${problems.join('; ')}` : ', identical'}`); // prettier-ignore
    }
    const fromFile = JSON.parse(readFileSync(path.join(c.dir, 'jetstream.json'), 'utf8'));
    const fresh = await connect({ servers: nats.url, user: c.natsUser, pass: c.natsPassword });
    try {
      const jsm = await fresh.jetstreamManager();
      const problems = await restoreJetStream(fresh, jsm, fromFile);
      await tamper?.afterStreams?.(jsm);
      problems.push(...(await compareJetStream(jsm, fromFile)));
      report.problems.push(...problems);
      for (const s of fromFile) report.streams[s.config.name] = { messages: s.messages.length, consumers: s.consumers.length }; // prettier-ignore
      const total = fromFile.reduce((n, s) => n + s.messages.length, 0);
      log(`${problems.length ? '✖' : '✔'} restored ${fromFile.length} streams, ${total} messages into a fresh NATS (${nats.url})${problems.length ? `; ${problems.join('; ')}` : ', identical'}`); // prettier-ignore
    } finally {
      await fresh.close();
    }
  } finally {
    if (!keep) {
      if (!freshNats) await nats.stop();
      const admin = new Client({ connectionString: c.adminUrl });
      await admin.connect();
      for (const s of SERVICES)
        await admin.query(`drop database if exists "${restorePrefix}${s.name}" with (force)`);
      await admin.end();
    }
  }
  report.seconds = (Date.now() - t0) / 1000;
  log(report.problems.length ? `✖ drill: ${report.problems.length} differences` : `✔ drill: nothing lost (${report.seconds.toFixed(1)} s)`); // prettier-ignore
  return report;
}

module.exports = { drill, drillConfig, compareDatabases };

if (require.main === module) {
  drill(drillConfig(), { keep: process.argv.includes('--keep') })
    .then((r) => process.exit(r.problems.length ? 1 : 0))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
