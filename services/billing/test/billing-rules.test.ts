import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { BillRunService } from '../src/run/bill-run.service';
import { DepositService } from '../src/deposit/deposit.service';
import { DepositKind } from '../src/deposit/deposit.rules';
import { FeeScheduleService } from '../src/fee/fee-schedule.service';
import { BILL_RUN_JOB, METER_READING_JOB, billRunJob, meterReadingJob } from '../src/run/billing-cycle.jobs';
import { dateIn } from '@pm/time';
import { policyChangedHandler } from '@pm/policy';
import { DunningService } from '../src/dunning/dunning.service';
import { PaymentService } from '../src/payment/payment.service';
import { BillService } from '../src/bill/bill.service';
import { renovationAcceptedHandler } from '../src/consumers/renovation-accepted.consumer';
import { subletRegisteredHandler } from '../src/consumers/fee-agreement.consumer';
import { occupancyStartedHandler } from '../src/consumers/projection.consumer';
import { uuidv7 } from '@pm/db';
import { cleanupTenants, connectDb, deliver, log, moveIn, seedProperty } from './helpers';

/**
 * Billing rules against the real pm_billing database: fee items (R-BIL-1), the scheduled monthly
 * cycle (R-BIL-2), the collection window (R-BIL-3), payments counted on the bank receipt (R-BIL-8),
 * renovation deposits on renovation.accepted (R-BIL-10), bills to the agreed fee payer (R-CUS-8).
 */
let db: Database;
let admin: Client;
const tenants: string[] = [];
const clock = { now: () => new Date('2026-11-27T04:00:00Z') };

beforeAll(async () => {
  ({ db, admin } = await connectDb());
}, 20_000);
afterAll(async () => {
  await cleanupTenants(admin, tenants);
  await admin.end();
  await db.close();
}, 20_000);

const finance = (ctx: object) =>
  ({
    ...ctx,
    roles: ['FINANCE'],
    realm: 'x',
    cell: 'x',
    actor: { kind: 'user', id: 'u1' },
  }) as unknown as Principal;

async function seeded(units = 2) {
  const s = await seedProperty(db, units);
  tenants.push(s.tenantId);
  return { ...s, p: finance(s.ctx) };
}

async function run(s: { ctx: any; propertyId: string }, period: string, c = clock) {
  const runs = new BillRunService(db, c, log, { chunkSize: 100 });
  await runWithTenant(s.ctx, () => runs.start(s.ctx, { propertyId: s.propertyId, period }));
  await runs.idle();
}

async function linesOf(unitId: string, period: string) {
  return (
    await admin.query(
      `select l.kind, l.quantity::float as q, l.unit_price_fen as p, l.amount_fen::int as a
         from bill_lines l join bills b on b.id = l.bill_id
        where b.unit_id = $1 and b.period = $2 order by l.id`,
      [unitId, period],
    )
  ).rows;
}

describe('R-BIL-1 fee items (database)', () => {
  it('R-BIL-1 air-conditioning per m² every month; the renovation management fee once, on the bill after the deposit', async () => {
    const s = await seeded(2);
    await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
    await new FeeScheduleService(db, clock).set(s.p, {
      propertyId: s.propertyId,
      effectiveFrom: '2026-01-01',
      managementFenPerSqm: 250,
      waterFenPerUnit: 350,
      electricityFenPerUnit: 60,
      gasFenPerUnit: 300,
      airConditioningFenPerSqm: 120,
      renovationManagementFenPerSqm: 500,
    });
    const deposits = new DepositService(db);
    // Unit 0 (80.55 m²) renovates from 2026-11-10: its fee joins the November bill (cut-off the 25th).
    const d = await deposits.record(s.p, {
      unitId: s.unitIds[0],
      kind: DepositKind.RENOVATION,
      amountFen: 200_000,
      receivedOn: '2026-11-10',
    });
    // A utility deposit is no renovation: no fee.
    await deposits.record(s.p, {
      unitId: s.unitIds[1],
      kind: DepositKind.UTILITY,
      amountFen: 50_000,
      receivedOn: '2026-11-10',
    });
    // Unit 1 (81.55 m²) renovates after the cut-off: its fee waits for December.
    await deposits.record(s.p, {
      unitId: s.unitIds[1],
      kind: DepositKind.RENOVATION,
      amountFen: 200_000,
      receivedOn: '2026-11-27',
    });
    await run(s, '2026-11');
    expect(await linesOf(s.unitIds[0], '2026-11')).toEqual([
      { kind: 'MANAGEMENT', q: 80.55, p: 250, a: 20138 },
      { kind: 'AIR_CONDITIONING', q: 80.55, p: 120, a: 9666 },
      { kind: 'RENOVATION_MANAGEMENT', q: 80.55, p: 500, a: 40275 },
    ]);
    expect((await linesOf(s.unitIds[1], '2026-11')).map((l) => l.kind)).toEqual([
      'MANAGEMENT',
      'AIR_CONDITIONING',
    ]);
    const totals = await admin.query(
      `select b.total_fen::int as t, (select sum(amount_fen)::int from bill_lines where bill_id = b.id) as s
         from bills b where b.tenant_id = $1 and b.period = '2026-11'`,
      [s.tenantId],
    );
    for (const r of totals.rows) expect(r.s).toBe(r.t);
    const charged = await admin.query(
      `select source_id, bill_id is not null as billed from fee_charges where tenant_id = $1 order by charged_on`,
      [s.tenantId],
    );
    expect(charged.rows).toEqual([
      { source_id: d.id, billed: true },
      { source_id: expect.any(String), billed: false },
    ]);

    await run(s, '2026-12');
    expect((await linesOf(s.unitIds[0], '2026-12')).map((l) => l.kind)).toEqual([
      'MANAGEMENT',
      'AIR_CONDITIONING',
    ]);
    expect(await linesOf(s.unitIds[1], '2026-12')).toContainEqual({
      kind: 'RENOVATION_MANAGEMENT',
      q: 81.55,
      p: 500,
      a: 40775,
    });
  }, 30_000);

  it('R-BIL-1 without a price the property is charged neither fee (the defaults charge none)', async () => {
    const s = await seeded(1);
    await new DepositService(db).record(s.p, {
      unitId: s.unitIds[0],
      kind: DepositKind.RENOVATION,
      amountFen: 100_000,
      receivedOn: '2026-11-02',
    });
    await run(s, '2026-11');
    expect((await linesOf(s.unitIds[0], '2026-11')).map((l) => l.kind)).toEqual(['MANAGEMENT']);
    const n = await admin.query(`select count(*)::int as n from fee_charges where tenant_id = $1`, [
      s.tenantId,
    ]);
    expect(n.rows[0].n).toBe(0);
  });
});

describe('R-BIL-2 the monthly cycle (database)', () => {
  it('R-BIL-2 learning a property arms its meter-reading and bill-run jobs at the start of the 25th and the 28th, property time', async () => {
    const before = new Date();
    const s = await seeded(1);
    const jobs = (
      await admin.query(
        `select kind, singleton_key as key, run_at from scheduled_jobs
          where tenant_id = $1 and status = 'PENDING' and kind <> 'billing.dunning' order by kind`,
        [s.tenantId],
      )
    ).rows;
    expect(jobs.map((j) => [j.kind, j.key])).toEqual([
      [BILL_RUN_JOB, `bill-run:${s.propertyId}`],
      [METER_READING_JOB, `meter-reading:${s.propertyId}`],
    ]);
    for (const [j, day] of [
      [jobs[0], '28'],
      [jobs[1], '25'],
    ] as const) {
      expect(j.run_at.getTime()).toBeGreaterThan(before.getTime());
      expect(dateIn(j.run_at, 'Asia/Shanghai').slice(8)).toBe(day);
      // Midnight in Shanghai is 16:00 UTC the day before.
      expect([j.run_at.getUTCHours(), j.run_at.getUTCMinutes()]).toEqual([16, 0]);
    }
  });

  it('R-BIL-2 the meter-reading job announces the reading; the bill run, made late, dates the notices per the period', async () => {
    const s = await seeded(2);
    await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
    const job = (kind: string, runAt: string, now: string) =>
      runWithTenant(s.ctx, () =>
        db.tx(
          (em) =>
            (kind === BILL_RUN_JOB
              ? billRunJob(new BillRunService(db, { now: () => new Date(now) }, log, { chunkSize: 100 }))
              : meterReadingJob())(
              em,
              { propertyId: s.propertyId },
              { id: 'x', runAt: new Date(runAt), now: new Date(now) },
            ),
          s.ctx,
        ),
      );
    // Due at 2026-11-25 00:00 Shanghai, run on time.
    const read = await job(METER_READING_JOB, '2026-11-24T16:00:00Z', '2026-11-24T16:00:05Z');
    expect(read).toEqual({ rerunAt: new Date('2026-12-24T16:00:00Z') });
    const announced = await admin.query(
      `select envelope->'payload' as p from outbox where tenant_id = $1 and subject = 'pm.billing.meter_reading.due'`,
      [s.tenantId],
    );
    expect(announced.rows.map((r) => r.p)).toEqual([
      { propertyId: s.propertyId, period: '2026-11', readOn: '2026-11-25', units: 2 },
    ]);
    // Due at 2026-11-28 00:00 Shanghai, but the service was down: it runs on 2 December.
    const billed = await job(BILL_RUN_JOB, '2026-11-27T16:00:00Z', '2026-12-02T01:00:00Z');
    expect(billed).toEqual({ rerunAt: new Date('2026-12-27T16:00:00Z') });
    const bills = await admin.query(
      `select period, issued_on::text as issued, due_date::text as due from bills where tenant_id = $1`,
      [s.tenantId],
    );
    expect(bills.rows).toEqual([
      { period: '2026-11', issued: '2026-11-28', due: '2026-12-15' },
      { period: '2026-11', issued: '2026-11-28', due: '2026-12-15' },
    ]);
  }, 30_000);
});

describe('R-BIL-3 the collection window (database)', () => {
  it('R-BIL-3 a bill keeps the window of its property policy; dunning starts only after the window closes', async () => {
    const s = await seeded(1);
    const other = await seedProperty(db, 1, s.tenantId);
    await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
    // The company opens its windows on the 3rd; one property keeps the 5th.
    await deliver(db, s.tenantId, policyChangedHandler('billing'), {
      key: 'billing.collectionWindowStartDay',
      value: 3,
      effectiveFrom: '2026-01-01',
    });
    await deliver(db, s.tenantId, policyChangedHandler('billing'), {
      key: 'billing.collectionWindowStartDay',
      value: 5,
      propertyId: s.propertyId,
      effectiveFrom: '2026-01-01',
    });
    await run(s, '2026-11');
    await run(other, '2026-11');
    const bills = await admin.query(
      `select property_id, collection_opens_on::text as opens, due_date::text as due from bills where tenant_id = $1`,
      [s.tenantId],
    );
    expect(bills.rows).toEqual(
      expect.arrayContaining([
        { property_id: s.propertyId, opens: '2026-12-05', due: '2026-12-15' },
        { property_id: other.propertyId, opens: '2026-12-03', due: '2026-12-15' },
      ]),
    );
    const dunning = new DunningService(db, clock);
    expect((await dunning.generateDunning(s.ctx, '2026-12-15', s.propertyId)).roundsCreated).toBe(0);
    expect((await dunning.generateDunning(s.ctx, '2026-12-16', s.propertyId)).roundsCreated).toBe(1);
  }, 30_000);
});

describe('R-BIL-8 a payment counts on the bank receipt day (database)', () => {
  it('R-BIL-8 late fee and arrears follow the bank receipt day, not the day the payment is entered', async () => {
    const s = await seeded(2);
    const [early, late] = [
      await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]),
      await moveIn(db, s.tenantId, s.propertyId, s.unitIds[1]),
    ];
    await run(s, '2026-11');
    const bills = (
      await admin.query(
        `select id, customer_id, total_fen::int as total from bills where tenant_id = $1 order by unit_id`,
        [s.tenantId],
      )
    ).rows;
    const billOf = (c: string) => bills.find((b) => b.customer_id === c)!;
    // Both entered on 2026-12-20, after the due date (12-15).
    const payments = new PaymentService(db, { now: () => new Date('2026-12-20T03:00:00Z') });
    // Paid by transfer on the 14th, the bank receipt arrived on the 14th: in time.
    const onTime = await payments.record(s.p, {
      billId: billOf(early).id,
      amountFen: billOf(early).total,
      paidAt: new Date('2026-12-14T02:00:00Z'),
      receivedOn: '2026-12-14',
      idempotencyKey: `k-${early}`,
    });
    // Paid on the 14th too, but its bank receipt arrived only on the 18th: it counts from the 18th.
    const receivedLate = await payments.record(s.p, {
      billId: billOf(late).id,
      amountFen: billOf(late).total,
      paidAt: new Date('2026-12-14T02:00:00Z'),
      receivedOn: '2026-12-18',
      idempotencyKey: `k-${late}`,
    });
    expect([onTime.receivedOn, receivedLate.receivedOn]).toEqual(['2026-12-14', '2026-12-18']);
    const allocations = await admin.query(
      `select bill_id, paid_on::text as on from payment_allocations where tenant_id = $1`,
      [s.tenantId],
    );
    expect(allocations.rows).toEqual(
      expect.arrayContaining([
        { bill_id: billOf(early).id, on: '2026-12-14' },
        { bill_id: billOf(late).id, on: '2026-12-18' },
      ]),
    );
    const bills2 = new BillService(db, { now: () => new Date('2026-12-20T03:00:00Z') });
    const fee = async (id: string) =>
      (await bills2.lateFee(s.p, (await bills2.get(s.p, id))!, '2026-12-20')).feeFen;
    expect(await fee(billOf(early).id)).toBe(0);
    // 12-16 and 12-17 on the whole bill: 81.55 m² × 250 = 20388 fen × 0.0005 × 2 = 20.388 → 20.
    expect(billOf(late).total).toBe(20388);
    expect(await fee(billOf(late).id)).toBe(20);
    const owing = async (asOf: string) =>
      (
        await admin.query(
          `select b.id from bills b where b.tenant_id = $1 and b.total_fen >
             (select coalesce(sum(amount_fen), 0) from payment_allocations a
               where a.bill_id = b.id and not a.reversed and a.paid_on <= $2::date)`,
          [s.tenantId, asOf],
        )
      ).rows.map((r) => r.id);
    expect(await owing('2026-12-17')).toEqual([billOf(late).id]);
    expect(await owing('2026-12-18')).toEqual([]);
  }, 30_000);

  it('R-BIL-8 a bank receipt dated before the payment, or after today, is refused and nothing is written', async () => {
    const s = await seeded(1);
    await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
    await run(s, '2026-11');
    const [bill] = (await admin.query(`select id from bills where tenant_id = $1`, [s.tenantId])).rows;
    const payments = new PaymentService(db, { now: () => new Date('2026-12-20T03:00:00Z') });
    const pay = (receivedOn: string, key: string) =>
      payments
        .record(s.p, {
          billId: bill.id,
          amountFen: 100,
          paidAt: new Date('2026-12-14T02:00:00Z'),
          receivedOn,
          idempotencyKey: key,
        })
        .then(
          () => [],
          (e) => [e.extensions?.code],
        );
    expect(await pay('2026-12-13', 'a')).toEqual(['VALIDATION_FAILED']);
    // 2026-12-21 is tomorrow in Shanghai (12-20 11:00).
    expect(await pay('2026-12-21', 'b')).toEqual(['VALIDATION_FAILED']);
    const n = await admin.query(`select count(*)::int as n from payments where tenant_id = $1`, [s.tenantId]);
    expect(n.rows[0].n).toBe(0);
  });
});

describe('R-BIL-10 renovation.accepted starts the deposit refund period (database, inbox)', () => {
  it('R-BIL-10 the unit’s renovation and utility deposits are accepted once, refundable 3 months later; a late acceptance shows', async () => {
    const s = await seeded(2);
    const deposits = new DepositService(db);
    const rec = (unitId: string, kind: DepositKind, receivedOn = '2026-09-01') =>
      deposits.record(s.p, { unitId, kind, amountFen: 100_000, receivedOn });
    const renovation = await rec(s.unitIds[0], DepositKind.RENOVATION);
    const utility = await rec(s.unitIds[0], DepositKind.UTILITY);
    const pass = await rec(s.unitIds[0], DepositKind.WORKER_PASS);
    const otherUnit = await rec(s.unitIds[1], DepositKind.RENOVATION);
    const accepted = {
      renovationId: uuidv7(),
      customerId: uuidv7(),
      unitId: s.unitIds[0],
      propertyId: s.propertyId,
      acceptedOn: '2026-12-09',
      dueOn: '2026-12-08',
    };
    expect(await deliver(db, s.tenantId, renovationAcceptedHandler, accepted)).toBe(true);
    // The same acceptance again under another message id (a republish) changes nothing.
    await deliver(db, s.tenantId, renovationAcceptedHandler, { ...accepted, acceptedOn: '2026-12-20' });
    // A company B event naming A's unit finds nothing of A's.
    const b = await seedProperty(db, 0);
    tenants.push(b.tenantId);
    await deliver(db, b.tenantId, renovationAcceptedHandler, { ...accepted, renovationId: uuidv7() });
    const rows = (
      await admin.query(
        `select id, accepted_on::text as accepted, refund_due_on::text as due, renovation_id as renovation,
                acceptance_due_on::text as "acceptanceDue" from deposits where tenant_id = $1`,
        [s.tenantId],
      )
    ).rows;
    const row = (id: string) => rows.find((r) => r.id === id);
    const expected = {
      accepted: '2026-12-09',
      due: '2027-03-09',
      renovation: accepted.renovationId,
      acceptanceDue: '2026-12-08',
    };
    expect(row(renovation.id)).toMatchObject(expected);
    expect(row(utility.id)).toMatchObject(expected);
    for (const untouched of [pass.id, otherUnit.id])
      expect(row(untouched)).toMatchObject({ accepted: null, due: null, renovation: null });
    const listed = await deposits.list(s.p, s.propertyId);
    expect(listed.find((d) => d.id === renovation.id)!.acceptedLate).toBe(true);
    // Refundable from the due day on, not before.
    await expect(deposits.refund(s.p, renovation.id, '2027-03-08')).rejects.toThrow(
      /falls due on 2027-03-09/,
    );
    expect((await deposits.refund(s.p, renovation.id, '2027-03-09')).refundedFen).toBe(100_000);
    const audited = await admin.query(
      `select count(*)::int as n from audit_log where tenant_id = $1 and action = 'ACCEPTED'`,
      [s.tenantId],
    );
    expect(audited.rows[0].n).toBe(2);
  }, 30_000);
});

describe('R-CUS-8 bills go to the agreed fee payer (database, inbox)', () => {
  it('R-CUS-8 the sublet names who pays; without one the owner pays, not the latest occupant', async () => {
    const s = await seeded(4);
    const [sublet, ownerPays, noAgreement, tenantOnly] = s.unitIds;
    const occupy = async (unitId: string, kind: string, startDate: string) => {
      const customerId = uuidv7();
      await deliver(db, s.tenantId, occupancyStartedHandler, {
        occupancyId: uuidv7(),
        customerId,
        unitId,
        propertyId: s.propertyId,
        kind,
        startDate,
      });
      return customerId;
    };
    const people: Record<string, { owner: string; lessee?: string }> = {};
    for (const u of [sublet, ownerPays, noAgreement])
      people[u] = {
        owner: await occupy(u, 'OWNER', '2026-01-01'),
        // The lessee moved in later: the latest occupant.
        lessee: await occupy(u, 'TENANT', '2026-06-01'),
      };
    people[tenantOnly] = { owner: await occupy(tenantOnly, 'TENANT', '2026-03-01') };
    const agree = (unitId: string, payer: string) => ({
      subletId: uuidv7(),
      unitId,
      propertyId: s.propertyId,
      ownerId: people[unitId].owner,
      lesseeId: people[unitId].lessee!,
      startDate: '2026-06-01',
      feePayers: [
        { feeItem: 'MANAGEMENT', payer },
        { feeItem: 'WATER', payer: 'LESSEE' },
      ],
    });
    const lesseePays = agree(sublet, 'LESSEE');
    await deliver(db, s.tenantId, subletRegisteredHandler, lesseePays);
    // The same sublet heard again (another message id) is still one agreement.
    await deliver(db, s.tenantId, subletRegisteredHandler, lesseePays);
    await deliver(db, s.tenantId, subletRegisteredHandler, agree(ownerPays, 'OWNER'));
    const agreements = await admin.query(
      `select count(*)::int as n from fee_agreements where tenant_id = $1`,
      [s.tenantId],
    );
    expect(agreements.rows[0].n).toBe(2);
    await run(s, '2026-11');
    const payers = Object.fromEntries(
      (
        await admin.query(
          `select unit_id, customer_id from bills where tenant_id = $1 and period = '2026-11'`,
          [s.tenantId],
        )
      ).rows.map((r) => [r.unit_id, r.customer_id]),
    );
    expect(payers).toEqual({
      [sublet]: people[sublet].lessee,
      [ownerPays]: people[ownerPays].owner,
      [noAgreement]: people[noAgreement].owner,
      [tenantOnly]: people[tenantOnly].owner,
    });
    // Before the sublet began (May), the owner paid the unit the lessee pays for now.
    await run(s, '2026-05');
    const may = await admin.query(`select customer_id from bills where unit_id = $1 and period = '2026-05'`, [
      sublet,
    ]);
    expect(may.rows[0].customer_id).toBe(people[sublet].owner);
  }, 30_000);
});
