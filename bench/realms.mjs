#!/usr/bin/env node
// Realm-scaling benchmark (issue 17): how one Keycloak cell behaves as it fills with companies.
// Starts a Keycloak of its own (the cached distribution, its own port and H2 database under
// .pm-local/bench-keycloak; the shared Keycloak is not touched), creates realms the way a sign-up
// does (tenancy's KeycloakAdmin.createRealm with the realm template) up to each size, and at each
// size measures realm creation, the token endpoint (password grant of a company's admin on
// pm-console) and admin calls (what tenancy's staff and partner operations send). Prints the curve
// and the realms-per-cell threshold derived from it; writes bench/results/realms-<date>.json.
//
//   node deploy/local/cli.mjs bench --only=realms            # builds first (tenancy's dist)
//   node bench/realms.mjs --sizes=10,100,300 --heap=2g --samples=60
//   node bench/realms.mjs --report=bench/results/realms-<date>.json   # the table of a saved run
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPrivateKeycloak } from '../deploy/local/infra.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { KeycloakAdmin } = require(path.join(root, 'services/tenancy/dist/tenant/keycloak-admin.js'));

/**
 * The budget a cell must keep (deploy/README-deploy.md, "Keycloak cells"): realm creation, logins
 * and admin calls stay within a small multiple of what the same Keycloak on the same machine
 * answers with few realms. Relative, so that the derived threshold measures the cell's growth,
 * not the machine's speed; absolute creation times are reported against `createWarnMs`.
 */
const BUDGET = {
  /** Half of tenancy's KEYCLOAK_ADMIN_TIMEOUT_MS default: above it sign-ups risk TIMEOUT on this machine. */
  createWarnMs: 10_000,
  /** p95s may grow to this multiple of the smallest size's p95 (and at least +floor ms). */
  growth: 2,
  floorMs: { create: 1000, token: 150, admin: 50 },
};
/** The first realms of a fresh JVM are created by cold code: created, not measured. */
const WARM_UP = 3;

function options() {
  const arg = (name, fallback) =>
    process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
  return {
    sizes: arg('sizes', '10,100,300')
      .split(',')
      .map(Number)
      .sort((a, b) => a - b),
    heap: arg('heap', '2g'),
    samples: Number(arg('samples', 60)),
    concurrency: Number(arg('concurrency', 2)),
    keep: process.argv.includes('--keep'),
  };
}

const PASSWORD = 'Bench-realm-1';
const realmName = (i) => `bench-${String(i).padStart(4, '0')}`;
const adminEmail = (i) => `admin@${realmName(i)}.example`;

function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}
const summary = (ms) => ({
  n: ms.length,
  mean: Math.round(ms.reduce((a, b) => a + b, 0) / ms.length),
  p50: Math.round(percentile(ms, 50)),
  p95: Math.round(percentile(ms, 95)),
  max: Math.round(Math.max(...ms)),
});

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** `samples` calls of `fn(i)` by `concurrency` closed-loop clients; the durations in ms. */
async function load(samples, concurrency, fn) {
  const out = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < samples) {
        const i = next++;
        out.push(await timed(() => fn(i)));
      }
    }),
  );
  return out;
}

async function ok(res, what) {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/** Resident memory of the Keycloak process group (kc.sh and its java), in MB. */
function rssMb(pid) {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pid)], { encoding: 'utf8' });
    return Math.round(out.split('\n').reduce((a, l) => a + (Number(l.trim()) || 0), 0) / 1024);
  } catch {
    return undefined;
  }
}

async function main() {
  const o = options();
  // Prints the table and threshold of a saved run again (the budget may have changed since).
  const report = process.argv.find((x) => x.startsWith('--report='))?.split('=')[1];
  if (report) {
    const { rows } = JSON.parse(readFileSync(report, 'utf8'));
    return printTable(rows, deriveThreshold(rows));
  }
  const dir = path.join(root, '.pm-local', 'bench-keycloak');
  const kc = await startPrivateKeycloak({ dir, heap: o.heap });
  const admin = new KeycloakAdmin(
    { name: 'bench', url: kc.url },
    process.env.KEYCLOAK_ADMIN_USER || 'admin',
    process.env.KEYCLOAK_ADMIN_PASSWORD || 'admin',
    60_000,
    ['http://localhost:4100'],
  );
  // Master-realm admin tokens live 60 s; a realm list of a full cell takes seconds per call.
  let token = { value: '', at: 0 };
  const adminHeaders = async () => {
    if (Date.now() - token.at > 30_000) {
      const body = new URLSearchParams({
        grant_type: 'password',
        client_id: 'admin-cli',
        username: process.env.KEYCLOAK_ADMIN_USER || 'admin',
        password: process.env.KEYCLOAK_ADMIN_PASSWORD || 'admin',
      });
      const res = await fetch(`${kc.url}/realms/master/protocol/openid-connect/token`, {
        method: 'POST',
        body,
      });
      token = { value: (await ok(res, 'admin token')).access_token, at: Date.now() };
    }
    return { authorization: `Bearer ${token.value}` };
  };
  const rows = [];
  const started = Date.now();
  try {
    let created = 0;
    for (const size of o.sizes) {
      const creates = [];
      while (created < size) {
        const i = created++;
        creates.push(
          await timed(() =>
            admin.createRealm({
              realm: realmName(i),
              tenantId: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
              displayName: `Bench company ${i}`,
              adminEmail: adminEmail(i),
              adminPassword: PASSWORD,
            }),
          ),
        );
        if (i < WARM_UP) creates.pop();
        if (created % 10 === 0) console.log(`  ${created} realms (last ${Math.round(creates.at(-1))} ms)`);
      }
      // A random existing realm per call, the same sequence every run.
      const pick = (i) => (i * 7919) % size;
      const tokens = await load(o.samples, o.concurrency, async (i) => {
        const r = pick(i);
        const body = new URLSearchParams({
          grant_type: 'password',
          client_id: 'pm-console',
          username: adminEmail(r),
          password: PASSWORD,
          scope: 'openid',
        });
        await ok(
          await fetch(`${kc.url}/realms/${realmName(r)}/protocol/openid-connect/token`, {
            method: 'POST',
            body,
          }),
          'token',
        );
      });
      // What tenancy's staff operations send: find a user by username in the company's realm.
      const adminCalls = await load(o.samples, o.concurrency, async (i) => {
        const r = pick(i);
        await ok(
          await fetch(
            `${kc.url}/admin/realms/${realmName(r)}/users?username=${encodeURIComponent(adminEmail(r))}&exact=true`,
            { headers: await adminHeaders() },
          ),
          'admin users',
        );
      });
      // The admin console's and operators' list of realms: grows with every realm of the cell.
      const realmList = await load(Math.min(o.samples, 20), 1, async () => {
        await ok(
          await fetch(`${kc.url}/admin/realms?briefRepresentation=true`, { headers: await adminHeaders() }),
          'realm list',
        );
      });
      const row = {
        realms: size,
        create: summary(creates),
        token: summary(tokens),
        admin: summary(adminCalls),
        realmList: summary(realmList),
        rssMb: rssMb(kc.pid),
      };
      rows.push(row);
      save(rows, o, started);
      console.log(
        `  ${size} realms: create p95 ${row.create.p95} ms, token p95 ${row.token.p95} ms, admin p95 ${row.admin.p95} ms, realm list p95 ${row.realmList.p95} ms, RSS ${row.rssMb} MB`,
      );
    }
  } finally {
    if (!o.keep) await kc.stop();
  }
  printTable(rows, deriveThreshold(rows));
  console.log(`\nwritten ${path.relative(root, save(rows, o, started))}`);
}

/** After every size, so a run stopped early still leaves the sizes it measured. */
function save(rows, o, started) {
  const file = path.join(root, 'bench/results', `realms-${new Date().toISOString().slice(0, 10)}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  const body = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, memGb: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg() },
    keycloak: '26.7.3 start-dev (H2)',
    heap: o.heap,
    samples: o.samples,
    concurrency: o.concurrency,
    budget: BUDGET,
    rows,
    threshold: deriveThreshold(rows),
    minutes: Math.round((Date.now() - started) / 600) / 100,
  };
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

/**
 * The largest measured size at which every budget held: the realms-per-cell default
 * (KEYCLOAK_REALMS_PER_CELL). Not an extrapolation: beyond the largest size measured nothing is known.
 */
function deriveThreshold(rows) {
  const base = rows[0];
  const within = (row) => {
    const why = [];
    for (const k of ['create', 'token', 'admin']) {
      const limit = Math.max(base[k].p95 * BUDGET.growth, base[k].p95 + BUDGET.floorMs[k]);
      if (row[k].p95 > limit) why.push(`${k} p95 ${row[k].p95} > ${limit} ms`);
    }
    return why;
  };
  const verdicts = rows.map((row) => {
    const why = within(row);
    return { realms: row.realms, within: !why.length, why };
  });
  // Every size up to it within budget: a cell that degrades earlier is full earlier.
  const firstOver = verdicts.findIndex((v) => !v.within);
  const kept = firstOver < 0 ? verdicts : verdicts.slice(0, firstOver);
  const realmsPerCell = kept.at(-1)?.realms ?? 0;
  return { realmsPerCell, verdicts };
}

function printTable(rows, threshold) {
  const head = [
    'realms',
    'create p50',
    'create p95',
    'token p50',
    'token p95',
    'admin p50',
    'admin p95',
    'realm list p95',
    'RSS MB',
  ];
  const lines = rows.map((r) => [
    r.realms,
    r.create.p50,
    r.create.p95,
    r.token.p50,
    r.token.p95,
    r.admin.p50,
    r.admin.p95,
    r.realmList.p95,
    r.rssMb ?? '',
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padStart(width[i])).join(' | ')} |`;
  console.log(`\nRealm scaling (ms; ${rows[0]?.token.n} token and admin samples per size)`);
  console.log(fmt(head));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
  for (const r of rows.filter((x) => x.create.p95 > BUDGET.createWarnMs))
    console.log(
      `  ⚠ ${r.realms} realms: create p95 ${r.create.p95} ms > ${BUDGET.createWarnMs} ms, half of KEYCLOAK_ADMIN_TIMEOUT_MS: this machine is too slow (or busy) for a cell`,
    );
  for (const v of threshold.verdicts)
    console.log(`  ${v.realms} realms: ${v.within ? 'within budget' : `over budget (${v.why.join('; ')})`}`);
  console.log(`\nrealms per cell (KEYCLOAK_REALMS_PER_CELL): ${threshold.realmsPerCell}`);
}

await main();
