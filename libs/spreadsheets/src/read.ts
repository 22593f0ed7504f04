import ExcelJS from 'exceljs';
import { SheetRow, parseCsv } from './csv';
import { TextEncoding, decodeText } from './decode';
import { ImportProblem } from './problems';

/**
 * Import limits (README, "Imports"). The gateway's and the subgraphs' request body limits are
 * set above the base64 of MAX_IMPORT_BYTES, so a file just past the limit is still answered
 * VALIDATION_FAILED with this problem rather than a bare 413.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** An .xlsx is a zip: what it may unpack to, checked from its directory before it is opened. */
export const MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024;

/** A file the sheet readers refuse, with the report line that says why. */
export class SheetError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

const fileProblem = (code: ImportProblem['code'], params?: ImportProblem['params']) =>
  new SheetError({ row: 0, column: null, code, params });

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The file's bytes from its base64, the size checked first from the text's length alone (no
 * decoding of an oversized file). Standard alphabet; a data-URL prefix is tolerated.
 */
export function decodeBase64File(contentBase64: string, maxBytes = MAX_IMPORT_BYTES): Buffer {
  const b64 = contentBase64.replace(/^data:[^,]*;base64,/, '');
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  const size = Math.floor((b64.length * 3) / 4) - padding;
  if (size > maxBytes) throw fileProblem('file.tooLarge', { size, max: maxBytes });
  if (b64.length % 4 !== 0 || !BASE64.test(b64)) throw fileProblem('file.notBase64');
  return Buffer.from(b64, 'base64');
}

export interface Sheet {
  format: 'xlsx' | 'csv';
  encoding?: TextEncoding;
  /** The header row, then the data rows with their numbers as a spreadsheet shows them. */
  header: string[];
  rows: SheetRow[];
}

const isZip = (b: Buffer) => b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;

/**
 * A table from an uploaded file: .xlsx (its first worksheet) or CSV in UTF-8, UTF-8 with BOM or
 * GB18030/GBK. The content decides, not the name: an .xlsx is a zip whatever it is called.
 */
export async function readSheet(bytes: Buffer, maxRows = MAX_IMPORT_ROWS): Promise<Sheet> {
  let sheet: Sheet;
  if (isZip(bytes)) sheet = { format: 'xlsx', ...(await readXlsx(bytes)) };
  else {
    const { text, encoding } = decodeText(bytes);
    if (text.includes('\u0000'))
      throw fileProblem('file.unreadable', { reason: 'binary content (.xls is not supported)' });
    let all: SheetRow[];
    try {
      all = parseCsv(text);
    } catch (e) {
      throw fileProblem('file.unreadable', { reason: (e as Error).message });
    }
    const head = all.shift();
    sheet = { format: 'csv', encoding, header: head?.cells ?? [], rows: all };
  }
  return checked(sheet, maxRows);
}

/** A CSV that arrives as text (the older `csv: String` argument), with the same limits. */
export function sheetOfText(csv: string, maxBytes = MAX_IMPORT_BYTES, maxRows = MAX_IMPORT_ROWS): Sheet {
  // Over 3 bytes per character is impossible in UTF-8: the length alone refuses most at once.
  if (csv.length > maxBytes || Buffer.byteLength(csv) > maxBytes)
    throw fileProblem('file.tooLarge', { size: Buffer.byteLength(csv), max: maxBytes });
  let all: SheetRow[];
  try {
    all = parseCsv(csv);
  } catch (e) {
    throw fileProblem('file.unreadable', { reason: (e as Error).message });
  }
  const head = all.shift();
  return checked({ format: 'csv', encoding: 'UTF-8', header: head?.cells ?? [], rows: all }, maxRows);
}

function checked(sheet: Sheet, maxRows: number): Sheet {
  if (!sheet.header.some((h) => h.trim())) throw fileProblem('file.empty');
  if (sheet.rows.length > maxRows)
    throw fileProblem('file.tooManyRows', { rows: sheet.rows.length, max: maxRows });
  return sheet;
}

async function readXlsx(bytes: Buffer): Promise<{ header: string[]; rows: SheetRow[] }> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked == null) throw fileProblem('file.unreadable', { reason: 'not a valid .xlsx (zip) file' });
  if (unpacked > MAX_XLSX_UNPACKED_BYTES)
    throw fileProblem('file.tooLarge', { size: unpacked, max: MAX_XLSX_UNPACKED_BYTES });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as any);
  } catch (e) {
    throw fileProblem('file.unreadable', { reason: (e as Error).message });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw fileProblem('file.empty');
  const all: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    // row.values is 1-based with a hole at 0.
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
    if (cells.some((c) => c.trim() !== '')) all.push({ row: number, cells });
  });
  const head = all.shift();
  return { header: head?.cells ?? [], rows: all };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A cell as the text a CSV would hold. Excel keeps dates as serial numbers without a zone (exceljs
 * hands them over as UTC instants): their UTC fields are the wall-clock the user typed.
 */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const date = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const h = v.getUTCHours();
    const m = v.getUTCMinutes();
    const s = v.getUTCSeconds();
    if (!h && !m && !s) return date;
    return `${date} ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result);
    if ('text' in v) return cellText((v as { text: ExcelJS.CellValue }).text);
    if ('error' in v) return '';
  }
  return String(v);
}

/**
 * What a zip unpacks to, summed from its central directory (no entry is inflated); null when
 * it has no readable directory. A zip64 size counts as too large.
 */
export function zipUnpackedSize(b: Buffer): number | null {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--)
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const entries = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return null;
    const size = b.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size;
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return total;
}
