#!/usr/bin/env node
// Documents benchmark (issue 14): one print batch of N payment notices (default 1,000) of one
// property, by billing's real PrintService (data in set-wise reads, pages by print.pages.ts, the
// PDF by libs/documents with the Noto CJK font, the file kept in stored_documents), timed from
// printBatch to DONE; the target is ≤ 20 s for 1,000. `npm run bench -- --only=documents` builds,
// prepares and migrates the stack, then runs this file; `node bench/documents.mjs --notices=5000`
// by hand after a build. See bench/README.md.
//
// What is not the real service: the customers service's names. Billing asks customers for the
// payers' names over its signed internal call (libs/documents names.ts); here that call reaches
// the same route code (customerNamesRoute) on a server of this process, answering from a map
// instead of the customers database — one call for the whole batch either way.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { Client } = require('pg');
const { Database } = require(path.join(root, 'libs/db/dist'));
const { createLogger } = require(path.join(root, 'libs/observability/dist'));
const { systemContext, runWithTenant } = require(path.join(root, 'libs/tenant-context/dist'));
const documents = require(path.join(root, 'libs/documents/dist'));
const { entities } = require(path.join(root, 'services/billing/dist/mikro-orm.config'));
const { BillRunService } = require(path.join(root, 'services/billing/dist/run/bill-run.service'));
const { PrintService } = require(path.join(root, 'services/billing/dist/print/print.service'));

const arg = (name, fallback) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : fallback;
};
const NOTICES = arg('notices', 1000);
const TARGET_S = 20;
const prefix = process.env.DATABASE_NAME_PREFIX ?? 'pm_';
const appUrl = `postgres://pm_app:pm_app@127.0.0.1:5432/${prefix}billing`;
const adminUrl = `${process.env.PG_ADMIN_URL?.replace(/\/[^/]*$/, '') ?? 'postgres://postgres@127.0.0.1:5432'}/${prefix}billing`;
const SECRET = 'bench-internal-secret-0123456789';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

async function namesServer(names) {
  const route = documents.customerNamesRoute(SECRET, async (_tenant, ids) =>
    Object.fromEntries(ids.filter((id) => names.has(id)).map((id) => [id, names.get(id)])),
  );
  const server = http.createServer((req, res) => route(req, res));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

async function main() {
  const tenantId = randomUUID();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const db = await Database.connect({ clientUrl: appUrl, entities, poolMax: 4 });
  const log = createLogger('bench-documents', 'error');
  const clock = { now: () => new Date() };
  const period = new Date().toISOString().slice(0, 7);
  const names = new Map();
  let server;
  try {
    // Seed (not measured): a property, N units with an owner each, a fee schedule, the bill run.
    const { rows } = await admin.query(
      `insert into property_projection (id, tenant_id, name, time_zone) values (billing_uuidv7(), $1, '翠湖花园', 'Asia/Shanghai') returning id`,
      [tenantId],
    );
    const propertyId = rows[0].id;
    await admin.query(
      `insert into units_projection (id, tenant_id, property_id, building, number, area_sqm, kind)
       select billing_uuidv7(), $1, $2, (1 + g / 100)::text, (100 * (1 + (g % 100) / 4) + g % 4 + 1)::text, 60 + (g % 80) + 0.5, 'APARTMENT'
       from generate_series(0, $3 - 1) g`,
      [tenantId, propertyId, NOTICES],
    );
    const occ = await admin.query(
      `insert into occupancy_projection (id, tenant_id, customer_id, unit_id, property_id, kind, start_date)
       select billing_uuidv7(), u.tenant_id, gen_random_uuid(), u.id, u.property_id, 'OWNER', '2020-01-01'
       from units_projection u where u.tenant_id = $1 returning customer_id`,
      [tenantId],
    );
    occ.rows.forEach((r, i) =>
      names.set(r.customer_id, SURNAMES[i % 20] + GIVEN[(i * 7) % 25] + GIVEN[(i * 3) % 25]),
    );
    await admin.query(
      `insert into fee_schedules (id, tenant_id, property_id, effective_from, management_fen_per_sqm, water_fen_per_unit, electricity_fen_per_unit, gas_fen_per_unit)
       values (billing_uuidv7(), $1, $2, '2000-01-01', 250, 420, 68, 300)`,
      [tenantId, propertyId],
    );
    const ctx = systemContext(tenantId);
    const runs = new BillRunService(db, clock, log, { chunkSize: 5000 });
    await runWithTenant(ctx, () => runs.start(ctx, { propertyId, period }));
    await runs.idle();
    server = await namesServer(names);

    const store = new documents.DocumentStore(db, clock, 'billing', {
      linkSecret: 'bench-link-secret-0123456789',
      linkTtlMs: 600_000,
      maxBytes: 200_000_000,
      tenantQuotaBytes: 1_000_000_000,
      concurrentRenders: 2,
    });
    const print = new PrintService(db, clock, log, store, new documents.CustomerNames(server.url, SECRET), {
      jobsPerTenant: 2,
      batchMax: 50_000,
    });
    const principal = {
      ...ctx,
      roles: ['FINANCE'],
      actor: { kind: 'user', id: 'bench' },
      realm: 'bench',
      cell: 'bench',
    };

    // Measured: printBatch → DONE, polled like a client would (every 100 ms), with the progress seen.
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const t0 = performance.now();
    const job = await runWithTenant(ctx, () =>
      print.startBatch(principal, { kind: 'PAYMENT_NOTICES', propertyId, period, language: 'ZH_CN' }),
    );
    const progress = [];
    let row;
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      row = await runWithTenant(ctx, () => print.job(principal, job.id));
      const p = row.status === 'DONE' ? 1 : row.total ? row.done / row.total : 0;
      if (progress[progress.length - 1]?.[1] !== p) progress.push([Math.round(performance.now() - t0), p]);
      if (row.status !== 'RUNNING') break;
    }
    const seconds = (performance.now() - t0) / 1000;
    if (row.status !== 'DONE') throw new Error(`the batch ${row.status}: ${row.error}`);
    const doc = await admin.query('select byte_size, bytes from stored_documents where id = $1', [
      row.documentId,
    ]);
    const file = path.join(os.tmpdir(), `bench-documents-${tenantId}.pdf`);
    writeFileSync(file, doc.rows[0].bytes);
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0,
    );
    const result = {
      notices: NOTICES,
      pages,
      seconds: Math.round(seconds * 100) / 100,
      perNoticeMs: Math.round((seconds * 1000 * 100) / NOTICES) / 100,
      megabytes: Math.round(doc.rows[0].byte_size / 1e4) / 100,
      rssGrowthMB: Math.round((rssPeak - rssBefore) / 1e5) / 10,
      progressSeen: progress.map(([ms, p]) => `${ms} ms: ${Math.round(p * 100)} %`),
      targetSeconds: TARGET_S,
      met: seconds <= TARGET_S * (NOTICES / 1000),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, node ${process.version}`,
    };
    console.log(
      `documents: ${NOTICES} payment notices in one batch: ${result.seconds} s (${result.perNoticeMs} ms each), ${pages} pages, ${result.megabytes} MB, RSS +${result.rssGrowthMB} MB`,
    );
    console.log(`  progress polled: ${result.progressSeen.join(', ')}`);
    console.log(`  target ≤ ${TARGET_S} s per 1,000: ${result.met ? 'met' : 'NOT MET'}`);
    mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    writeFileSync(
      path.join(root, `bench/results/documents-${new Date().toISOString().slice(0, 10)}.json`),
      JSON.stringify(result, null, 2) + '\n',
    );
    if (process.argv.includes('--keep-pdf')) console.log(`  file: ${file}`);
  } finally {
    for (const t of [
      'stored_documents',
      'print_jobs',
      'scheduled_jobs',
      'bill_lines',
      'bills',
      'billing_runs',
      'occupancy_projection',
      'units_projection',
      'fee_schedules',
      'property_projection',
      'outbox',
    ])
      await admin.query(`delete from ${t} where tenant_id = $1`, [tenantId]);
    await server?.close();
    await db.close();
    await admin.end();
  }
}

await main();
