import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, DateRange, dateWithin, keysetRows } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { ColumnSpec, RegisterRow } from '@pm/spreadsheets';
import { instantsWithin, isCalendarDate } from '@pm/time';
import { maskIdNumber, maskPhone, seesUnmasked } from '../common/pii';
import { Customer } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { CUSTOMER_COLUMNS, KIND_LABELS } from '../import/import.rules';
import { MoveOutReason, MoveOutStatus } from '../moveout/moveout.types';
import { MoveOutRegisterEntry, MoveOutRequest } from '../moveout/moveout.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { UnitProjection } from '../property/property.entity';
import { findProperty } from '../property/property.service';
import { CustomerKind, CustomerSegment } from '../customer/customer.types';

/**
 * Row sources of this service's registers (issue 14): async generators of rows keyed by the
 * columns below, read a page at a time (libs/db keysetRows), tenant- and site-scoped like any
 * request. A writer (libs/spreadsheets writeRegister) turns them into .xlsx.
 */

const SEGMENT_LABELS: Record<CustomerSegment, string> = {
  [CustomerSegment.PROSPECT]: '潜在客户',
  [CustomerSegment.NEW]: '新客户',
  [CustomerSegment.REGULAR]: '常客',
  [CustomerSegment.LOYAL]: '忠诚客户',
};
const MOVE_OUT_STATUS: Record<MoveOutStatus, string> = {
  [MoveOutStatus.PENDING_CLEARANCE]: '待结清',
  [MoveOutStatus.CLEARED]: '已结清',
  [MoveOutStatus.BLOCKED_ARREARS]: '欠费未放行',
  [MoveOutStatus.REJECTED]: '已驳回',
};
const MOVE_OUT_REASON: Record<MoveOutReason, string> = {
  [MoveOutReason.MOVE_OUT]: '迁出',
  [MoveOutReason.OWNERSHIP_TRANSFER]: '产权转让',
};
const kindLabel = (k: string) => KIND_LABELS[k as CustomerKind] ?? k;

/** The customer register: the import's columns first (an export imports back), then more. */
export const CUSTOMER_REGISTER_COLUMNS: ColumnSpec[] = [
  ...CUSTOMER_COLUMNS,
  { key: 'segment', zh: '客户分级', en: 'Segment', kind: 'text' },
  { key: 'registeredAt', zh: '登记时间', en: 'Registered at', kind: 'datetime' },
];
export const MOVE_IN_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'building', zh: '楼栋', en: 'Building', kind: 'text' },
  { key: 'unitNumber', zh: '房号', en: 'Unit', kind: 'text' },
  { key: 'name', zh: '客户姓名', en: 'Customer', kind: 'text' },
  { key: 'kind', zh: '客户类型', en: 'Kind', kind: 'text' },
  { key: 'startDate', zh: '入住日期', en: 'Move-in date', kind: 'date' },
  { key: 'endDate', zh: '迁出日期', en: 'Move-out date', kind: 'date' },
  { key: 'checklistDone', zh: '已完成手续', en: 'Checklist done', kind: 'int' },
  { key: 'checklistTotal', zh: '手续总数', en: 'Checklist items', kind: 'int' },
];
export const MOVE_OUT_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'building', zh: '楼栋', en: 'Building', kind: 'text' },
  { key: 'unitNumber', zh: '房号', en: 'Unit', kind: 'text' },
  { key: 'name', zh: '客户姓名', en: 'Customer', kind: 'text' },
  { key: 'reason', zh: '原因', en: 'Reason', kind: 'text' },
  { key: 'plannedDate', zh: '计划迁出日期', en: 'Planned date', kind: 'date' },
  { key: 'status', zh: '状态', en: 'Status', kind: 'text' },
  { key: 'releasePassNumber', zh: '放行条编号', en: 'Release pass', kind: 'text' },
  { key: 'blockedReason', zh: '未放行原因', en: 'Blocked because', kind: 'text' },
  { key: 'decidedAt', zh: '结清决定时间', en: 'Decided at', kind: 'datetime' },
  { key: 'requestedAt', zh: '申请时间', en: 'Requested at', kind: 'datetime' },
];
export const RELEASE_PASS_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'releasePassNumber', zh: '放行条编号', en: 'Release pass', kind: 'text' },
  { key: 'building', zh: '楼栋', en: 'Building', kind: 'text' },
  { key: 'unitNumber', zh: '房号', en: 'Unit', kind: 'text' },
  { key: 'name', zh: '客户姓名', en: 'Customer', kind: 'text' },
  { key: 'plannedDate', zh: '迁出日期', en: 'Planned date', kind: 'date' },
  { key: 'issuedAt', zh: '签发时间', en: 'Issued at', kind: 'datetime' },
];

/** The property, visible to the caller, with its zone; the range checked. */
async function openRegister(db: Database, p: Principal, propertyId: string, range: DateRange) {
  if (!isUuid(propertyId)) throw notFound('property');
  assertPropertyVisible(p, propertyId);
  for (const [field, v] of Object.entries(range))
    if (v != null && !isCalendarDate(v))
      throw validationFailed('invalid range', [{ field, message: 'YYYY-MM-DD' }]);
  const property = await db.tx((em) => findProperty(em, propertyId), p);
  if (!property) throw notFound('property');
  return property.timeZone;
}

async function unitsOf(em: EntityManager, ids: string[]) {
  const units = ids.length
    ? await em.find(UnitProjection, { id: { $in: [...new Set(ids)] } }, { disableIdentityMap: true })
    : [];
  return new Map(units.map((u) => [u.id, u]));
}

async function namesOf(em: EntityManager, ids: string[]) {
  const rows = ids.length
    ? await em.find(
        Customer,
        { id: { $in: [...new Set(ids)] } },
        { fields: ['id', 'name', 'kind'], disableIdentityMap: true },
      )
    : [];
  return new Map(rows.map((c) => [c.id, c]));
}

/**
 * Customers of a property registered in the range, one row per current occupancy (a customer
 * with none: one row without a unit). Phone, ID number and birthday whole only for the roles
 * that read them whole (pii.ts), each such read logged like a read through the API.
 */
export async function* customerRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  const timeZone = await openRegister(db, p, propertyId, range);
  const whole = seesUnmasked(p);
  const registered = instantsWithin(range, timeZone);
  yield* keysetRows(
    db,
    p,
    Customer,
    { propertyId, ...(registered ? { createdAt: registered } : {}) },
    async (em, page) => {
      const occupancies = await em.find(
        Occupancy,
        { customerId: { $in: page.map((c) => c.id) }, endDate: null },
        { orderBy: { startDate: 'asc', id: 'asc' }, disableIdentityMap: true },
      );
      const units = await unitsOf(
        em,
        occupancies.map((o) => o.unitId),
      );
      if (whole)
        CustomerService.logPiiReads(
          em,
          page.flatMap((c) => [
            { customerId: c.id, field: 'phone' },
            ...(c.idNumber ? [{ customerId: c.id, field: 'idNumber' }] : []),
          ]),
        );
      return page.flatMap((c) => {
        const base = {
          name: c.name,
          phone: whole ? c.phone : maskPhone(c.phone),
          kind: kindLabel(c.kind),
          idNumber: c.idNumber ? (whole ? c.idNumber : maskIdNumber(c.idNumber)) : null,
          birthday: whole ? (c.birthday ?? null) : null,
          segment: SEGMENT_LABELS[c.segment as CustomerSegment] ?? c.segment,
          registeredAt: c.createdAt,
        };
        const own = occupancies.filter((o) => o.customerId === c.id);
        if (!own.length) return [base];
        return own.map((o) => ({
          ...base,
          building: units.get(o.unitId)?.building ?? null,
          unitNumber: units.get(o.unitId)?.number ?? null,
          moveInDate: o.startDate,
        }));
      });
    },
  );
}

/** Move-ins (入伙/入住) of a property whose start date is in the range. */
export async function* moveInRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  await openRegister(db, p, propertyId, range);
  const started = dateWithin(range);
  yield* keysetRows(
    db,
    p,
    Occupancy,
    { propertyId, ...(started ? { startDate: started } : {}) },
    async (em, page) => {
      const units = await unitsOf(
        em,
        page.map((o) => o.unitId),
      );
      const names = await namesOf(
        em,
        page.map((o) => o.customerId),
      );
      return page.map((o) => ({
        building: units.get(o.unitId)?.building,
        unitNumber: units.get(o.unitId)?.number,
        name: names.get(o.customerId)?.name,
        kind: kindLabel(o.kind),
        startDate: o.startDate,
        endDate: o.endDate ?? null,
        checklistDone: o.checklist.filter((i) => i.done).length,
        checklistTotal: o.checklist.length,
      }));
    },
  );
}

/** Move-out requests (迁出) of a property planned in the range. */
export async function* moveOutRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  await openRegister(db, p, propertyId, range);
  const planned = dateWithin(range);
  yield* keysetRows(
    db,
    p,
    MoveOutRequest,
    { propertyId, ...(planned ? { plannedDate: planned } : {}) },
    async (em, page) => {
      const units = await unitsOf(
        em,
        page.map((r) => r.unitId),
      );
      const names = await namesOf(
        em,
        page.map((r) => r.customerId),
      );
      return page.map((r) => ({
        building: units.get(r.unitId)?.building,
        unitNumber: units.get(r.unitId)?.number,
        name: names.get(r.customerId)?.name,
        reason: MOVE_OUT_REASON[r.reason] ?? r.reason,
        plannedDate: r.plannedDate,
        status: MOVE_OUT_STATUS[r.status] ?? r.status,
        releasePassNumber: r.releasePassNumber ?? null,
        blockedReason: r.blockedReason ?? null,
        decidedAt: r.decidedAt ?? null,
        requestedAt: r.createdAt,
      }));
    },
  );
}

/** Release passes (放行条) of a property issued in the range (the move-out register, R-CUS-6). */
export async function* releasePassRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  const timeZone = await openRegister(db, p, propertyId, range);
  const issued = instantsWithin(range, timeZone);
  yield* keysetRows(
    db,
    p,
    MoveOutRegisterEntry,
    { propertyId, ...(issued ? { issuedAt: issued } : {}) },
    async (em, page) => {
      const units = await unitsOf(
        em,
        page.map((r) => r.unitId),
      );
      const names = await namesOf(
        em,
        page.map((r) => r.customerId),
      );
      return page.map((r) => ({
        releasePassNumber: r.releasePassNumber,
        building: units.get(r.unitId)?.building,
        unitNumber: units.get(r.unitId)?.number,
        name: names.get(r.customerId)?.name,
        plannedDate: r.plannedDate,
        issuedAt: r.issuedAt,
      }));
    },
  );
}
