import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { BillRunService } from '../src/run/bill-run.service';
import { DunningService } from '../src/dunning/dunning.service';
import { PaymentService } from '../src/payment/payment.service';
import { BillService } from '../src/bill/bill.service';
import { DUNNING_JOB, dunningJob } from '../src/dunning/dunning.jobs';
import { JobRunner } from '@pm/jobs';
import { propertyCreatedHandler } from '../src/consumers/projection.consumer';
import { cleanupTenants, connectDb, deliver, log, moveIn, seedProperty } from './helpers';

/** R-BIL-6 dunning, R-BIL-5 disputes, R-BIL-8 allocation and reversal against pm_billing. */
let db: Database;
let admin: Client;
const tenants: string[] = [];
let now = new Date('2026-11-27T04:00:00Z');
const clock = { now: () => now };

beforeAll(async () => {
  ({ db, admin } = await connectDb());
}, 20_000);
afterAll(async () => {
  await cleanupTenants(admin, tenants);
  await admin.end();
  await db.close();
}, 20_000);

async function setup() {
  const s = await seedProperty(db, 1);
  tenants.push(s.tenantId);
  const customer = await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
  const runs = new BillRunService(db, clock, log, { chunkSize: 100 });
  for (const period of ['2026-10', '2026-11']) {
    await runWithTenant(s.ctx, () => runs.start(s.ctx, { propertyId: s.propertyId, period }));
    await runs.idle();
  }
  const p = {
    ...s.ctx,
    roles: ['FINANCE'],
    realm: 'x',
    cell: 'x',
    actor: { kind: 'user', id: 'u1' },
  } as unknown as Principal;
  const bills = (
    await admin.query(
      `select id, period, total_fen::int as total from bills where tenant_id = $1 order by period`,
      [s.tenantId],
    )
  ).rows;
  return { s, p, customer, bills };
}

describe('dunning and payments (database)', () => {
  it('R-BIL-6 rounds 15 / +7 / +7 days; after round 3 the bill is on the enforcement list; idempotent', async () => {
    const { s, bills } = await setup();
    const dunning = new DunningService(db, clock);
    // The November bill: notice 2026-11-27, due 2026-12-15 → round 1 on 2026-12-16, then 12-23, 12-30.
    const r1 = await dunning.generateDunning(s.ctx, '2026-12-16', s.propertyId);
    const rounds = async () =>
      (
        await admin.query(
          `select bill_id, round, scheduled_on::text as on, responsible_role from dunning_rounds where tenant_id = $1 order by bill_id, round`,
          [s.tenantId],
        )
      ).rows;
    expect((await rounds()).filter((r) => r.bill_id === bills[1].id)).toEqual([
      { bill_id: bills[1].id, round: 1, on: '2026-12-16', responsible_role: 'PROPERTY_ASSISTANT' },
    ]);
    expect(r1.roundsCreated).toBeGreaterThanOrEqual(1);
    await dunning.generateDunning(s.ctx, '2026-12-30', s.propertyId);
    const again = await dunning.generateDunning(s.ctx, '2026-12-30', s.propertyId);
    expect(again.roundsCreated).toBe(0);
    const nov = (await rounds()).filter((r) => r.bill_id === bills[1].id);
    expect(nov.map((r) => [r.round, r.on, r.responsible_role])).toEqual([
      [1, '2026-12-16', 'PROPERTY_ASSISTANT'],
      [2, '2026-12-23', 'CS_SUPERVISOR'],
      [3, '2026-12-30', 'CS_HEAD'],
    ]);
    const enforced = await admin.query(`select enforcement_since::text as d from bills where id = $1`, [
      bills[1].id,
    ]);
    expect(enforced.rows[0].d).toBe('2026-12-30');
  }, 30_000);

  it('R-BIL-6 the daily pass is one job per property at 09:00 property time; it writes the rounds due and moves to the next day', async () => {
    const { s, bills } = await setup();
    const job = async () =>
      (
        await admin.query(
          `select kind, status, run_at, payload->>'propertyId' as property from scheduled_jobs
            where tenant_id = $1 and singleton_key = $2`,
          [s.tenantId, `dunning:${s.propertyId}`],
        )
      ).rows;
    // Learning the property armed its pass at the policy hour (09:00 Shanghai = 01:00 UTC); hearing
    // of it again (a rename) does not arm a second one.
    await deliver(db, s.tenantId, propertyCreatedHandler(clock), {
      propertyId: s.propertyId,
      name: 'Renamed Garden',
      kind: 'RESIDENTIAL',
      timeZone: 'Asia/Shanghai',
    });
    const [armed, ...more] = await job();
    expect(more).toEqual([]);
    expect(armed).toMatchObject({ kind: DUNNING_JOB, status: 'PENDING', property: s.propertyId });
    expect([armed.run_at.getUTCHours(), armed.run_at.getUTCMinutes()]).toEqual([1, 0]);

    // The business day is fixed here, not the wall clock's: the pass of 2026-12-16 is due, and
    // only this company's jobs run: the test database holds other suites' jobs, due too.
    // Only the dunning pass: the property's monthly billing jobs (R-BIL-2) have their own test.
    await admin.query(
      `update scheduled_jobs set run_at = '2000-01-01T00:00:00Z' where tenant_id = $1 and kind = $2`,
      [s.tenantId, DUNNING_JOB],
    );
    const at = new Date('2026-12-16T01:00:00Z');
    const jobClock = { now: () => at };
    const runner = new JobRunner(
      db,
      jobClock,
      log,
      { [DUNNING_JOB]: dunningJob(new DunningService(db, clock), jobClock) },
      {
        pollMs: 0,
      },
    );
    await runner.runDue(at, { tenantId: s.tenantId });
    const rounds = await admin.query(`select bill_id, round from dunning_rounds where tenant_id = $1`, [
      s.tenantId,
    ]);
    expect(rounds.rows).toContainEqual({ bill_id: bills[1].id, round: 1 });
    const [next] = await job();
    expect(next).toMatchObject({ status: 'PENDING' });
    expect(next.run_at.toISOString()).toBe('2026-12-17T01:00:00.000Z');
    // Nothing more of this property is due the same day.
    await runner.runDue(at, { tenantId: s.tenantId });
    expect((await job())[0].run_at.toISOString()).toBe('2026-12-17T01:00:00.000Z');
  });

  it('R-BIL-6 a poll runs batch after batch while they come full: three properties due at once, batches of one', async () => {
    const seeded = [await seedProperty(db, 1), await seedProperty(db, 1), await seedProperty(db, 1)];
    tenants.push(...seeded.map((x) => x.tenantId));
    const ids = seeded.map((x) => x.tenantId);
    await admin.query(
      `update scheduled_jobs set run_at = '2000-01-01T00:00:00Z' where tenant_id = any($1::uuid[]) and kind = $2`,
      [ids, DUNNING_JOB],
    );
    const at = new Date('2026-12-16T01:00:00Z');
    const jobClock = { now: () => at };
    const runner = new JobRunner(
      db,
      jobClock,
      log,
      { [DUNNING_JOB]: dunningJob(new DunningService(db, clock), jobClock) },
      { pollMs: 0, batch: 1 },
    );
    expect(await runner.runDue(at)).toBeGreaterThanOrEqual(3);
    const left = await admin.query(
      `select count(*)::int as n from scheduled_jobs where tenant_id = any($1::uuid[]) and kind = $3 and run_at <= $2`,
      [ids, at, DUNNING_JOB],
    );
    expect(left.rows[0].n).toBe(0);
  });

  it("scheduled jobs: tenants take turns — one company with a backlog due does not hold another company's job behind it", async () => {
    const [busy, quiet] = [await seedProperty(db, 1), await seedProperty(db, 1)];
    tenants.push(busy.tenantId, quiet.tenantId);
    // Only the jobs of this test: a seeded property arms its own dunning and billing jobs.
    await admin.query(`delete from scheduled_jobs where tenant_id = any($1::uuid[])`, [
      [busy.tenantId, quiet.tenantId],
    ]);
    const job = (tenant: string, runAt: string) =>
      admin.query(
        `insert into scheduled_jobs (id, tenant_id, kind, run_at, payload) values (gen_random_uuid(), $1, 'test.fairness', $2, '{}')`,
        [tenant, runAt],
      );
    for (let i = 0; i < 5; i++) await job(busy.tenantId, `1980-01-0${i + 1}T00:00:00Z`);
    await job(quiet.tenantId, '1990-01-01T00:00:00Z');
    const due = async (tenant: string | null) =>
      (
        await admin.query(`select tenant_id from due_scheduled_jobs($1, 2, $2)`, [
          new Date('2026-12-16T01:00:00Z'),
          tenant,
        ])
      ).rows.map((r) => r.tenant_id);
    // Oldest first would give the busy company both places.
    expect(await due(null)).toEqual([busy.tenantId, quiet.tenantId]);
    expect(await due(busy.tenantId)).toEqual([busy.tenantId, busy.tenantId]);
    expect(await due(quiet.tenantId)).toEqual([quiet.tenantId]);
    await admin.query(`delete from scheduled_jobs where kind = 'test.fairness'`);
  });

  it('R-BIL-8 leftover goes to the oldest open bill of the customer; reversal restores both bills (audited)', async () => {
    const { s, p, bills } = await setup();
    const payments = new PaymentService(db, clock);
    const [oct, nov] = bills;
    const pay = await runWithTenant(p, () =>
      payments.record(p, {
        billId: nov.id,
        amountFen: nov.total + 100,
        paidAt: new Date('2026-11-27T02:00:00Z'),
        idempotencyKey: 'k1',
      }),
    );
    expect(pay.unallocatedFen).toBe(0);
    const state = async () =>
      (
        await admin.query(
          `select period, paid_fen::int as paid, status from bills where tenant_id = $1 order by period`,
          [s.tenantId],
        )
      ).rows;
    expect(await state()).toEqual([
      { period: '2026-10', paid: 100, status: 'PARTIALLY_PAID' },
      { period: '2026-11', paid: nov.total, status: 'PAID' },
    ]);
    void oct;
    await runWithTenant(p, () => payments.reverse(p, pay.id, 'bank recall'));
    expect(await state()).toEqual([
      { period: '2026-10', paid: 0, status: 'ISSUED' },
      { period: '2026-11', paid: 0, status: 'ISSUED' },
    ]);
    const audit = await admin.query(`select action from audit_log where entity_id = $1 order by id`, [
      pay.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual(['RECORDED', 'REVERSED']);
  }, 30_000);

  it('R-BIL-5 disputes close 5 days before the due date; a deferral stops the late fee', async () => {
    const { p, bills } = await setup();
    const svc = new BillService(db, clock);
    const nov = bills[1];
    now = new Date('2026-12-10T03:00:00Z'); // due 12-15: last day to dispute is 12-10
    await expect(runWithTenant(p, () => svc.raiseDispute(p, nov.id, 'wrong area'))).resolves.toMatchObject({
      reason: 'wrong area',
    });
    now = new Date('2026-12-11T03:00:00Z');
    await expect(runWithTenant(p, () => svc.raiseDispute(p, nov.id, 'late'))).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
    });
    const bill = (await svc.get(p, nov.id))!;
    const before = await svc.lateFee(p, bill, '2026-12-31');
    expect(before.feeFen).toBeGreaterThan(0); // the dispute alone does not stop the fee
    await svc.grantDeferral(p, nov.id, '2026-12-31', 'agreed');
    expect((await svc.lateFee(p, bill, '2026-12-31')).feeFen).toBe(0);
    now = new Date('2026-11-27T04:00:00Z');
  }, 30_000);
});
