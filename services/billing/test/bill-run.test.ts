import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { Database, uuidv7 } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { PlatformMetrics } from '@pm/observability';
import { metricValue } from '@pm/testing';
import { BillRunService } from '../src/run/bill-run.service';
import { ticketCompletedHandler } from '../src/consumers/ticket-completed.consumer';
import { occupancyEndedHandler, occupancyStartedHandler } from '../src/consumers/projection.consumer';
import { cleanupTenants, connectDb, deliver, log, moveIn, seedProperty } from './helpers';

/**
 * R-BIL-2 bill runs against the real pm_billing database (set-based SQL, chunks, idempotency,
 * restart after a crash) and R-TKT-5 repair charges delivered twice.
 */
const clock = { now: () => new Date('2026-11-27T04:00:00Z') };
let db: Database;
let admin: Client;
const tenants: string[] = [];

async function runToEnd(svc: BillRunService, ctx: any, propertyId: string, period: string) {
  const run = await runWithTenant(ctx, () => svc.start(ctx, { propertyId, period }));
  await svc.idle();
  return (await svc.get(ctx, run.id))!;
}

async function billsOf(propertyId: string, period: string) {
  return (
    await admin.query(
      `select b.id, b.unit_id, b.customer_id, b.total_fen::int as total, b.due_date::text as due,
              (select coalesce(sum(amount_fen), 0)::int from bill_lines l where l.bill_id = b.id) as line_sum,
              (select count(*)::int from bill_lines l where l.bill_id = b.id) as lines
       from bills b where property_id = $1 and period = $2 order by unit_id`,
      [propertyId, period],
    )
  ).rows;
}

beforeAll(async () => {
  ({ db, admin } = await connectDb());
}, 20_000);

afterAll(async () => {
  await cleanupTenants(admin, tenants);
  await admin.end();
  await db.close();
}, 20_000);

describe('R-BIL-2 bill run (database)', () => {
  it('R-BIL-2 occupancy events in either order converge: an ended occupancy heard first never pays a later bill', async () => {
    const s = await seedProperty(db, 2);
    tenants.push(s.tenantId);
    const [early, late] = s.unitIds;
    const occupancy = (unitId: string) => ({
      occupancyId: uuidv7(),
      customerId: uuidv7(),
      unitId,
      propertyId: s.propertyId,
      kind: 'OWNER',
      startDate: '2026-01-01',
    });
    const inOrder = occupancy(early);
    const reversed = occupancy(late);
    const ended = (o: typeof inOrder) => ({ ...o, endDate: '2026-09-30' });
    await deliver(db, s.tenantId, occupancyStartedHandler, inOrder);
    await deliver(db, s.tenantId, occupancyEndedHandler, ended(inOrder));
    await deliver(db, s.tenantId, occupancyEndedHandler, ended(reversed));
    await deliver(db, s.tenantId, occupancyStartedHandler, reversed);
    const rows = await admin.query(
      `select unit_id, kind, start_date::text as start, end_date::text as end from occupancy_projection
        where tenant_id = $1 order by unit_id`,
      [s.tenantId],
    );
    const expected = { kind: 'OWNER', start: '2026-01-01', end: '2026-09-30' };
    expect(rows.rows).toEqual([
      { unit_id: early, ...expected },
      { unit_id: late, ...expected },
    ]);
    const svc = new BillRunService(db, clock, log, { chunkSize: 10 });
    await runToEnd(svc, s.ctx, s.propertyId, '2026-11');
    expect((await billsOf(s.propertyId, '2026-11')).map((b) => b.customer_id)).toEqual([null, null]);
    await runToEnd(svc, s.ctx, s.propertyId, '2026-09');
    expect((await billsOf(s.propertyId, '2026-09')).map((b) => b.customer_id)).toEqual([
      inOrder.customerId,
      reversed.customerId,
    ]);
  });

  it('R-BIL-2 one bill per unit with lines summing to the total; a second run changes nothing', async () => {
    const s = await seedProperty(db, 7);
    tenants.push(s.tenantId);
    const customer = await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
    const svc = new BillRunService(db, clock, log, { chunkSize: 3 });
    const run = await runToEnd(svc, s.ctx, s.propertyId, '2026-11');
    expect(run.status).toBe('DONE');
    expect(run.billsCreated).toBe(7);
    const first = await billsOf(s.propertyId, '2026-11');
    expect(first).toHaveLength(7);
    for (const b of first) {
      expect(b.line_sum).toBe(b.total);
      expect(b.total).toBeGreaterThan(0);
      expect(b.due).toBe('2026-12-15');
    }
    // Unit 0: 80.55 m² × 250 fen = 20137.5 → 20138 (half up).
    const u0 = first.find((b) => b.unit_id === s.unitIds[0])!;
    expect(u0.total).toBe(20138);
    expect(u0.customer_id).toBe(customer);
    expect(first.filter((b) => b.customer_id === null)).toHaveLength(6);
    const outbox = await admin.query(
      `select count(*)::int as n from outbox where tenant_id = $1 and subject = 'pm.billing.bill.issued'`,
      [s.tenantId],
    );
    expect(outbox.rows[0].n).toBe(7);

    const again = await runToEnd(svc, s.ctx, s.propertyId, '2026-11');
    expect(again.id).toBe(run.id);
    expect(again.status).toBe('DONE');
    expect(again.billsCreated).toBe(7);
    expect(await billsOf(s.propertyId, '2026-11')).toEqual(first);
    const outbox2 = await admin.query(`select count(*)::int as n from outbox where tenant_id = $1`, [
      s.tenantId,
    ]);
    expect(outbox2.rows[0].n).toBe(7);
  }, 30_000);

  it('R-BIL-2 a run killed after 2 chunks is FAILED; the re-run completes the rest without duplicates', async () => {
    const s = await seedProperty(db, 10);
    tenants.push(s.tenantId);
    let calls = 0;
    const metrics = new PlatformMetrics({ service: 'billing' });
    const crashing = new BillRunService(db, clock, log, {
      chunkSize: 3,
      metrics,
      chunkHook: (n) => {
        calls++;
        if (n === 2) throw new Error('simulated crash after chunk 2');
      },
    });
    const failed = await runToEnd(crashing, s.ctx, s.propertyId, '2026-11');
    expect(failed.status).toBe('FAILED');
    const failedRuns = metricValue(await metrics.scrape(), 'pm_bill_run_duration_seconds_count', {
      status: 'failed',
    });
    expect(failedRuns).toBe(1);
    expect(failed.error).toMatch(/simulated crash/);
    expect(calls).toBe(2);
    expect(await billsOf(s.propertyId, '2026-11')).toHaveLength(6);

    const svc = new BillRunService(db, clock, log, { chunkSize: 3, metrics });
    const done = await runToEnd(svc, s.ctx, s.propertyId, '2026-11');
    expect(done.id).toBe(failed.id);
    // Each run's duration and units by status: the failed one did 2 chunks of 3, the re-run all 10.
    const text = await metrics.scrape();
    expect(
      metricValue(text, 'pm_bill_run_duration_seconds_count', { service: 'billing', status: 'done' }),
    ).toBe(1);
    expect(metricValue(text, 'pm_bill_run_rows_total', { status: 'failed' })).toBe(6);
    expect(metricValue(text, 'pm_bill_run_rows_total', { status: 'done' })).toBe(10);
    await metrics.shutdown();
    expect(done.status).toBe('DONE');
    expect(done.attempts).toBe(2);
    expect(done.billsCreated).toBe(10);
    const bills = await billsOf(s.propertyId, '2026-11');
    expect(bills).toHaveLength(10);
    expect(new Set(bills.map((b) => b.unit_id)).size).toBe(10);
    const outbox = await admin.query(`select count(*)::int as n from outbox where tenant_id = $1`, [
      s.tenantId,
    ]);
    expect(outbox.rows[0].n).toBe(10);
  }, 30_000);

  it('R-TKT-5 a repair charge delivered twice (two message ids) appears once, on the next bill only', async () => {
    const s = await seedProperty(db, 2);
    tenants.push(s.tenantId);
    const ticketId = uuidv7();
    const payload = {
      ticketId,
      propertyId: s.propertyId,
      unitId: s.unitIds[1],
      charges: [{ code: 'TAP', name: 'Replace tap', quantity: 1, unitPriceFen: 4500, amountFen: 4500 }],
      totalFen: 4500,
      completedAt: '2026-11-20T03:00:00Z',
    };
    expect(await deliver(db, s.tenantId, ticketCompletedHandler, payload)).toBe(true);
    expect(await deliver(db, s.tenantId, ticketCompletedHandler, payload)).toBe(true); // another msg id
    const svc = new BillRunService(db, clock, log, { chunkSize: 5000 });
    await runToEnd(svc, s.ctx, s.propertyId, '2026-11');
    const lines = await admin.query(
      `select l.amount_fen::int as amount, b.period from bill_lines l join bills b on b.id = l.bill_id
       where l.ticket_id = $1`,
      [ticketId],
    );
    expect(lines.rows).toEqual([{ amount: 4500, period: '2026-11' }]);
    const b = (await billsOf(s.propertyId, '2026-11')).find((x) => x.unit_id === s.unitIds[1])!;
    expect(b.lines).toBe(2);
    expect(b.total).toBe(b.line_sum);
    // The next month's bill does not carry it again.
    await runToEnd(svc, s.ctx, s.propertyId, '2026-12');
    const dec = (await billsOf(s.propertyId, '2026-12')).find((x) => x.unit_id === s.unitIds[1])!;
    expect(dec.lines).toBe(1);
  }, 30_000);

  it('R-BIL-2 metered lines: handover reading then a reading in the period bill the difference × price', async () => {
    const s = await seedProperty(db, 1);
    tenants.push(s.tenantId);
    await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0], uuidv7(), [
      { meter: 'WATER', reading: 100 },
      { meter: 'ELECTRICITY', reading: 2000.5 },
    ]);
    await runWithTenant(s.ctx, () =>
      db.tx(async (em) => {
        await em.execute(
          `insert into meter_readings (id, tenant_id, property_id, unit_id, meter, reading, read_at, consumption, status, source)
           values (?, app_current_tenant(), ?, ?, 'WATER', 112.5, '2026-11-25T02:00:00Z', 12.5, 'ACCEPTED', 'MANUAL'),
                  (?, app_current_tenant(), ?, ?, 'ELECTRICITY', 2150.5, '2026-11-25T02:00:00Z', 150, 'ACCEPTED', 'MANUAL')`,
          [uuidv7(), s.propertyId, s.unitIds[0], uuidv7(), s.propertyId, s.unitIds[0]],
        );
      }, s.ctx),
    );
    const svc = new BillRunService(db, clock, log, { chunkSize: 10 });
    await runToEnd(svc, s.ctx, s.propertyId, '2026-11');
    const lines = await admin.query(
      `select kind, quantity::float8 as q, unit_price_fen as p, amount_fen::int as a from bill_lines l join bills b on b.id = l.bill_id
       where b.unit_id = $1 order by l.id`,
      [s.unitIds[0]],
    );
    expect(lines.rows).toEqual([
      { kind: 'MANAGEMENT', q: 80.55, p: 250, a: 20138 },
      { kind: 'WATER', q: 12.5, p: 350, a: 4375 },
      { kind: 'ELECTRICITY', q: 150, p: 60, a: 9000 },
    ]);
  }, 30_000);

  it('tenant isolation: a run of tenant B cannot see or bill tenant A’s property', async () => {
    const a = await seedProperty(db, 2);
    tenants.push(a.tenantId);
    const b = randomUUID();
    tenants.push(b);
    const svc = new BillRunService(db, clock, log, { chunkSize: 10 });
    const ctxB = {
      tenantId: b,
      actor: { kind: 'system' as const },
      roles: [],
      propertyScope: 'ALL' as const,
    };
    await expect(
      runWithTenant(ctxB, () => svc.start(ctxB, { propertyId: a.propertyId, period: '2026-11' })),
    ).rejects.toThrow(/not found/);
    expect(await billsOf(a.propertyId, '2026-11')).toHaveLength(0);
  }, 20_000);
});
