import { customerProblems } from '../customer/customer.rules';
import { isCalendarDate } from '@pm/time';

/** RFC 4180-ish CSV: UTF-8 with or without BOM, quoted fields with "" escapes and newlines, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Columns: name, phone, kind, idNumber, birthday, building, unitNumber, moveInDate (header names, any order). */
export const REQUIRED_COLUMNS = ['name', 'phone', 'kind'];

export type ImportRecord = Record<string, string>;

export interface PlannedRow {
  /** Line in the file (1 = header). */
  line: number;
  rec: ImportRecord;
  unitId: string | null;
}

/**
 * Every row checked before anything is written (all or nothing): a customer record (R-CUS-1)
 * and, when a unit is named, a unit of this property with a move-in date. `units` maps
 * `building\0number` to the unit id.
 */
export function planImport(
  records: ImportRecord[],
  units: ReadonlyMap<string, string>,
): { rejected: { line: number; reasons: string[] }[]; rows: PlannedRow[] } {
  const rejected: { line: number; reasons: string[] }[] = [];
  const rows: PlannedRow[] = [];
  records.forEach((rec, i) => {
    const reasons = customerProblems({
      name: rec.name ?? '',
      phone: rec.phone ?? '',
      kind: rec.kind?.toUpperCase() ?? '',
      idNumber: rec.idNumber || null,
      birthday: rec.birthday || null,
      email: rec.email || null,
    }).map((p) => `${p.field} ${p.message}`);
    let unitId: string | null = null;
    if (rec.building || rec.unitNumber) {
      unitId = units.get(unitKey(rec.building ?? '', rec.unitNumber ?? '')) ?? null;
      if (!unitId) reasons.push(`unit ${rec.building}-${rec.unitNumber} is not a unit of this property`);
      if (!isCalendarDate(rec.moveInDate ?? ''))
        reasons.push('moveInDate must be YYYY-MM-DD when a unit is given');
    }
    if (reasons.length) rejected.push({ line: i + 2, reasons });
    else rows.push({ line: i + 2, rec, unitId });
  });
  return { rejected, rows };
}

export const unitKey = (building: string, number: string) => `${building}\u0000${number}`;
