import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, DateRange, dateWithin, keysetRows } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { ColumnSpec, RegisterRow } from '@pm/spreadsheets';
import { isCalendarDate } from '@pm/time';
import { Check } from '../check/check.entity';
import { CheckService } from '../check/check.service';
import { PropertyProjection } from '../property/property-projection.entity';
import { CheckKind, SheetKind } from '../scoring/codes';
import { StaffMember } from '../staff/staff-member.entity';

/**
 * Row source of the appraisal-results register (issue 14): every check of the property's staff
 * in the range with its score as it stands (overturned findings cost nothing), a page at a time
 * (libs/db keysetRows), tenant-scoped; the property must be visible to the caller.
 */

const KIND: Record<CheckKind, string> = {
  [CheckKind.DAILY]: '日检',
  [CheckKind.WEEKLY]: '周检',
  [CheckKind.MONTHLY]: '月检',
  [CheckKind.SPOT]: '抽查',
};
const SHEET: Record<SheetKind, string> = {
  [SheetKind.STAFF]: '员工考评表',
  [SheetKind.MANAGER]: '管理人员考评表',
};

export const APPRAISAL_REGISTER_COLUMNS: ColumnSpec[] = [
  { key: 'date', zh: '考评日期', en: 'Date', kind: 'date' },
  { key: 'staff', zh: '被考评人', en: 'Staff', kind: 'text' },
  { key: 'kind', zh: '检查类型', en: 'Kind', kind: 'text' },
  { key: 'sheet', zh: '考评表', en: 'Sheet', kind: 'text' },
  { key: 'checker', zh: '考评人', en: 'Checker', kind: 'text' },
  { key: 'findings', zh: '扣分项数', en: 'Findings', kind: 'int' },
  { key: 'subtotal', zh: '小计', en: 'Subtotal', kind: 'number' },
  { key: 'commendation', zh: '加分', en: 'Commendation', kind: 'number' },
  { key: 'total', zh: '总分', en: 'Total', kind: 'number' },
];

export async function* appraisalRegisterRows(
  db: Database,
  p: Principal,
  propertyId: string,
  range: DateRange = {},
): AsyncGenerator<RegisterRow> {
  if (!isUuid(propertyId)) throw notFound('property');
  assertPropertyVisible(p, propertyId);
  for (const [field, v] of Object.entries(range))
    if (v != null && !isCalendarDate(v))
      throw validationFailed('invalid range', [{ field, message: 'YYYY-MM-DD' }]);
  const staff = await db.tx(async (em) => {
    if (!(await em.findOne(PropertyProjection, { id: propertyId }))) throw notFound('property');
    return em.find(StaffMember, {}, { fields: ['id', 'name', 'propertyIds'], disableIdentityMap: true });
  }, p);
  const names = new Map(staff.map((s) => [s.id, s.name]));
  const ofProperty = staff.filter((s) => s.propertyIds.includes(propertyId)).map((s) => s.id);
  if (!ofProperty.length) return;
  const dated = dateWithin(range);
  yield* keysetRows(
    db,
    p,
    Check,
    { staffId: { $in: ofProperty }, ...(dated ? { date: dated } : {}) },
    async (em, page) =>
      (await CheckService.views(em, page)).map((v) => ({
        date: v.date,
        staff: names.get(v.staff.id) ?? v.staff.id,
        kind: KIND[v.kind] ?? v.kind,
        sheet: SHEET[v.sheet] ?? v.sheet,
        checker: v.checker ? (names.get(v.checker.id) ?? v.checker.id) : null,
        findings: v.findings.length,
        subtotal: v.score.subtotal,
        commendation: v.score.commendation,
        total: v.score.total,
      })),
  );
}
