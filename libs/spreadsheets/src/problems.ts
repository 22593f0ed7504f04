import { ColumnSpec, Language, headerOf } from './columns';

/**
 * One line of an import's row report: where (row as the spreadsheet numbers it, 1 = header;
 * 0 = the file as a whole) and what, as a stable code with its values. Messages are made from the
 * code in the reader's language when the report is shown, so a stored report reads in either.
 */
export interface ImportProblem {
  row: number;
  /** The column's key, or null when the problem is the row's or the file's. */
  column: string | null;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

type Params = Record<string, string | number>;
type Message = Record<Language, (p: Params) => string>;

const MESSAGES = {
  'file.tooLarge': {
    'zh-CN': (p) => `文件过大：${mb(p.size)}，上限 ${mb(p.max)}`,
    en: (p) => `the file is too large: ${mb(p.size)}, the limit is ${mb(p.max)}`,
  },
  'file.notBase64': {
    'zh-CN': () => '文件内容不是 Base64 编码',
    en: () => 'the file content is not base64',
  },
  'file.unreadable': {
    'zh-CN': (p) => `无法读取文件（仅支持 .xlsx 和 .csv）：${p.reason}`,
    en: (p) => `the file cannot be read (only .xlsx and .csv): ${p.reason}`,
  },
  'file.empty': { 'zh-CN': () => '文件没有表头行', en: () => 'the file has no header row' },
  'file.tooManyRows': {
    'zh-CN': (p) => `行数过多：${p.rows} 行，上限 ${p.max} 行`,
    en: (p) => `too many rows: ${p.rows}, the limit is ${p.max}`,
  },
  'header.missing': { 'zh-CN': () => '缺少此列', en: () => 'this column is missing' },
  'header.duplicate': { 'zh-CN': () => '此列出现了两次', en: () => 'this column appears twice' },
  'cell.required': { 'zh-CN': () => '必填', en: () => 'is required' },
  'cell.tooLong': {
    'zh-CN': (p) => `不能超过 ${p.max} 个字符`,
    en: (p) => `must be at most ${p.max} characters`,
  },
  'cell.phone': { 'zh-CN': () => '不是有效的电话号码', en: () => 'is not a phone number' },
  'cell.idNumber': {
    'zh-CN': () => '不是有效的身份证或护照号码',
    en: () => 'is not an ID or passport number',
  },
  'cell.email': { 'zh-CN': () => '不是有效的电子邮箱', en: () => 'is not an e-mail address' },
  'cell.date': {
    'zh-CN': () => '应为日期，格式 YYYY-MM-DD',
    en: () => 'must be a date, YYYY-MM-DD',
  },
  'cell.datetime': {
    'zh-CN': () => '应为日期时间，格式 YYYY-MM-DD HH:mm',
    en: () => 'must be a date and time, YYYY-MM-DD HH:mm',
  },
  'cell.future': { 'zh-CN': () => '不能晚于当前时间', en: () => 'must not be in the future' },
  'cell.number': {
    'zh-CN': () => '应为不小于 0 的数字',
    en: () => 'must be a number not below 0',
  },
  'cell.choice': {
    'zh-CN': (p) => `应为以下之一：${p.choices}`,
    en: (p) => `must be one of: ${p.choices}`,
  },
  'unit.unknown': {
    'zh-CN': (p) => `本项目没有房屋 ${p.unit}`,
    en: (p) => `${p.unit} is not a unit of this property`,
  },
  'unit.hasOwner': {
    'zh-CN': () => '该房屋已有在住业主（一套房屋同时只有一位业主）',
    en: () => 'the unit already has a current owner',
  },
  'unit.dateRequired': {
    'zh-CN': () => '填写了房屋时必须填写入住日期',
    en: () => 'a move-in date is required when a unit is given',
  },
  'row.duplicate': {
    'zh-CN': (p) => `与第 ${p.firstRow} 行重复`,
    en: (p) => `repeats row ${p.firstRow}`,
  },
  'reading.lower': {
    'zh-CN': (p) => `读数 ${p.reading} 小于之前 ${p.at} 的读数 ${p.previous}`,
    en: (p) => `reading ${p.reading} is lower than the earlier reading ${p.previous} at ${p.at}`,
  },
  'reading.higher': {
    'zh-CN': (p) => `读数 ${p.reading} 大于之后 ${p.at} 的读数 ${p.next}`,
    en: (p) => `reading ${p.reading} is higher than the later reading ${p.next} at ${p.at}`,
  },
  'reading.conflict': {
    'zh-CN': (p) => `该时间已有不同的读数 ${p.existing}`,
    en: (p) => `a different reading ${p.existing} is already recorded at this time`,
  },
  'import.failed': {
    'zh-CN': (p) => `导入失败：${p.reason}`,
    en: (p) => `the import failed: ${p.reason}`,
  },
} satisfies Record<string, Message>;

export type ProblemCode = keyof typeof MESSAGES;

const mb = (bytes: string | number | undefined) => `${(Number(bytes) / 1048576).toFixed(1)} MB`;

export function problemMessage(p: Pick<ImportProblem, 'code' | 'params'>, language: Language): string {
  const m: Message | undefined = (MESSAGES as Record<string, Message>)[p.code];
  return m ? m[language](p.params ?? {}) : p.code;
}

/** The column's header in the reader's language (its key when the column is not one of `columns`). */
export function columnLabel(
  column: string | null,
  columns: readonly ColumnSpec[],
  language: Language,
): string | null {
  if (column == null) return null;
  const c = columns.find((x) => x.key === column);
  return c ? headerOf(c, language) : column;
}

/** Every code has both languages (a unit test walks them). */
export const PROBLEM_CODES = Object.keys(MESSAGES) as ProblemCode[];
