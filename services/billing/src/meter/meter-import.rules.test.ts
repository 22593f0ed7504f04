import { mapHeader } from '@pm/spreadsheets';
import { MeterKind } from './meter.rules';
import { METER_READING_COLUMNS, parseReadings, planReadings } from './meter-import.rules';

const NOW = new Date('2026-11-26T00:00:00Z');
const U = 'unit-1';
const units = new Map([[`3栋\u00001203`, U]]);
// Shanghai wall-clock → instant, as the service does with the property's zone.
const toInstant = (c: any) =>
  c.zoned
    ? c.at
    : new Date(Date.parse(`${c.date}T00:00:00+08:00`) + c.minuteOfDay * 60_000 + c.second * 1000);

const parse = (header: string[], ...rows: string[][]) =>
  parseReadings(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    mapHeader(header, METER_READING_COLUMNS).index,
    units,
    toInstant,
    NOW,
  );

describe('meter-reading import rows (R-BIL-2)', () => {
  it('reads Chinese and English headers, meter names and wall-clock times in the property zone', () => {
    const zh = parse(
      ['楼栋', '房号', '表类型', '读数', '抄表时间'],
      ['3栋', '1203', '水表', '1,234.5', '2026/11/25 9:30'],
    );
    const en = parse(
      ['Building', 'Unit', 'Meter', 'Reading', 'Read at'],
      ['3栋', '1203', 'water', '1234.5', '2026-11-25 09:30'],
    );
    expect(zh.problems).toEqual([]);
    expect(zh.readings).toEqual([
      {
        row: 2,
        unitId: U,
        meter: MeterKind.WATER,
        reading: 1234.5,
        readAt: new Date('2026-11-25T01:30:00Z'),
      },
    ]);
    expect(en.readings).toEqual(zh.readings);
  });

  it('reports each bad cell with its row and column', () => {
    const r = parse(
      ['楼栋', '房号', '表类型', '读数', '抄表时间'],
      ['3栋', '9999', '热水表', '-1', '2026-13-01'],
      ['3栋', '1203', '电表', '5', '2026-11-27 09:00'],
      ['', '1203', '电表', '5', '2026-11-25'],
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'unitNumber', 'unit.unknown'],
      [2, 'meter', 'cell.choice'],
      [2, 'reading', 'cell.number'],
      [2, 'readAt', 'cell.datetime'],
      [3, 'readAt', 'cell.future'],
      [4, 'building', 'cell.required'],
    ]);
  });

  it('places readings among the recorded ones: unchanged, conflict, lower, higher, consumption and outliers', () => {
    const t = (d: string) => new Date(`${d}T01:00:00Z`);
    const known = [
      {
        unitId: U,
        meter: MeterKind.WATER,
        reading: 100,
        readAt: t('2026-07-25'),
        consumption: null,
        accepted: true,
      },
      {
        unitId: U,
        meter: MeterKind.WATER,
        reading: 110,
        readAt: t('2026-08-25'),
        consumption: 10,
        accepted: true,
      },
      {
        unitId: U,
        meter: MeterKind.WATER,
        reading: 120,
        readAt: t('2026-09-25'),
        consumption: 10,
        accepted: true,
      },
      {
        unitId: U,
        meter: MeterKind.WATER,
        reading: 130,
        readAt: t('2026-10-25'),
        consumption: 10,
        accepted: true,
      },
    ];
    const r = (row: number, reading: number, d: string, meter = MeterKind.WATER) => ({
      row,
      unitId: U,
      meter,
      reading,
      readAt: t(d),
    });
    const ok = planReadings(
      [r(2, 130, '2026-10-25'), r(3, 200, '2026-11-25'), r(4, 7, '2026-11-25', MeterKind.GAS)],
      known,
      () => 5,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.unchanged).toBe(1);
    // 70 > 5 × median 10: held for confirmation.
    expect(ok.planned).toEqual([
      { ...r(3, 200, '2026-11-25'), consumption: 70, outlier: true },
      { ...r(4, 7, '2026-11-25', MeterKind.GAS), consumption: null, outlier: false },
    ]);
    const bad = planReadings(
      [
        r(2, 131, '2026-10-25'),
        r(3, 125, '2026-08-30'),
        r(4, 99, '2026-11-25'),
        r(5, 140, '2026-11-26'),
        r(6, 141, '2026-11-26'),
      ],
      known,
      () => 5,
    );
    expect(bad.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'reading.conflict'],
      [3, 'reading.higher'],
      [4, 'reading.lower'],
      [6, 'row.duplicate'],
    ]);
  });
});
