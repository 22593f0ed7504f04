import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { Database, uuidv7 } from '@pm/db';
import { createLogger } from '@pm/observability';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import { BillRunService } from '../src/run/bill-run.service';

/**
 * Bill-run benchmark: N units (default 100,000) of one property, each with water and
 * electricity readings, billed by the real BillRunService (set-based chunks of 5,000);
 * compared with a raw COPY of the very same rows (bills, lines, outbox), measured in the same
 * run, into tables of the real shape and into bare unlogged ones. The ratios are throughput
 * fractions (bill run rows/s ÷ COPY rows/s; the target is ≥ 0.3× COPY). Heap growth is sampled
 * during the run.
 *
 * Run: npx jest -c services/billing/bench/jest.bench.config.mjs
 * (or import { benchBillRun } from this file in bench/run.mjs through ts transpilation).
 */
export interface BillRunBenchResult {
  units: number;
  bills: number;
  lines: number;
  seconds: number;
  billsPerSecond: number;
  copySeconds: number;
  /** Bill-run throughput as a fraction of COPY into tables of the real shape. */
  ratioToCopy: number;
  bareCopySeconds: number;
  /** …and of COPY into bare unlogged tables without indexes. */
  ratioToBareCopy: number;
  heapGrowthMB: number;
}

export async function benchBillRun(
  o: {
    units?: number;
    chunk?: number;
    appUrl?: string;
    adminUrl?: string;
    report?: (r: BillRunBenchResult) => void;
  } = {},
): Promise<BillRunBenchResult> {
  const units = o.units ?? 100_000;
  const appUrl = o.appUrl ?? 'postgres://pm_app:pm_app@127.0.0.1:5432/pm_billing';
  const adminUrl = o.adminUrl ?? 'postgres://postgres@127.0.0.1:5432/pm_billing';
  const tenantId = randomUUID();
  const propertyId = uuidv7();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const db = await Database.connect({ clientUrl: appUrl, entities, poolMax: 2 });
  const tag = tenantId.slice(0, 8);
  try {
    // Seed (not measured): property, units, two readings per unit for two meters.
    await admin.query(
      `insert into property_projection (id, tenant_id, name, time_zone) values ($1, $2, 'Bench', 'Asia/Shanghai')`,
      [propertyId, tenantId],
    );
    await admin.query(
      `insert into units_projection (id, tenant_id, property_id, building, number, area_sqm, kind)
       select billing_uuidv7(), $1, $2, 'B' || (g / 1000), g::text, 50 + (g % 100) + 0.35, 'APARTMENT'
       from generate_series(1, $3) g`,
      [tenantId, propertyId, units],
    );
    await admin.query(
      `insert into meter_readings (id, tenant_id, property_id, unit_id, meter, reading, read_at, status, source)
       select billing_uuidv7(), u.tenant_id, u.property_id, u.id, m.meter, r.v * (1 + (abs(hashtext(u.id::text)) % 20)),
              r.at, 'ACCEPTED', 'MANUAL'
       from units_projection u
       cross join (values ('WATER'), ('ELECTRICITY')) m(meter)
       cross join (values (10, '2026-10-20T02:00:00Z'::timestamptz), (20, '2026-11-24T02:00:00Z'::timestamptz)) r(v, at)
       where u.tenant_id = $1`,
      [tenantId],
    );
    await admin.query('analyze units_projection; analyze meter_readings;');

    const ctx = systemContext(tenantId);
    const svc = new BillRunService(
      db,
      { now: () => new Date('2026-11-27T04:00:00Z') },
      createLogger('bench', 'error'),
      {
        chunkSize: o.chunk ?? 5_000,
      },
    );
    (globalThis as { gc?: () => void }).gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
    const t0 = process.hrtime.bigint();
    const run = await runWithTenant(ctx, () => svc.start(ctx, { propertyId, period: '2026-11' }));
    await svc.idle();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const done = (await svc.get(ctx, run.id))!;
    if (done.status !== 'DONE') throw new Error(`bench run ${done.status}: ${done.error}`);

    const counts = (
      await admin.query(
        `select (select count(*) from bills where tenant_id = $1)::int as bills,
                (select count(*) from bill_lines where tenant_id = $1)::int as lines`,
        [tenantId],
      )
    ).rows[0];

    // The same rows through a raw COPY (server-side files, no RLS), timed twice: into tables of
    // the real shape (logged, same indexes and constraints: the same work of storing them) and
    // into bare unlogged tables without indexes (the floor of what PostgreSQL can do).
    const files = ['bills', 'bill_lines', 'outbox'].map((t) => ({
      t,
      f: `/tmp/pm-bench-${tag}-${t}.copy`,
      c: `bench_copy_${tag}_${t}`,
    }));
    // COPY takes no parameters: the tenant goes in as a session setting, not into the statement.
    await admin.query(`select set_config('bench.tenant', $1, false)`, [tenantId]);
    for (const x of files)
      await admin.query(
        `copy (select * from ${x.t} where tenant_id = current_setting('bench.tenant')::uuid) to '${x.f}'`,
      );
    const timeCopy = async (create: (x: (typeof files)[number]) => string) => {
      for (const x of files) await admin.query(create(x));
      const c0 = process.hrtime.bigint();
      for (const x of files) await admin.query(`copy ${x.c} from '${x.f}'`);
      const s = Number(process.hrtime.bigint() - c0) / 1e9;
      for (const x of files) await admin.query(`drop table ${x.c}`);
      return s;
    };
    const copySeconds = await timeCopy((x) => `create table ${x.c} (like ${x.t} including all)`);
    const bareCopySeconds = await timeCopy((x) => `create unlogged table ${x.c} (like ${x.t})`);
    for (const x of files)
      await admin.query(`copy (select 1) to program 'rm -f ${x.f}'`).catch(() => undefined);

    const result = {
      units,
      bills: counts.bills,
      lines: counts.lines,
      seconds,
      billsPerSecond: Math.round(counts.bills / seconds),
      copySeconds,
      ratioToCopy: copySeconds / seconds,
      bareCopySeconds,
      ratioToBareCopy: bareCopySeconds / seconds,
      heapGrowthMB: (peak - heap0) / 1024 / 1024,
    };
    o.report?.(result);
    return result;
  } finally {
    // Bench rows go without RI checks (superuser, replica role): nothing references them.
    await admin.query('set session_replication_role = replica');
    for (const t of [
      'bill_lines',
      'bills',
      'billing_runs',
      'meter_readings',
      'units_projection',
      'property_projection',
      'outbox',
    ])
      await admin.query(`delete from ${t} where tenant_id = $1`, [tenantId]);
    await admin.end();
    await db.close();
  }
}

declare const it: ((name: string, fn: () => Promise<void>, timeout?: number) => void) | undefined;
declare const expect: (v: unknown) => { toBe(x: unknown): void };
if (typeof it === 'function') {
  it('bill run: 100,000 bills ≤ 10 s, heap growth ≤ 100 MB', async () => {
    const g = globalThis as { BENCH_UNITS?: number; BENCH_DATABASE?: string };
    const database = g.BENCH_DATABASE ?? 'pm_billing';
    const r = await benchBillRun({
      units: Number(g.BENCH_UNITS ?? 100_000),
      appUrl: `postgres://pm_app:pm_app@127.0.0.1:5432/${database}`,
      adminUrl: `postgres://postgres@127.0.0.1:5432/${database}`,
    });
    process.stdout.write(
      `bill run: ${r.bills} bills, ${r.lines} lines in ${r.seconds.toFixed(2)} s = ${r.billsPerSecond} bills/s; ` +
        `raw COPY of the same rows ${r.copySeconds.toFixed(2)} s into real-shape tables → ${r.ratioToCopy.toFixed(2)}× COPY, ` +
        `${r.bareCopySeconds.toFixed(2)} s into bare unlogged ones → ${r.ratioToBareCopy.toFixed(2)}×; ` +
        `heap growth ${r.heapGrowthMB.toFixed(1)} MB\n`,
    );
    expect(r.bills).toBe(r.units);
  }, 600_000);
}
