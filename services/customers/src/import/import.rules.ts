import { ColumnSpec, ImportProblem, SheetRow, parseDateCell } from '@pm/spreadsheets';
import { customerProblems } from '../customer/customer.rules';
import { CustomerKind } from '../customer/customer.types';

/**
 * The customer import's columns, in template order. Headers in Chinese (the template's), the
 * English names and the older CSV keys (name, phone, kind, …) are all accepted.
 */
export const CUSTOMER_COLUMNS: ColumnSpec[] = [
  { key: 'name', zh: '姓名', en: 'Name', kind: 'text', required: true, aliases: ['客户姓名', '客户名称'] },
  {
    key: 'phone',
    zh: '手机号',
    en: 'Phone',
    kind: 'text',
    required: true,
    aliases: ['电话', '联系电话', '手机'],
  },
  { key: 'kind', zh: '客户类型', en: 'Kind', kind: 'text', required: true, aliases: ['类型', '身份'] },
  {
    key: 'idNumber',
    zh: '证件号码',
    en: 'ID number',
    kind: 'text',
    width: 22,
    aliases: ['身份证号', '身份证号码'],
  },
  { key: 'birthday', zh: '生日', en: 'Birthday', kind: 'date', aliases: ['出生日期'] },
  { key: 'building', zh: '楼栋', en: 'Building', kind: 'text', aliases: ['楼号', '栋'] },
  { key: 'unitNumber', zh: '房号', en: 'Unit', kind: 'text', aliases: ['房间号', '门牌号', 'unit number'] },
  { key: 'moveInDate', zh: '入住日期', en: 'Move-in date', kind: 'date', aliases: ['入伙日期'] },
];

/** The template's example row and the notes of its 说明 sheet (one per column, in order). */
export const CUSTOMER_TEMPLATE = {
  example: {
    name: '王芳',
    phone: '13800000000',
    kind: '业主',
    idNumber: '440301199001011234',
    birthday: '1990-01-01',
    building: '3栋',
    unitNumber: '1203',
    moveInDate: '2025-03-01',
  },
  notes: [
    '1–100 个字符。',
    '手机或固定电话。',
    '业主、租户、住户或外部客户（也可写 OWNER、LESSEE、OCCUPANT、EXTERNAL）。',
    '身份证或护照号码；同一项目内按证件号码（没有时按手机号）识别同一客户。',
    'YYYY-MM-DD。',
    '与系统中的楼栋名称一致；与房号一起填写。',
    '与系统中的房号一致。',
    'YYYY-MM-DD；填写了楼栋和房号时必填。',
    '第 2 行为示例，导入前请删除。整份文件要么全部导入，要么一行也不导入；重复导入同一文件不会重复登记。',
    '支持 .xlsx 和 CSV（UTF-8 或 GBK），文件不超过 4 MB、20,000 行。',
  ],
};

export const KIND_LABELS: Record<CustomerKind, string> = {
  [CustomerKind.OWNER]: '业主',
  [CustomerKind.LESSEE]: '租户',
  [CustomerKind.OCCUPANT]: '住户',
  [CustomerKind.EXTERNAL]: '外部客户',
};
const KINDS = new Map<string, CustomerKind>(
  Object.values(CustomerKind).flatMap((k) => [
    [k.toLowerCase(), k],
    [KIND_LABELS[k], k],
  ]),
);
KINDS.set('租客', CustomerKind.LESSEE);
KINDS.set('承租人', CustomerKind.LESSEE);
export const KIND_CHOICES = Object.values(CustomerKind)
  .map((k) => `${KIND_LABELS[k]}/${k}`)
  .join(', ');

export const parseKind = (v: string): CustomerKind | null => KINDS.get(v.trim().toLowerCase()) ?? null;

export const parseDate = parseDateCell;

export interface ImportRecord {
  name: string;
  phone: string;
  kind: string;
  idNumber: string;
  birthday: string;
  building: string;
  unitNumber: string;
  moveInDate: string;
}

/** A sheet's data rows as records by column key, each with its row number. */
export function recordsOf(rows: readonly SheetRow[], index: ReadonlyMap<string, number>) {
  const at = (cells: string[], key: string) => {
    const i = index.get(key);
    return i == null ? '' : (cells[i] ?? '').trim();
  };
  return rows.map((r) => ({
    row: r.row,
    rec: Object.fromEntries(
      CUSTOMER_COLUMNS.map((c) => [c.key, at(r.cells, c.key)]),
    ) as unknown as ImportRecord,
  }));
}

export interface PlannedRow {
  /** Row as the spreadsheet numbers it (1 = header). */
  row: number;
  name: string;
  phone: string;
  kind: CustomerKind;
  idNumber: string | null;
  birthday: string | null;
  moveInDate: string | null;
  unitId: string | null;
}

/** What registration's rule (R-CUS-1) says of a field, as a report code. */
const FIELD_CODES: Record<string, (rec: ImportRecord) => Pick<ImportProblem, 'code' | 'params'>> = {
  name: (rec) => (rec.name ? { code: 'cell.tooLong', params: { max: 100 } } : { code: 'cell.required' }),
  phone: (rec) => ({ code: rec.phone ? 'cell.phone' : 'cell.required' }),
  kind: () => ({ code: 'cell.choice', params: { choices: KIND_CHOICES } }),
  idNumber: () => ({ code: 'cell.idNumber' }),
  birthday: () => ({ code: 'cell.date' }),
  email: () => ({ code: 'cell.email' }),
};

/**
 * Every row checked before anything is written (all or nothing): a customer record (R-CUS-1)
 * and, when a unit is named, a unit of this property with a move-in date. `units` maps
 * `building\0number` to the unit id.
 */
export function planImport(
  records: readonly { row: number; rec: ImportRecord }[],
  units: ReadonlyMap<string, string>,
): { problems: ImportProblem[]; rows: PlannedRow[] } {
  const problems: ImportProblem[] = [];
  const rows: PlannedRow[] = [];
  for (const { row, rec } of records) {
    const mine: ImportProblem[] = [];
    const kind = parseKind(rec.kind);
    const birthday = rec.birthday ? parseDate(rec.birthday) : null;
    for (const p of customerProblems({
      name: rec.name,
      phone: rec.phone,
      kind: kind ?? rec.kind,
      idNumber: rec.idNumber || null,
      birthday: rec.birthday ? (birthday ?? rec.birthday) : null,
    }))
      mine.push({ row, column: p.field, ...FIELD_CODES[p.field](rec) });
    let unitId: string | null = null;
    let moveInDate: string | null = null;
    if (rec.building || rec.unitNumber) {
      unitId = units.get(unitKey(rec.building, rec.unitNumber)) ?? null;
      if (!unitId)
        mine.push({
          row,
          column: rec.unitNumber ? 'unitNumber' : 'building',
          code: 'unit.unknown',
          params: { unit: `${rec.building}-${rec.unitNumber}` },
        });
      moveInDate = parseDate(rec.moveInDate);
      if (!moveInDate)
        mine.push({ row, column: 'moveInDate', code: rec.moveInDate ? 'cell.date' : 'unit.dateRequired' });
    }
    if (mine.length) problems.push(...mine);
    else
      rows.push({
        row,
        name: rec.name,
        phone: rec.phone,
        kind: kind!,
        idNumber: rec.idNumber || null,
        birthday,
        moveInDate,
        unitId,
      });
  }
  return { problems, rows };
}

export const unitKey = (building: string, number: string) => `${building}\u0000${number}`;

/** Report lines grouped per row, in English, for the older `rejected { line reasons }` field. */
export function legacyRejections(
  problems: readonly ImportProblem[],
  message: (p: ImportProblem) => string,
): { line: number; reasons: string[] }[] {
  const by = new Map<number, string[]>();
  for (const p of problems) {
    const reasons = by.get(p.row) ?? [];
    reasons.push(`${p.column ? `${p.column} ` : ''}${message(p)}`);
    by.set(p.row, reasons);
  }
  return [...by].map(([line, reasons]) => ({ line, reasons }));
}

/**
 * A unit has one current owner (occupancies_one_owner_uq): an owner row for a unit whose current
 * owner is someone else — in the database or in an earlier row — is a problem of its row, found
 * before anything is written. `who` is the known customer's id, or the new customer's natural key.
 */
export function ownerConflicts(
  rows: readonly { row: number; unitId: string | null; kind: CustomerKind; who: string }[],
  owners: ReadonlyMap<string, string>,
): ImportProblem[] {
  const taken = new Map(owners);
  const out: ImportProblem[] = [];
  for (const r of rows) {
    if (!r.unitId || r.kind !== CustomerKind.OWNER) continue;
    const who = taken.get(r.unitId);
    if (who && who !== r.who) out.push({ row: r.row, column: 'unitNumber', code: 'unit.hasOwner' });
    else taken.set(r.unitId, r.who);
  }
  return out;
}
