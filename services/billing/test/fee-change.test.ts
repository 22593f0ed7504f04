import { randomUUID } from 'crypto';
import { Client } from 'pg';
import { Principal } from '@pm/auth';
import { Database, uuidv7 } from '@pm/db';
import { runWithTenant } from '@pm/tenant-context';
import { testClock } from '@pm/testing';
import { addDays, addPeriods, dateIn, monthOf } from '@pm/time';
import { FeeChangeService } from '../src/fee/fee-change.service';
import { FeeScheduleService } from '../src/fee/fee-schedule.service';
import { FeeApprovalAuthority, FeeChangeStatus } from '../src/fee/fee-change.rules';
import { BillRunService } from '../src/run/bill-run.service';
import { cleanupTenants, connectDb, log, moveIn, seedProperty } from './helpers';

/**
 * R-BIL-11 fee changes against pm_billing: proposed, approved by another person, announced the
 * notice days ahead, then billed from the effective date. Every date comes from the test clock.
 */
let db: Database;
let admin: Client;
const tenants: string[] = [];

beforeAll(async () => {
  ({ db, admin } = await connectDb());
  changes = new FeeChangeService(db, testClock);
}, 20_000);
afterAll(async () => {
  await cleanupTenants(admin, tenants);
  await admin.end();
  await db.close();
}, 20_000);

const person = (ctx: object, id: string, roles: string[], propertyScope: string[] | 'ALL' = 'ALL') =>
  ({
    ...ctx,
    roles,
    realm: 'x',
    cell: 'x',
    propertyScope,
    actor: { kind: 'user', id },
  }) as unknown as Principal;

const PRICES = {
  managementFenPerSqm: 250,
  waterFenPerUnit: 350,
  electricityFenPerUnit: 60,
  gasFenPerUnit: 300,
};
const today = () => dateIn(testClock.now(), 'Asia/Shanghai');
let changes: FeeChangeService;

async function seeded() {
  const s = await seedProperty(db, 1);
  tenants.push(s.tenantId);
  return {
    ...s,
    finance: person(s.ctx, 'finance-1', ['FINANCE']),
    manager: person(s.ctx, 'manager-1', ['SITE_MANAGER']),
  };
}

async function managementPrice(tenantId: string, unitId: string, period: string) {
  const r = await admin.query(
    `select l.unit_price_fen as p from bill_lines l join bills b on b.id = l.bill_id
      where b.tenant_id = $1 and b.unit_id = $2 and b.period = $3 and l.kind = 'MANAGEMENT'`,
    [tenantId, unitId, period],
  );
  return r.rows.map((x) => x.p);
}

const statusOf = async (id: string) =>
  (await admin.query(`select status from fee_changes where id = $1`, [id])).rows[0]?.status;

describe('R-BIL-11 fee changes (database)', () => {
  it('R-BIL-11 a change is proposed, approved by another person, announced 30 days ahead; bills before its date keep the old price', async () => {
    const s = await seeded();
    await moveIn(db, s.tenantId, s.propertyId, s.unitIds[0]);
    const fees = new FeeScheduleService(db, testClock);
    // The first schedule of a property is its contract price: set directly.
    await fees.set(s.finance, { propertyId: s.propertyId, effectiveFrom: '2026-01-01', ...PRICES });
    await expect(
      fees.set(s.finance, {
        propertyId: s.propertyId,
        effectiveFrom: addDays(today(), 40),
        ...PRICES,
        managementFenPerSqm: 300,
      }),
    ).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
      message: expect.stringMatching(/R-BIL-11/),
    });

    // Announced today for 20 days on: too late, and nothing reaches the schedule.
    const soon = await changes.propose(s.finance, {
      propertyId: s.propertyId,
      effectiveFrom: addDays(today(), 20),
      ...PRICES,
      managementFenPerSqm: 280,
    });
    await changes.approve(s.manager, {
      id: soon.id,
      authority: FeeApprovalAuthority.OWNERS_COMMITTEE,
      approvalReference: '业委会决议〔2026〕7号',
    });
    await expect(changes.notify(s.finance, { id: soon.id, noticeDate: today() })).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
      message: expect.stringMatching(/^notice too late/),
    });
    expect(await statusOf(soon.id)).toBe(FeeChangeStatus.APPROVED);

    const effective = addDays(today(), 40);
    const c = await changes.propose(s.finance, {
      propertyId: s.propertyId,
      effectiveFrom: effective,
      ...PRICES,
      managementFenPerSqm: 300,
      reason: '人工成本上涨',
    });
    expect(c.status).toBe(FeeChangeStatus.PROPOSED);
    await expect(changes.notify(s.finance, { id: c.id, noticeDate: today() })).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
      message: 'the fee change is not approved yet',
    });
    const approved = await changes.approve(s.manager, {
      id: c.id,
      authority: FeeApprovalAuthority.PRICE_BUREAU,
      approvalReference: '价备〔2026〕12号',
    });
    expect(approved).toMatchObject({
      status: FeeChangeStatus.APPROVED,
      approvedBy: 'manager-1',
      approvalAuthority: 'PRICE_BUREAU',
      approvalReference: '价备〔2026〕12号',
    });
    const notified = await changes.notify(s.finance, { id: c.id, noticeDate: today() });
    expect(notified).toMatchObject({
      status: FeeChangeStatus.NOTIFIED,
      noticeDate: today(),
      notifiedBy: 'finance-1',
    });
    // Announced once: a second notice is refused.
    await expect(changes.notify(s.finance, { id: c.id, noticeDate: today() })).rejects.toMatchObject({
      extensions: { code: 'VALIDATION_FAILED' },
    });

    expect((await fees.get(s.finance, s.propertyId, addDays(effective, -1)))?.managementFenPerSqm).toBe(250);
    expect((await fees.get(s.finance, s.propertyId, effective))?.managementFenPerSqm).toBe(300);
    const runs = new BillRunService(db, testClock, log, { chunkSize: 100 });
    // This month's period ends within 31 days, before the change; the period three months on after it.
    const before = monthOf(today());
    const after = addPeriods(before, 3);
    for (const period of [before, after]) {
      await runWithTenant(s.ctx, () => runs.start(s.ctx, { propertyId: s.propertyId, period }));
      await runs.idle();
    }
    expect(await managementPrice(s.tenantId, s.unitIds[0], before)).toEqual([250]);
    expect(await managementPrice(s.tenantId, s.unitIds[0], after)).toEqual([300]);
    expect(
      (await admin.query(`select action from audit_log where entity_id = $1 order by id`, [c.id])).rows.map(
        (r) => r.action,
      ),
    ).toEqual(['PROPOSED', 'APPROVED', 'NOTIFIED']);
    expect((await changes.list(s.manager, s.propertyId, FeeChangeStatus.NOTIFIED)).map((x) => x.id)).toEqual([
      c.id,
    ]);
  }, 60_000);

  it('R-BIL-11 the proposer cannot approve their own change (FORBIDDEN), whatever their role', async () => {
    const s = await seeded();
    const c = await changes.propose(s.manager, {
      propertyId: s.propertyId,
      effectiveFrom: addDays(today(), 45),
      ...PRICES,
    });
    await expect(
      changes.approve(s.manager, {
        id: c.id,
        authority: FeeApprovalAuthority.OWNERS_COMMITTEE,
        approvalReference: 'x-1',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      changes.approve(person(s.ctx, 'hq-1', ['HQ']), {
        id: c.id,
        authority: FeeApprovalAuthority.OWNERS_COMMITTEE,
        approvalReference: ' ',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
    expect(await statusOf(c.id)).toBe(FeeChangeStatus.PROPOSED);
    // A change in the past or today would reprice days already billed.
    await expect(
      changes.propose(s.finance, { propertyId: s.propertyId, effectiveFrom: today(), ...PRICES }),
    ).rejects.toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
  }, 30_000);

  it('R-BIL-11 another company and another site get NOT_FOUND or nothing', async () => {
    const s = await seeded();
    const c = await changes.propose(s.finance, {
      propertyId: s.propertyId,
      effectiveFrom: addDays(today(), 45),
      ...PRICES,
    });
    const otherTenant = randomUUID();
    tenants.push(otherTenant);
    const other = person({ tenantId: otherTenant }, 'manager-1', ['SITE_MANAGER']);
    await expect(
      changes.approve(other, {
        id: c.id,
        authority: FeeApprovalAuthority.OWNERS_COMMITTEE,
        approvalReference: 'x-1',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    await expect(changes.notify(other, { id: c.id, noticeDate: today() })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    await expect(
      changes.propose(other, { propertyId: s.propertyId, effectiveFrom: addDays(today(), 45), ...PRICES }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await changes.list(other, s.propertyId)).toEqual([]);
    // A site manager of another property of the same company.
    const elsewhere = person(s.ctx, 'manager-2', ['SITE_MANAGER'], [uuidv7()]);
    await expect(
      changes.approve(elsewhere, {
        id: c.id,
        authority: FeeApprovalAuthority.OWNERS_COMMITTEE,
        approvalReference: 'x-1',
      }),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await changes.list(elsewhere, s.propertyId)).toEqual([]);
    expect(await statusOf(c.id)).toBe(FeeChangeStatus.PROPOSED);
  }, 30_000);

  it('R-BIL-11 where the policy asks no approval, the schedule is changed directly', async () => {
    const s = await seeded();
    const fees = new FeeScheduleService(db, testClock);
    await fees.set(s.finance, { propertyId: s.propertyId, effectiveFrom: '2026-01-01', ...PRICES });
    await admin.query(
      `insert into policy_projection (event_id, tenant_id, key, property_id, value, effective_from, occurred_at)
       values ($1, $2, 'billing.feeChangeApprovalRequired', $3, 'false'::jsonb, '2000-01-01', now())`,
      [uuidv7(), s.tenantId, s.propertyId],
    );
    const from = addDays(today(), 10);
    await fees.set(s.finance, {
      propertyId: s.propertyId,
      effectiveFrom: from,
      ...PRICES,
      managementFenPerSqm: 260,
    });
    expect((await fees.get(s.finance, s.propertyId, from))?.managementFenPerSqm).toBe(260);
  }, 30_000);
});
