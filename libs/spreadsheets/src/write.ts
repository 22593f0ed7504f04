import { Writable } from 'stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ColumnKind, ColumnSpec, Language, headerOf } from './columns';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Money as yuan with the ¥ sign; negative amounts keep the minus. */
export const YUAN_FORMAT = '"¥"#,##0.00';
const FORMATS: Partial<Record<ColumnKind, string>> = {
  'money-fen': YUAN_FORMAT,
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  int: '0',
  percent: '0.0%',
  // '@' keeps phone and ID numbers typed into a template as text (no 1.37E+10, no lost digits).
  text: '@',
};

/** A register row: values by column key; money in fen, dates `YYYY-MM-DD`, date-times instants. */
export type RegisterRow = Record<string, string | number | Date | null | undefined>;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as the wall-clock time of `timeZone`, carried in a Date's UTC fields: Excel has no
 * zones, so a register shows times as the property's office reads them.
 */
export function wallClock(at: Date, timeZone: string): Date {
  let f = wallClocks.get(timeZone);
  if (!f)
    wallClocks.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })),
    );
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

/** A `YYYY-MM-DD` as the date Excel shows (midnight of that day, no zone). */
const excelDate = (v: string | Date): Date | null => {
  if (v instanceof Date) return v;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
};

/** One cell's value as the sheet stores it. */
export function cellValue(kind: ColumnKind, v: RegisterRow[string], timeZone: string): ExcelJS.CellValue {
  if (v == null || v === '') return null;
  switch (kind) {
    case 'money-fen':
      // Integer fen → yuan: /100 of an integer is the nearest double to the decimal, as Excel keeps it.
      return Number(v) / 100;
    case 'date':
      return excelDate(v as string | Date);
    case 'datetime':
      return wallClock(v instanceof Date ? v : new Date(v), timeZone);
    case 'int':
    case 'number':
    case 'percent':
      return Number(v);
    default:
      return String(v);
  }
}

/** One worksheet of a workbook: its columns and rows. */
export interface SheetSpec {
  columns: readonly ColumnSpec[];
  rows: AsyncIterable<RegisterRow> | Iterable<RegisterRow>;
  sheetName: string;
  /**
   * A cell written as another kind than its column's (a report whose value column holds rates and,
   * on one row, a 1–5 score); the column's kind when it answers undefined.
   */
  kindOf?: (row: RegisterRow, column: ColumnSpec) => ColumnKind | undefined;
}

export interface RegisterOptions extends SheetSpec {
  out: Writable;
  language?: Language;
  /** Date-times are written in this zone's wall-clock (the property's). */
  timeZone?: string;
}

/**
 * A register as .xlsx, streamed: each row is committed to the zip as it comes, so memory stays
 * flat whatever the row count (100,000 rows: see spreadsheets.test.ts). Header in the reader's
 * language, frozen, with an autofilter; money as yuan numbers with ¥, dates as real dates.
 * Waits for `out` to drain, so a slow reader holds the source back instead of filling memory.
 */
export async function writeRegister(o: RegisterOptions): Promise<{ rows: number }> {
  return writeWorkbook({ ...o, sheets: [o] });
}

export interface WorkbookOptions {
  sheets: readonly SheetSpec[];
  out: Writable;
  language?: Language;
  timeZone?: string;
}

/** Several registers in one .xlsx, one sheet each, written as writeRegister writes one. */
export async function writeWorkbook(o: WorkbookOptions): Promise<{ rows: number }> {
  const language = o.language ?? 'zh-CN';
  const timeZone = o.timeZone ?? 'Asia/Shanghai';
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: o.out,
    useStyles: true,
    useSharedStrings: false,
  });
  let n = 0;
  for (const sheet of o.sheets) {
    const ws = wb.addWorksheet(sheet.sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: headerOf(c, language),
      key: c.key,
      width: c.width ?? defaultWidth(c),
      style: FORMATS[c.kind] && c.kind !== 'text' ? { numFmt: FORMATS[c.kind] } : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    for await (const r of sheet.rows) {
      // A refused output (too large, reader gone) stops the reading too, not just the writing.
      if (o.out.destroyed) throw o.out.errored ?? new Error('register output closed');
      const kinds = sheet.columns.map((c) => sheet.kindOf?.(r, c) ?? c.kind);
      const row = ws.addRow(sheet.columns.map((c, i) => cellValue(kinds[i], r[c.key], timeZone)));
      kinds.forEach((k, i) => {
        if (k !== sheet.columns[i].kind) row.getCell(i + 1).numFmt = FORMATS[k] ?? 'General';
      });
      row.commit();
      n++;
      if (n % 500 === 0 && o.out.writableNeedDrain)
        await new Promise<void>((resolve) => o.out.once('drain', resolve));
    }
    ws.commit();
  }
  await wb.commit();
  return { rows: n };
}

const defaultWidth = (c: ColumnSpec) =>
  Math.max(
    10,
    [...c.zh].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 4,
    { 'money-fen': 14, date: 12, datetime: 17, int: 8, number: 12, percent: 10, text: 14 }[c.kind],
  );

export interface TemplateOptions {
  columns: readonly ColumnSpec[];
  /** One example row, in the text a user would type (it is to be deleted before import). */
  example: Record<string, string | number>;
  sheetName: string;
  /** Lines for the second sheet (说明): one per column, then general notes. */
  notes?: string[];
}

/**
 * An import template: Chinese headers (required ones marked *), an example row in grey, widths
 * to fit, text columns formatted as text so phone and ID numbers keep every digit; a second sheet
 * 说明 describes the columns. A pure function of its options.
 */
export async function buildTemplate(o: TemplateOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  // Fixed, so the same template is the same bytes (testable, cacheable).
  wb.created = wb.modified = TEMPLATE_DATE;
  wb.creator = 'pm-platform';
  const ws = wb.addWorksheet(o.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = o.columns.map((c) => ({
    header: c.required ? `${c.zh}*` : c.zh,
    key: c.key,
    width: c.width ?? defaultWidth(c),
    style: FORMATS[c.kind] && c.kind !== 'money-fen' ? { numFmt: FORMATS[c.kind] } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  // The example as text: a template's dates and numbers are typed in, the importer reads both.
  const example = ws.addRow(
    o.columns.map((c) => (o.example[c.key] == null ? null : String(o.example[c.key]))),
  );
  example.font = { italic: true, color: { argb: 'FF808080' } };
  const notes = wb.addWorksheet('说明');
  notes.columns = [
    { header: '列', key: 'col', width: 16 },
    { header: 'Column', key: 'en', width: 16 },
    { header: '说明', key: 'note', width: 60 },
  ];
  notes.getRow(1).font = { bold: true };
  o.columns.forEach((c, i) =>
    notes.addRow({ col: c.zh, en: c.en, note: `${c.required ? '必填。' : '选填。'}${o.notes?.[i] ?? ''}` }),
  );
  for (const line of o.notes?.slice(o.columns.length) ?? []) notes.addRow({ note: line });
  return fixZipDates(Buffer.from(await wb.xlsx.writeBuffer()));
}

const TEMPLATE_DATE = new Date(Date.UTC(2026, 0, 1));

/** exceljs stamps every zip entry with the current time; the template's entries get a fixed one. */
async function fixZipDates(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.forEach((_, entry) => {
    entry.date = TEMPLATE_DATE;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A register would not fit the largest file the service keeps (DOCUMENT_MAX_BYTES). */
export class RegisterTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`register larger than ${maxBytes} bytes`);
  }
}

/**
 * A register as the bytes of one .xlsx, to be stored behind a signed link: the writer still
 * streams (one page of rows in memory), only the zipped output is held, and it is refused as
 * soon as it passes `maxBytes` instead of after reading every row.
 */
export async function registerFile(
  o: Omit<RegisterOptions, 'out'> & { maxBytes: number },
): Promise<{ bytes: Buffer; rows: number }> {
  return workbookFile({ ...o, sheets: [o] });
}

/** Several sheets as the bytes of one .xlsx, bounded like registerFile. */
export async function workbookFile(
  o: Omit<WorkbookOptions, 'out'> & { maxBytes: number },
): Promise<{ bytes: Buffer; rows: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > o.maxBytes) return done(new RegisterTooLargeError(o.maxBytes));
      chunks.push(chunk);
      done();
    },
  });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const { rows } = await Promise.race([writeWorkbook({ ...o, out }), failed]);
  return { bytes: Buffer.concat(chunks), rows };
}
