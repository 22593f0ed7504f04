import { PassThrough, Writable } from 'stream';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  ColumnSpec,
  MAX_IMPORT_BYTES,
  PROBLEM_CODES,
  RegisterTooLargeError,
  SheetError,
  buildTemplate,
  decodeBase64File,
  decodeText,
  mapHeader,
  parseCsv,
  problemMessage,
  readSheet,
  registerFile,
  wallClock,
  writeRegister,
  zipUnpackedSize,
} from './index';

const COLUMNS: ColumnSpec[] = [
  { key: 'name', zh: '姓名', en: 'Name', kind: 'text', required: true },
  { key: 'phone', zh: '手机号', en: 'Phone', kind: 'text', required: true, aliases: ['电话'] },
  { key: 'amount', zh: '金额', en: 'Amount', kind: 'money-fen' },
  { key: 'due', zh: '到期日', en: 'Due date', kind: 'date' },
  { key: 'at', zh: '时间', en: 'Time', kind: 'datetime' },
  { key: 'n', zh: '数量', en: 'Count', kind: 'int' },
];

const TEXT = '姓名,手机号,备注\r\n王芳,13700000001,"含,逗号"\r\n"李""四""",13700000002,"两\n行"\r\n,,\r\n';

describe('decodeText: BOM, then strict UTF-8, else GB18030', () => {
  it('reads UTF-8, UTF-8 with BOM and GBK to the same text', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const gbk = iconv.encode(TEXT, 'gbk');
    expect(decodeText(utf8)).toEqual({ text: TEXT, encoding: 'UTF-8' });
    expect(decodeText(bom)).toEqual({ text: TEXT, encoding: 'UTF-8-BOM' });
    expect(decodeText(gbk)).toEqual({ text: TEXT, encoding: 'GB18030' });
    // Characters outside GBK (GB18030 four-byte sequences) too.
    expect(decodeText(iconv.encode('𠀀,㐀', 'gb18030')).text).toBe('𠀀,㐀');
  });

  it('a short GBK text that is not valid UTF-8 is not taken for UTF-8', () => {
    for (const s of ['王', '张三', '业主', '3栋'])
      expect(decodeText(iconv.encode(s, 'gbk'))).toEqual({ text: s, encoding: 'GB18030' });
  });
});

describe('parseCsv', () => {
  it('numbers rows as a spreadsheet shows them and keeps quoted commas, quotes and newlines', () => {
    expect(parseCsv(TEXT)).toEqual([
      { row: 1, cells: ['姓名', '手机号', '备注'] },
      { row: 2, cells: ['王芳', '13700000001', '含,逗号'] },
      { row: 3, cells: ['李"四"', '13700000002', '两\n行'] },
    ]);
    expect(parseCsv('a\n\nb')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 3, cells: ['b'] },
    ]);
  });
  it('refuses an unterminated quote', () => expect(() => parseCsv('a,"b\n')).toThrow('unterminated'));
});

describe('mapHeader', () => {
  it('accepts Chinese, English, keys, aliases and required marks; reports missing and repeated columns', () => {
    expect([...mapHeader(['姓名*', 'PHONE', ' 金额（必填）', 'x'], COLUMNS).index]).toEqual([
      ['name', 0],
      ['phone', 1],
      ['amount', 2],
    ]);
    expect(mapHeader(['电话', 'Phone'], COLUMNS).problems).toEqual([
      { column: 'phone', code: 'header.duplicate' },
      { column: 'name', code: 'header.missing' },
    ]);
  });
});

describe('decodeBase64File: the size is checked before decoding', () => {
  it('refuses a file over the limit from the length of its text alone', () => {
    const over = 'A'.repeat(Math.ceil(((MAX_IMPORT_BYTES + 1) * 4) / 3 / 4) * 4);
    const spy = jest.spyOn(Buffer, 'from');
    let err: unknown;
    try {
      decodeBase64File(over);
    } catch (e) {
      err = e;
    }
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(err).toBeInstanceOf(SheetError);
    expect((err as SheetError).problem).toMatchObject({ row: 0, code: 'file.tooLarge' });
    expect(problemMessage((err as SheetError).problem, 'zh-CN')).toMatch(/^文件过大：4\.0 MB，上限 4\.0 MB$/);
  });
  it('accepts a file of exactly the limit, and refuses text that is not base64', () => {
    expect(decodeBase64File(Buffer.alloc(MAX_IMPORT_BYTES).toString('base64')).length).toBe(MAX_IMPORT_BYTES);
    expect(() => decodeBase64File('a$b=')).toThrow(SheetError);
  });
});

describe('readSheet', () => {
  it('a GBK CSV, a UTF-8 CSV and an .xlsx made by exceljs give the same rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('导入');
    ws.addRow(['姓名', '手机号', '备注']);
    ws.addRow(['王芳', '13700000001', '含,逗号']);
    ws.addRow([{ richText: [{ text: '李"' }, { text: '四"' }] }, 13700000002, '两\n行']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const fromGbk = await readSheet(iconv.encode(TEXT, 'gbk'));
    const fromUtf8 = await readSheet(Buffer.from(TEXT));
    const fromXlsx = await readSheet(xlsx);
    expect(fromGbk).toMatchObject({ format: 'csv', encoding: 'GB18030' });
    expect(fromXlsx.format).toBe('xlsx');
    for (const s of [fromUtf8, fromXlsx]) {
      expect(s.header).toEqual(fromGbk.header);
      expect(s.rows).toEqual(fromGbk.rows);
    }
  });

  it('reads Excel dates as the wall-clock typed, formulas as their result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['d', 'dt', 'f']);
    ws.addRow([
      new Date(Date.UTC(2026, 10, 25)),
      new Date(Date.UTC(2026, 10, 25, 8, 30)),
      { formula: '1+1', result: 2 },
    ]);
    const s = await readSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(s.rows).toEqual([{ row: 2, cells: ['2026-11-25', '2026-11-25 08:30', '2'] }]);
  });

  it('refuses too many rows, an empty file, binary junk and a zip that unpacks too far', async () => {
    await expect(readSheet(Buffer.from('a\n1\n2\n3\n'), 2)).rejects.toMatchObject({
      problem: { code: 'file.tooManyRows', params: { rows: 3, max: 2 } },
    });
    await expect(readSheet(Buffer.from('\r\n'))).rejects.toMatchObject({ problem: { code: 'file.empty' } });
    await expect(readSheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toMatchObject({
      problem: { code: 'file.unreadable' },
    });
    const fake = Buffer.from('PK\u0003\u0004 not a zip');
    await expect(readSheet(fake)).rejects.toMatchObject({ problem: { code: 'file.unreadable' } });
  });

  it('zipUnpackedSize sums the directory of a real .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').addRow(['x'.repeat(5000)]);
    const b = Buffer.from(await wb.xlsx.writeBuffer());
    expect(zipUnpackedSize(b)).toBeGreaterThan(5000);
    expect(zipUnpackedSize(Buffer.from('nothing'))).toBeNull();
  });
});

describe('problem messages', () => {
  it('every code reads in zh-CN and en', () => {
    const params = {
      size: 1,
      max: 2,
      rows: 3,
      reason: 'r',
      choices: 'a',
      unit: 'u',
      firstRow: 2,
      reading: 1,
      previous: 1,
      next: 1,
      at: 't',
      existing: 1,
    };
    for (const code of PROBLEM_CODES)
      for (const lang of ['zh-CN', 'en'] as const) {
        const m = problemMessage({ code, params }, lang);
        expect(m).not.toMatch(/undefined/);
        if (lang === 'zh-CN') expect(m).toMatch(/[\u4e00-\u9fff]/);
      }
  });
});

describe('templates and registers', () => {
  it('a template has Chinese headers (required marked), the example row, widths, and reads back', async () => {
    const bytes = await buildTemplate({
      columns: COLUMNS,
      example: { name: '王芳', phone: '13700000001', due: '2026-11-30' },
      sheetName: '导入',
    });
    // Across a change of the zip format's two-second clock, which stamps each entry.
    await new Promise((r) => setTimeout(r, 2_100));
    expect(
      await buildTemplate({
        columns: COLUMNS,
        example: { name: '王芳', phone: '13700000001', due: '2026-11-30' },
        sheetName: '导入',
      }),
    ).toEqual(bytes);
    const s = await readSheet(bytes);
    expect(s.header).toEqual(['姓名*', '手机号*', '金额', '到期日', '时间', '数量']);
    expect(s.rows).toEqual([{ row: 2, cells: ['王芳', '13700000001', '', '2026-11-30'] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as any);
    expect(wb.worksheets[0].getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(wb.worksheets[1].name).toBe('说明');
  });

  it('a register: yuan with ¥, real dates, wall-clock times, frozen header, autofilter', async () => {
    const chunks: Buffer[] = [];
    const out = new PassThrough();
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeRegister({
      columns: COLUMNS,
      rows: (async function* () {
        yield {
          name: '王芳',
          phone: '13700000001',
          amount: 123456,
          due: '2026-11-30',
          at: new Date('2026-11-25T16:30:00Z'),
          n: 3,
        };
        yield { name: 'Li', phone: null, amount: -5 };
      })(),
      out,
      sheetName: '账单',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as any);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '姓名', '手机号', '金额', '到期日', '时间', '数量']);
    expect(ws.getCell('C2').value).toBe(1234.56);
    expect(ws.getCell('C2').numFmt).toBe('"¥"#,##0.00');
    expect(ws.getCell('C3').value).toBe(-0.05);
    expect(ws.getCell('D2').value).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(ws.getCell('D2').numFmt).toBe('yyyy-mm-dd');
    // 16:30 UTC is 00:30 the next day in Shanghai.
    expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 10, 26, 0, 30)));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:F1');
    expect(wallClock(new Date('2026-01-01T00:00:00Z'), 'Asia/Shanghai')).toEqual(
      new Date(Date.UTC(2026, 0, 1, 8)),
    );
  });

  it('100,000 rows stream with heap growth under 100 MB', async () => {
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _e, cb) {
        bytes += chunk.length;
        // Asynchronous, like a socket: backpressure is exercised.
        setImmediate(cb);
      },
    });
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    const rows = async function* () {
      for (let i = 0; i < 100_000; i++) {
        if (i % 1000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
        yield {
          name: `客户${i}`,
          phone: `139${String(i).padStart(8, '0')}`,
          amount: i * 37,
          due: '2026-11-30',
          at: new Date(1_790_000_000_000 + i * 60_000),
          n: i,
        };
      }
    };
    const t0 = Date.now();
    const done = new Promise((r) => sink.on('finish', r));
    const { rows: n } = await writeRegister({ columns: COLUMNS, rows: rows(), out: sink, sheetName: 'big' });
    await done;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const growthMb = (peak - heap0) / 1048576;
    console.log(
      `register of ${n} rows: ${(bytes / 1048576).toFixed(1)} MB .xlsx in ${((Date.now() - t0) / 1000).toFixed(1)} s, heap peak +${growthMb.toFixed(1)} MB`,
    );
    expect(n).toBe(100_000);
    expect(growthMb).toBeLessThan(100);
  }, 300_000);

  it('registerFile: the bytes of a register, read back; past maxBytes refused and the rows stop being read', async () => {
    const { bytes, rows } = await registerFile({
      columns: COLUMNS,
      rows: [{ name: '王芳', phone: '13700000001', amount: 12345, due: '2026-11-30', n: 3 }],
      sheetName: '登记表',
      maxBytes: 1_000_000,
    });
    expect(rows).toBe(1);
    const back = await readSheet(bytes);
    expect(back.header).toEqual(['姓名', '手机号', '金额', '到期日', '时间', '数量']);
    expect(back.rows[0].cells.slice(0, 3)).toEqual(['王芳', '13700000001', '123.45']);
    let read = 0;
    const endless = async function* () {
      for (;;) {
        read++;
        // A page of rows at a time comes from the database: the event loop (zip, output) runs between pages.
        if (read % 100 === 0) await new Promise(setImmediate);
        yield { name: `客户${read}`, phone: `139${String(read).padStart(8, '0')}`, amount: read };
      }
    };
    await expect(
      registerFile({ columns: COLUMNS, rows: endless(), sheetName: 'big', maxBytes: 200_000 }),
    ).rejects.toBeInstanceOf(RegisterTooLargeError);
    // Refused within a few pages of rows past the limit, not after reading for ever.
    expect(read).toBeLessThan(200_000);
  }, 60_000);
});

describe('cells as typed', () => {
  it('dates in the forms Chinese Excel and people write', async () => {
    const { parseDateCell, parseDateTimeCell, parseNumberCell } = await import('./cells');
    expect(['2025-03-01', '2025/3/1', '2025.3.1', '2025年3月1日'].map(parseDateCell)).toEqual(
      Array(4).fill('2025-03-01'),
    );
    expect(['2025-02-29', '2025-13-01', '1/3/2025', '2025-03-01x'].map(parseDateCell)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(parseDateTimeCell('2026/11/25 9:30')).toEqual({
      zoned: false,
      date: '2026-11-25',
      minuteOfDay: 570,
      second: 0,
    });
    expect(parseDateTimeCell('2026-11-25')).toEqual({
      zoned: false,
      date: '2026-11-25',
      minuteOfDay: 0,
      second: 0,
    });
    expect(parseDateTimeCell('2026-11-25T01:30:00Z')).toEqual({
      zoned: true,
      at: new Date('2026-11-25T01:30:00Z'),
    });
    expect(parseDateTimeCell('2026-11-25 24:00')).toBeNull();
    expect(['12.5', '1,234.5', '0', '-1', 'x', ''].map(parseNumberCell)).toEqual([
      12.5,
      1234.5,
      0,
      null,
      null,
      null,
    ]);
  });
});
