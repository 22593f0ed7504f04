import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, DateRange, dateWithin, keysetRows } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { ColumnSpec, RegisterRow } from '@pm/spreadsheets';
import { Clock, dateIn, instantsWithin, isCalendarDate } from '@pm/time';
import { ArrearsService } from '../arrears/arrears.service';
import { Bill } from '../bill/bill.entity';
import { BillStatus } from '../bill/bill.rules';
import { ArrearsStage } from '../common/period';
import { DunningRound } from '../dunning/dunning.entity';
import { Payment } from '../payment/payment.entity';
import { PaymentStatus } from '../payment/payment.rules';
import { PropertyProjection, UnitProjection } from '../projection/projection.entity';

/**
 * Row sources of this service's registers (issue 14): async generators of rows keyed by the
 * columns below, a page at a time (libs/db keysetRows), tenant- and site-scoped like any request.
 * Billing knows customers by id only (names and personal data live in customers).
 */

const BILL_STATUS: Record<BillStatus, string> = {
  [BillStatus.ISSUED]: '未缴',
  [BillStatus.PARTIALLY_PAID]: '部分已缴',
  [BillStatus.PAID]: '已缴清',
};
const PAYMENT_STATUS: Record<PaymentStatus, string> = {
  [PaymentStatus.POSTED]: '已入账',
  [PaymentStatus.REVERSED]: '已冲销',
};
/** R-BIL-7 stages, in the order a register lists them (the gravest first). */
export const STAGE_LABELS: Record<ArrearsStage, string> = {
  LEGAL: '诉讼',
  PUBLIC_LISTING: '公示',
  ARREARS: '欠费',
  MEDIATION: '调解',
  OVERDUE: '逾期',
};
const STAGE_ORDER = Object.keys(STAGE_LABELS) as ArrearsStage[];

const unitColumns: ColumnSpec[] = [
  { key: 'building', zh: '楼栋', en: 'Building', kind: 'text' },
  { key: 'unitNumber', zh: '房号', en: 'Unit', kind: 'text' },
];
export const BILL_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'period', zh: '账期', en: 'Period', kind: 'text', width: 10 },
  ...unitColumns,
  { key: 'customerId', zh: '客户编号', en: 'Customer', kind: 'text', width: 38 },
  { key: 'issuedOn', zh: '开单日期', en: 'Issued on', kind: 'date' },
  { key: 'dueDate', zh: '缴费截止日', en: 'Due date', kind: 'date' },
  { key: 'totalFen', zh: '应收金额', en: 'Total', kind: 'money-fen' },
  { key: 'paidFen', zh: '已收金额', en: 'Paid', kind: 'money-fen' },
  { key: 'outstandingFen', zh: '未收金额', en: 'Outstanding', kind: 'money-fen' },
  { key: 'status', zh: '状态', en: 'Status', kind: 'text' },
];
export const PAYMENT_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'receiptNumber', zh: '收据编号', en: 'Receipt', kind: 'text' },
  { key: 'paidAt', zh: '收款时间', en: 'Paid at', kind: 'datetime' },
  ...unitColumns,
  { key: 'period', zh: '账期', en: 'Period', kind: 'text', width: 10 },
  { key: 'customerId', zh: '客户编号', en: 'Customer', kind: 'text', width: 38 },
  { key: 'amountFen', zh: '金额', en: 'Amount', kind: 'money-fen' },
  { key: 'bankReference', zh: '银行流水号', en: 'Bank reference', kind: 'text' },
  { key: 'status', zh: '状态', en: 'Status', kind: 'text' },
  { key: 'reversalReason', zh: '冲销原因', en: 'Reversal reason', kind: 'text' },
];
export const ARREARS_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'stage', zh: '阶段', en: 'Stage', kind: 'text' },
  { key: 'customerId', zh: '客户编号', en: 'Customer', kind: 'text', width: 38 },
  { key: 'units', zh: '欠费房屋', en: 'Units', kind: 'text', width: 24 },
  { key: 'overdueFen', zh: '逾期金额', en: 'Overdue', kind: 'money-fen' },
  { key: 'months', zh: '欠费月数', en: 'Months overdue', kind: 'int' },
  { key: 'oldestDueDate', zh: '最早应缴日', en: 'Oldest due date', kind: 'date' },
  { key: 'asOf', zh: '统计日', en: 'As of', kind: 'date' },
];
export const DUNNING_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'round', zh: '催缴轮次', en: 'Round', kind: 'int' },
  { key: 'scheduledOn', zh: '计划日期', en: 'Scheduled on', kind: 'date' },
  ...unitColumns,
  { key: 'period', zh: '账期', en: 'Period', kind: 'text', width: 10 },
  { key: 'customerId', zh: '客户编号', en: 'Customer', kind: 'text', width: 38 },
  { key: 'outstandingFen', zh: '欠费金额', en: 'Outstanding', kind: 'money-fen' },
  { key: 'method', zh: '方式', en: 'Method', kind: 'text' },
  { key: 'responsibleRole', zh: '责任岗位', en: 'Responsible', kind: 'text' },
  { key: 'deliveredAt', zh: '送达时间', en: 'Delivered at', kind: 'datetime' },
  { key: 'signedReceipt', zh: '签收', en: 'Signed receipt', kind: 'text' },
];

async function openRegister(db: Database, p: Principal, propertyId: string, range: DateRange) {
  if (!isUuid(propertyId)) throw notFound('property');
  assertPropertyVisible(p, propertyId);
  for (const [field, v] of Object.entries(range))
    if (v != null && !isCalendarDate(v))
      throw validationFailed('invalid range', [{ field, message: 'YYYY-MM-DD' }]);
  const property = await db.tx((em) => em.findOne(PropertyProjection, propertyId), p);
  if (!property) throw notFound('property');
  return property.timeZone;
}

async function unitsOf(em: EntityManager, ids: string[]) {
  const wanted = [...new Set(ids)];
  const rows = wanted.length
    ? await em.find(
        UnitProjection,
        { id: { $in: wanted } },
        { fields: ['id', 'building', 'number'], disableIdentityMap: true },
      )
    : [];
  return new Map(rows.map((u) => [u.id, u]));
}

async function billsOf(em: EntityManager, ids: string[]) {
  const wanted = [...new Set(ids)];
  const rows = wanted.length
    ? await em.find(
        Bill,
        { id: { $in: wanted } },
        { fields: ['id', 'period', 'unitId', 'customerId', 'totalFen', 'paidFen'], disableIdentityMap: true },
      )
    : [];
  return new Map(rows.map((b) => [b.id, b]));
}

/** Bills (交款通知书) of a property issued in the range. */
export async function* billRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  await openRegister(db, p, propertyId, range);
  const issued = dateWithin(range);
  yield* keysetRows(
    db,
    p,
    Bill,
    { propertyId, ...(issued ? { issuedOn: issued } : {}) },
    async (em, page) => {
      const units = await unitsOf(
        em,
        page.map((b) => b.unitId),
      );
      return page.map((b) => ({
        period: b.period,
        building: units.get(b.unitId)?.building,
        unitNumber: units.get(b.unitId)?.number,
        customerId: b.customerId ?? null,
        issuedOn: b.issuedOn,
        dueDate: b.dueDate,
        totalFen: b.totalFen,
        paidFen: b.paidFen,
        outstandingFen: b.totalFen - b.paidFen,
        status: BILL_STATUS[b.status] ?? b.status,
      }));
    },
  );
}

/** Payments (收款) of a property received in the range, reversed ones included and marked. */
export async function* paymentRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  const paid = instantsWithin(range, await openRegister(db, p, propertyId, range));
  yield* keysetRows(db, p, Payment, { propertyId, ...(paid ? { paidAt: paid } : {}) }, async (em, page) => {
    const bills = await billsOf(
      em,
      page.map((x) => x.billId),
    );
    const units = await unitsOf(
      em,
      [...bills.values()].map((b) => b.unitId),
    );
    return page.map((x) => {
      const bill = bills.get(x.billId);
      const unit = bill && units.get(bill.unitId);
      return {
        receiptNumber: x.receiptNumber,
        paidAt: x.paidAt,
        building: unit?.building,
        unitNumber: unit?.number,
        period: bill?.period,
        customerId: x.customerId ?? bill?.customerId ?? null,
        amountFen: x.amountFen,
        bankReference: x.bankReference ?? null,
        status: PAYMENT_STATUS[x.status] ?? x.status,
        reversalReason: x.reversalReason ?? null,
      };
    });
  });
}

/**
 * Arrears by stage (R-BIL-7) of a property as of `range.to` (default: today in the property's
 * zone): one row per customer, the gravest stage first, with the units of their overdue bills.
 * The ageing is one aggregate statement (one row per customer, not per bill); units are looked
 * up 1,000 customers at a time.
 */
export async function* arrearsRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
  clock: Clock,
): AsyncGenerator<RegisterRow> {
  const timeZone = await openRegister(db, p, propertyId, range);
  const asOf = range.to ?? dateIn(clock.now(), timeZone);
  const rows = (await db.tx((em) => ArrearsService.rows(em, propertyId, asOf), p)).sort(
    (a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage) || b.overdueFen - a.overdueFen,
  );
  for (let i = 0; i < rows.length; i += 1000) {
    const part = rows.slice(i, i + 1000);
    const unitsBy = await db.tx(async (em) => {
      const bills = await em.find(
        Bill,
        {
          propertyId,
          customerId: { $in: part.map((r) => r.customerId) },
          dueDate: { $lt: asOf },
          status: { $ne: BillStatus.PAID },
        },
        { fields: ['customerId', 'unitId'], disableIdentityMap: true },
      );
      const units = await unitsOf(
        em,
        bills.map((b) => b.unitId),
      );
      const by = new Map<string, Set<string>>();
      for (const b of bills) {
        const u = units.get(b.unitId);
        const set = by.get(b.customerId!) ?? new Set<string>();
        if (u) set.add(`${u.building}-${u.number}`);
        by.set(b.customerId!, set);
      }
      return by;
    }, p);
    yield* part.map((r) => ({
      stage: STAGE_LABELS[r.stage],
      customerId: r.customerId,
      units: [...(unitsBy.get(r.customerId) ?? [])].sort().join('、'),
      overdueFen: r.overdueFen,
      months: r.months,
      oldestDueDate: r.oldestDueDate,
      asOf,
    }));
  }
}

/** Dunning rounds (催缴, R-BIL-6) of a property's bills scheduled in the range. */
export async function* dunningRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  await openRegister(db, p, propertyId, range);
  const scheduled = dateWithin(range);
  // A round has no property of its own: its bill's, through the relation (and the bill's site filter).
  yield* keysetRows(
    db,
    p,
    DunningRound,
    { billId: { propertyId }, ...(scheduled ? { scheduledOn: scheduled } : {}) } as any,
    async (em, page) => {
      const bills = await billsOf(
        em,
        page.map((r) => r.billId),
      );
      const units = await unitsOf(
        em,
        [...bills.values()].map((b) => b.unitId),
      );
      return page.map((r) => {
        const bill = bills.get(r.billId);
        const unit = bill && units.get(bill.unitId);
        return {
          round: r.round,
          scheduledOn: r.scheduledOn,
          building: unit?.building,
          unitNumber: unit?.number,
          period: bill?.period,
          customerId: bill?.customerId ?? null,
          outstandingFen: bill ? bill.totalFen - bill.paidFen : null,
          method: r.method,
          responsibleRole: r.responsibleRole,
          deliveredAt: r.deliveredAt ?? null,
          signedReceipt: r.signedReceipt ? '是' : '否',
        };
      });
    },
  );
}
