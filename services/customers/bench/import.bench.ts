import { randomUUID } from 'crypto';
import ExcelJS from 'exceljs';
import os from 'os';
import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { StaffRole } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { entities } from '../src/mikro-orm.config';
import { PiiCipher } from '../src/common/pii';
import { CustomerService } from '../src/customer/customer.service';
import { ImportService } from '../src/import/import.service';
import { useCustomerDataKey } from '../src/common/pii.type';
import { gb11643CheckDigit } from '../src/customer/customer.rules';

declare const BENCH_ROWS: number;
declare const BENCH_DB: string;

/**
 * Import benchmark (issue 14: 10,000 rows in ≤ 10 s): N rows (default 10,000) of one property,
 * each with an ID number, a birthday and a unit, as the .xlsx a user uploads (the template's
 * Chinese headers), imported by the real ImportService (decoding, all-or-nothing validation,
 * one transaction), then imported again (every row unchanged). Prints seconds, rows/s, heap
 * growth and the load average. See bench/README.md, "Customer import".
 *
 * Run: BENCH_DB=pm_customers npx jest -c services/customers/bench/jest.bench.config.mjs
 */
it(`imports ${BENCH_ROWS} customers`, async () => {
  const rows = BENCH_ROWS;
  const dbName = BENCH_DB;
  const admin = new Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${dbName}` });
  await admin.connect();
  const db = await Database.connect({
    clientUrl: `postgres://pm_app:pm_app@127.0.0.1:5432/${dbName}`,
    entities,
    poolMax: 2,
  });
  const tenantId = randomUUID();
  const propertyId = uuidv7();
  try {
    await admin.query(
      `insert into property_projection (id, tenant_id, name, time_zone) values ($1, $2, 'Bench', 'Asia/Shanghai')`,
      [propertyId, tenantId],
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机号', '客户类型', '证件号码', '生日', '楼栋', '房号', '入住日期']);
    const unitIds: string[] = [];
    for (let i = 0; i < rows; i++) {
      const unitId = uuidv7();
      unitIds.push(unitId);
      const month = String((i % 12) + 1).padStart(2, '0');
      const day = String((i % 28) + 1).padStart(2, '0');
      const first17 = `4403011980${month}${day}${String(i % 1000).padStart(3, '0')}`;
      ws.addRow([
        `客户${i}`,
        `139${String(i).padStart(8, '0')}`,
        '业主',
        `${first17}${gb11643CheckDigit(first17)}`,
        `1980-${month}-${day}`,
        `B${Math.floor(i / 1000)}`,
        String(i),
        '2025-03-01',
      ]);
    }
    await admin.query(
      `insert into unit_projection (id, tenant_id, property_id, building, number)
       select u, $2, $3, 'B' || (g / 1000), g::text from unnest($1::uuid[]) with ordinality as t(u, g0), lateral (select g0 - 1 as g) x`,
      [unitIds, tenantId, propertyId],
    );
    const file = {
      fileName: 'customers.xlsx',
      contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
    };
    const clock = { now: () => new Date('2026-11-27T04:00:00Z') };
    const cipher = new PiiCipher('bench-key');
    useCustomerDataKey(cipher);
    const svc = new ImportService(db, new CustomerService(db, cipher, clock), cipher, clock);
    const principal: Principal = {
      tenantId,
      actor: { kind: 'user', id: randomUUID() },
      roles: [StaffRole.FRONT_DESK],
      propertyScope: [propertyId],
      realm: 'bench',
      cell: 'bench',
    };
    const run = async () => {
      global.gc?.();
      const heap0 = process.memoryUsage().heapUsed;
      let peak = heap0;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const r = await runWithTenant(principal, () => svc.run(principal, propertyId, { file }));
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const cpu = process.cpuUsage(cpu0);
      clearInterval(sampler);
      return { r, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, heapMB: (peak - heap0) / 1048576 };
    };
    const loadBefore = os.loadavg()[0].toFixed(1);
    const first = await run();
    expect(first.r).toMatchObject({ status: 'DONE', created: rows, unchanged: 0 });
    const second = await run();
    expect(second.r).toMatchObject({ status: 'DONE', created: 0, unchanged: rows });
    // Wall time on a shared machine is mostly waiting for a CPU; the service's own CPU time is the
    // figure that does not depend on what else runs.
    const fmt = (x: { seconds: number; cpuSeconds: number; heapMB: number }) =>
      `${x.seconds.toFixed(2)} s (service CPU ${x.cpuSeconds.toFixed(2)} s), ${Math.round(rows / x.seconds)} rows/s, heap +${x.heapMB.toFixed(0)} MB`;
    console.log(
      `import of ${rows} rows (.xlsx): first ${fmt(first)}; again (unchanged) ${fmt(second)}; 1-min load average ${loadBefore} before, ${os.loadavg()[0].toFixed(1)} after, ${os.cpus().length} CPUs`,
    );
  } finally {
    await db.close();
    for (const t of [
      'notice_deliveries',
      'notices',
      'scheduled_jobs',
      'archive_documents',
      'archives',
      'occupancies',
      'customers',
      'customer_imports',
      'outbox',
      'unit_projection',
      'property_projection',
    ])
      await admin.query(`delete from ${t} where tenant_id = $1`, [tenantId]);
    await admin.end();
  }
});
