import { mapHeader, problemMessage } from '@pm/spreadsheets';
import { CustomerKind } from '../customer/customer.types';
import { CUSTOMER_COLUMNS, legacyRejections, parseKind, planImport, recordsOf } from './import.rules';

const units = new Map([[`3栋\u00001203`, 'u1']]);

describe('customer import rows (R-CUS-1, R-CUS-4)', () => {
  it('Chinese, English and the older key headers map to the same records', () => {
    const rows = [
      { row: 2, cells: ['王芳', '13700000001', '业主', '', '1990/1/1', '3栋', '1203', '2025/3/1'] },
    ];
    const zh = ['姓名', '手机号', '客户类型', '证件号码', '生日', '楼栋', '房号', '入住日期'];
    const en = ['Name', 'Phone', 'Kind', 'ID number', 'Birthday', 'Building', 'Unit', 'Move-in date'];
    const keys = ['name', 'phone', 'kind', 'idNumber', 'birthday', 'building', 'unitNumber', 'moveInDate'];
    const plans = [zh, en, keys].map((h) =>
      planImport(recordsOf(rows, mapHeader(h, CUSTOMER_COLUMNS).index), units),
    );
    expect(plans[0]).toEqual({
      problems: [],
      rows: [
        {
          row: 2,
          name: '王芳',
          phone: '13700000001',
          kind: CustomerKind.OWNER,
          idNumber: null,
          birthday: '1990-01-01',
          moveInDate: '2025-03-01',
          unitId: 'u1',
        },
      ],
    });
    expect(plans[1]).toEqual(plans[0]);
    expect(plans[2]).toEqual(plans[0]);
  });

  it('reports row, column and problem, readable in zh-CN and en', () => {
    const index = mapHeader(
      CUSTOMER_COLUMNS.map((c) => c.zh),
      CUSTOMER_COLUMNS,
    ).index;
    const { problems } = planImport(
      recordsOf(
        [
          { row: 2, cells: ['', 'x', '房东', '123', '1990-02-30', '3栋', '9', ''] },
          { row: 3, cells: ['李四', '13700000002', 'lessee', '', '', '3栋', '1203', ''] },
        ],
        index,
      ),
      units,
    );
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'name', 'cell.required'],
      [2, 'phone', 'cell.phone'],
      [2, 'kind', 'cell.choice'],
      [2, 'idNumber', 'cell.idNumber'],
      [2, 'birthday', 'cell.date'],
      [2, 'unitNumber', 'unit.unknown'],
      [2, 'moveInDate', 'unit.dateRequired'],
      [3, 'moveInDate', 'unit.dateRequired'],
    ]);
    expect(problemMessage(problems[1], 'zh-CN')).toBe('不是有效的电话号码');
    expect(legacyRejections(problems.slice(1, 2), (p) => problemMessage(p, 'en'))).toEqual([
      { line: 2, reasons: ['phone is not a phone number'] },
    ]);
    expect(parseKind('外部客户')).toBe(CustomerKind.EXTERNAL);
  });
});

describe('one current owner per unit', () => {
  it('an owner row for a unit owned by someone else (recorded or an earlier row) is reported', async () => {
    const { ownerConflicts } = await import('./import.rules');
    const O = CustomerKind.OWNER;
    expect(
      ownerConflicts(
        [
          { row: 2, unitId: 'u1', kind: O, who: 'c1' },
          { row: 3, unitId: 'u1', kind: O, who: 'key:new' },
          { row: 4, unitId: 'u2', kind: O, who: 'key:a' },
          { row: 5, unitId: 'u2', kind: O, who: 'key:a' },
          { row: 6, unitId: 'u2', kind: O, who: 'key:b' },
          { row: 7, unitId: 'u2', kind: CustomerKind.LESSEE, who: 'key:c' },
        ],
        new Map([['u1', 'c1']]),
      ),
    ).toEqual([
      { row: 3, column: 'unitNumber', code: 'unit.hasOwner' },
      { row: 6, column: 'unitNumber', code: 'unit.hasOwner' },
    ]);
  });
});
