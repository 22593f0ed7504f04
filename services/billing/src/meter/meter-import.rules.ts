import {
  ColumnSpec,
  DateTimeCell,
  ImportProblem,
  SheetRow,
  parseDateTimeCell,
  parseNumberCell,
} from '@pm/spreadsheets';
import { MeterKind, isOutlier } from './meter.rules';

/** The meter-reading import's columns, in template order (Chinese, English and key headers accepted). */
export const METER_READING_COLUMNS: ColumnSpec[] = [
  { key: 'building', zh: '楼栋', en: 'Building', kind: 'text', required: true, aliases: ['楼号', '栋'] },
  {
    key: 'unitNumber',
    zh: '房号',
    en: 'Unit',
    kind: 'text',
    required: true,
    aliases: ['房间号', '门牌号', 'unit number'],
  },
  { key: 'meter', zh: '表类型', en: 'Meter', kind: 'text', required: true, aliases: ['表计', '仪表', '表'] },
  {
    key: 'reading',
    zh: '读数',
    en: 'Reading',
    kind: 'number',
    required: true,
    aliases: ['本期读数', '表读数'],
  },
  {
    key: 'readAt',
    zh: '抄表时间',
    en: 'Read at',
    kind: 'datetime',
    required: true,
    width: 18,
    aliases: ['抄表日期', '读表时间'],
  },
];

export const METER_TEMPLATE = {
  example: {
    building: '3栋',
    unitNumber: '1203',
    meter: '水表',
    reading: '123.45',
    readAt: '2026-11-25 09:30',
  },
  notes: [
    '与系统中的楼栋名称一致。',
    '与系统中的房号一致。',
    '水表、电表或燃气表（也可写 WATER、ELECTRICITY、GAS）。',
    '不小于 0 的数字，最多三位小数；不能小于同一表之前的读数。',
    'YYYY-MM-DD HH:mm，项目所在时区；只写日期表示当天 0 点；不能晚于现在。',
    '第 2 行为示例，导入前请删除。整份文件要么全部导入，要么一行也不导入；重复导入同一文件不会重复记录。',
    '用量超过近 12 次用量中位数的倍数（政策 billing.meterOutlierFactor）的读数待确认后才计费。',
    '支持 .xlsx 和 CSV（UTF-8 或 GBK），文件不超过 4 MB、20,000 行。',
  ],
};

export const METER_LABELS: Record<MeterKind, string> = {
  [MeterKind.WATER]: '水表',
  [MeterKind.ELECTRICITY]: '电表',
  [MeterKind.GAS]: '燃气表',
};
const METERS = new Map<string, MeterKind>([
  ...Object.values(MeterKind).flatMap((k): [string, MeterKind][] => [
    [k.toLowerCase(), k],
    [METER_LABELS[k], k],
  ]),
  ['水', MeterKind.WATER],
  ['电', MeterKind.ELECTRICITY],
  ['燃气', MeterKind.GAS],
  ['气表', MeterKind.GAS],
  ['煤气表', MeterKind.GAS],
]);
const METER_CHOICES = Object.values(MeterKind)
  .map((k) => `${METER_LABELS[k]}/${k}`)
  .join(', ');

/** Readings and consumptions are kept to three decimals (numeric(14, 3)). */
export const milli = (x: number) => Math.round(x * 1000) / 1000;

export interface ParsedReading {
  row: number;
  unitId: string;
  meter: MeterKind;
  reading: number;
  readAt: Date;
}

/**
 * Each data row checked on its own: a unit of the property, a meter kind, a reading, a time not
 * in the future. `toInstant` turns a wall-clock cell into an instant in the property's zone.
 */
export function parseReadings(
  rows: readonly SheetRow[],
  index: ReadonlyMap<string, number>,
  units: ReadonlyMap<string, string>,
  toInstant: (c: DateTimeCell) => Date,
  now: Date,
): { problems: ImportProblem[]; readings: ParsedReading[] } {
  const problems: ImportProblem[] = [];
  const readings: ParsedReading[] = [];
  const at = (cells: string[], key: string) => (cells[index.get(key) ?? -1] ?? '').trim();
  for (const { row, cells } of rows) {
    const mine: ImportProblem[] = [];
    const need = (key: string) => {
      const v = at(cells, key);
      if (!v) mine.push({ row, column: key, code: 'cell.required' });
      return v;
    };
    const building = need('building');
    const unitNumber = need('unitNumber');
    const unitId = building && unitNumber ? (units.get(`${building}\u0000${unitNumber}`) ?? null) : null;
    if (building && unitNumber && !unitId)
      mine.push({
        row,
        column: 'unitNumber',
        code: 'unit.unknown',
        params: { unit: `${building}-${unitNumber}` },
      });
    const meterText = need('meter');
    const meter = meterText ? (METERS.get(meterText.toLowerCase()) ?? null) : null;
    if (meterText && !meter)
      mine.push({ row, column: 'meter', code: 'cell.choice', params: { choices: METER_CHOICES } });
    const readingText = need('reading');
    const value = readingText ? parseNumberCell(readingText) : null;
    if (readingText && (value == null || value >= 1e11))
      mine.push({ row, column: 'reading', code: 'cell.number' });
    const readAtText = need('readAt');
    const cell = readAtText ? parseDateTimeCell(readAtText) : null;
    if (readAtText && !cell) mine.push({ row, column: 'readAt', code: 'cell.datetime' });
    const readAt = cell ? toInstant(cell) : null;
    // A few minutes' grace for a reader's clock, as recordMeterReading allows.
    if (readAt && readAt.getTime() > now.getTime() + 5 * 60_000)
      mine.push({ row, column: 'readAt', code: 'cell.future' });
    if (mine.length) problems.push(...mine);
    else readings.push({ row, unitId: unitId!, meter: meter!, reading: milli(value!), readAt: readAt! });
  }
  return { problems, readings };
}

export interface KnownReading {
  unitId: string;
  meter: MeterKind;
  reading: number;
  readAt: Date;
  consumption: number | null;
  accepted: boolean;
}

export interface PlannedReading extends ParsedReading {
  consumption: number | null;
  outlier: boolean;
}

const seriesKey = (r: { unitId: string; meter: MeterKind }) => `${r.unitId}/${r.meter}`;

/**
 * The file's readings placed among the meter's readings already recorded (R-BIL-2): the same
 * reading at the same time again is unchanged (so a re-upload writes nothing); another value at
 * a recorded time, a reading below an earlier one or above a later one is a problem of its row.
 * Consumption is the difference to the previous reading, file and record merged in time order;
 * an outlier (> factor × the median of the last 12 accepted consumptions) waits for confirmation.
 */
export function planReadings(
  readings: readonly ParsedReading[],
  known: readonly KnownReading[],
  factorOn: (r: ParsedReading) => number,
): { problems: ImportProblem[]; planned: PlannedReading[]; unchanged: number } {
  type Point = {
    reading: number;
    readAt: Date;
    consumption: number | null;
    accepted: boolean;
    row?: number;
    parsed?: ParsedReading;
  };
  const series = new Map<string, Point[]>();
  const push = (k: string, p: Point) => {
    const s = series.get(k);
    if (s) s.push(p);
    else series.set(k, [p]);
  };
  for (const k of known) push(seriesKey(k), { ...k });
  const problems: ImportProblem[] = [];
  let unchanged = 0;
  const firstRow = new Map<string, ParsedReading>();
  for (const r of readings) {
    const at = `${seriesKey(r)}@${r.readAt.getTime()}`;
    const twin = firstRow.get(at);
    if (twin) {
      if (twin.reading === r.reading) unchanged++;
      else
        problems.push({
          row: r.row,
          column: 'readAt',
          code: 'row.duplicate',
          params: { firstRow: twin.row },
        });
      continue;
    }
    firstRow.set(at, r);
    push(seriesKey(r), {
      reading: r.reading,
      readAt: r.readAt,
      consumption: null,
      accepted: true,
      row: r.row,
      parsed: r,
    });
  }
  const planned: PlannedReading[] = [];
  const fmt = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ') + 'Z';
  for (const points of series.values()) {
    if (!points.some((p) => p.parsed)) continue;
    points.sort((a, b) => a.readAt.getTime() - b.readAt.getTime() || (a.parsed ? 1 : 0) - (b.parsed ? 1 : 0));
    // Recorded and planned points, in time order: each new one is checked against its neighbours.
    const kept: Point[] = [];
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      if (!p.parsed) {
        kept.push(p);
        continue;
      }
      const r = p.parsed;
      const prev = kept[kept.length - 1];
      if (prev && !prev.parsed && prev.readAt.getTime() === r.readAt.getTime()) {
        if (prev.reading === r.reading) unchanged++;
        else
          problems.push({
            row: r.row,
            column: 'reading',
            code: 'reading.conflict',
            params: { existing: prev.reading },
          });
        continue;
      }
      if (prev && r.reading < prev.reading) {
        problems.push({
          row: r.row,
          column: 'reading',
          code: 'reading.lower',
          params: { reading: r.reading, previous: prev.reading, at: fmt(prev.readAt) },
        });
        continue;
      }
      const next = points.slice(i + 1).find((q) => !q.parsed);
      if (next && next.readAt.getTime() !== r.readAt.getTime() && r.reading > next.reading) {
        problems.push({
          row: r.row,
          column: 'reading',
          code: 'reading.higher',
          params: { reading: r.reading, next: next.reading, at: fmt(next.readAt) },
        });
        continue;
      }
      const consumption = prev ? milli(r.reading - prev.reading) : null;
      const history = kept
        .filter((q) => q.accepted && q.consumption != null)
        .slice(-12)
        .map((q) => q.consumption!);
      const outlier = consumption != null && isOutlier(consumption, history, factorOn(r));
      p.consumption = consumption;
      p.accepted = !outlier;
      kept.push(p);
      planned.push({ ...r, consumption, outlier });
    }
  }
  planned.sort((a, b) => a.row - b.row);
  problems.sort((a, b) => a.row - b.row);
  return { problems, planned, unchanged };
}
