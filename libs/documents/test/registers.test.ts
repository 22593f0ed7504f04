import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { codes, gql, testClock, testDatabaseUrl } from '@pm/testing';
import { addDays, dateIn, monthOf } from '@pm/time';
import {
  Company,
  Platform,
  createProperty,
  inviteStaff,
  removeCompanies,
  signUpCompany,
  starter,
  startPlatform,
  until,
} from '@pm/testing/kit';

/**
 * Issue 14, registers out: each owning subgraph's exportXxxRegister answers a Document whose
 * signed link on the gateway serves an .xlsx (Chinese headers, ¥ money, real dates, frozen
 * header); roles, sites and companies are held apart; bad input is VALIDATION_FAILED.
 */
jest.setTimeout(240_000);

const SECRET = 'registers-test-link-secret-0123456789';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOC = 'fileName contentType byteSize url expiresAt';

let p: Platform;
let a: Company;
let b: Company;
let X: string;
let Y: string;
let finance: { token: string };
let frontDesk: { token: string };
let billingDb: Client;
const units: Record<string, string> = {};
const today = () => dateIn(testClock.now(), 'Asia/Shanghai');
const PERIOD = monthOf(today());

async function ok(query: string, variables: Record<string, unknown> = {}, token = a.token) {
  const r = await gql(p.gatewayUrl, query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

const BILLING = `mutation($k: BillingRegisterKind!, $p: ID!, $f: Date, $t: Date, $l: DocumentLanguage) {
  exportBillingRegister(kind: $k, propertyId: $p, from: $f, to: $t, language: $l) { ${DOC} } }`;
const CUSTOMERS = `mutation($k: CustomerRegisterKind!, $p: ID!, $f: Date, $t: Date) {
  exportCustomerRegister(kind: $k, propertyId: $p, from: $f, to: $t) { ${DOC} } }`;
const APPRAISAL = `mutation($p: ID!) {
  exportAppraisalRegister(kind: APPRAISAL_RESULTS, propertyId: $p) { ${DOC} } }`;

/** The link's file as exceljs reads it. */
async function sheetOf(url: string, token?: string) {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) return { status: res.status };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as any);
  const ws = wb.worksheets[0];
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
  return { status: res.status, ws, rows, headers: res.headers, bytes };
}

beforeAll(async () => {
  p = await startPlatform({ DOCUMENT_LINK_SECRET: SECRET }, [
    starter('customers', { env: { SCHEDULER_POLL_MS: '600000' } }),
    starter('billing', { env: { JOB_POLL_MS: '0' } }),
    starter('appraisal', { env: { JOB_POLL_MS: '0' } }),
  ]);
  billingDb = new Client({ connectionString: testDatabaseUrl('billing') });
  await billingDb.connect();
  [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  X = await createProperty(p.gatewayUrl, a.token, '翠湖花园');
  Y = await createProperty(p.gatewayUrl, a.token, '枫林苑');
  for (const n of ['1203', '1204']) {
    const d = await ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { propertyId: X, building: '3', number: n, areaSqm: 100, kind: 'APARTMENT' },
    });
    units[n] = d.createUnit.id;
  }
  [finance, frontDesk] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FINANCE'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [X]),
  ]);
  await ok(`mutation($i: SetFeeScheduleInput!) { setFeeSchedule(input: $i) { effectiveFrom } }`, {
    i: {
      propertyId: X,
      effectiveFrom: addDays(today(), -60),
      managementFenPerSqm: 250,
      waterFenPerUnit: 420,
      electricityFenPerUnit: 68,
      gasFenPerUnit: 300,
    },
  });
  for (const [n, name] of [
    ['1203', '张三'],
    ['1204', '李四'],
  ]) {
    const d = await ok(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
      i: { propertyId: X, name, phone: `1390000${n}`, kind: 'OWNER' },
    });
    await ok(`mutation($i: MoveInInput!) { moveIn(input: $i) { id } }`, {
      i: { customerId: d.registerCustomer.id, unitId: units[n], date: addDays(today(), -40) },
    });
  }
  await until(
    'billing heard of the units and the move-ins',
    async () =>
      Number(
        (await billingDb.query('select count(*) n from occupancy_projection where property_id = $1', [X]))
          .rows[0].n,
      ) === 2,
    90_000,
  );
  const run = await ok(
    `mutation($i: RunBillingInput!) { runBilling(input: $i) { id } }`,
    { i: { propertyId: X, period: PERIOD } },
    finance.token,
  );
  await until('bill run DONE', async () => {
    const s = await ok(
      `query($id: ID!) { billingRun(id: $id) { status } }`,
      { id: run.runBilling.id },
      finance.token,
    );
    return s.billingRun.status === 'DONE';
  });
}, 240_000);

afterAll(async () => {
  await billingDb?.end();
  await removeCompanies([a, b]);
  await p?.stop();
}, 180_000);

const billsOfX = async () =>
  (
    await ok(
      `query($f: BillFilter) { bills(filter: $f) { edges { node { totalFen dueDate issuedOn unitId } } } }`,
      { f: { propertyId: X, period: PERIOD } },
      finance.token,
    )
  ).bills.edges.map((e: any) => e.node);

describe('registers out (issue 14)', () => {
  it('a finance user exports the bill register: Chinese headers, ¥ money, real dates, frozen header', async () => {
    const doc = (await ok(BILLING, { k: 'BILLS', p: X }, finance.token)).exportBillingRegister;
    expect(doc.contentType).toBe(XLSX);
    expect(doc.fileName).toBe('账单登记表-翠湖花园.xlsx');
    const expires = Date.parse(doc.expiresAt) - testClock.now().getTime();
    expect(expires).toBeGreaterThan(8 * 60_000);
    expect(expires).toBeLessThanOrEqual(10 * 60_000);
    expect(new URL(doc.url).origin).toBe(new URL(p.gatewayUrl).origin);
    const got = await sheetOf(doc.url);
    expect(got.status).toBe(200);
    expect(got.bytes!.length).toBe(doc.byteSize);
    expect(got.headers!.get('content-type')).toBe(XLSX);
    expect(got.ws!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(got.rows![0]).toEqual([
      '账期',
      '楼栋',
      '房号',
      '客户编号',
      '开单日期',
      '缴费截止日',
      '应收金额',
      '已收金额',
      '未收金额',
      '状态',
    ]);
    const bills = await billsOfX();
    expect(bills).toHaveLength(2);
    const byUnit = new Map(bills.map((x: any) => [x.unitId, x]));
    const body = got.rows!.slice(1).sort((r, s) => String(r[2]).localeCompare(String(s[2])));
    expect(body).toHaveLength(2);
    body.forEach((r, i) => {
      const bill: any = byUnit.get(units[['1203', '1204'][i]]);
      expect(r.slice(0, 3)).toEqual([PERIOD, '3', ['1203', '1204'][i]]);
      expect(r[4]).toEqual(new Date(`${bill.issuedOn}T00:00:00Z`));
      expect(r[5]).toEqual(new Date(`${bill.dueDate}T00:00:00Z`));
      expect(r.slice(6, 9)).toEqual([bill.totalFen / 100, 0, bill.totalFen / 100]);
    });
    expect(got.ws!.getCell('G2').numFmt).toBe('"¥"#,##0.00');
    expect(got.ws!.getCell('E2').numFmt).toBe('yyyy-mm-dd');
  });

  it('the arrears register as of a day after the due date lists both households; English headers on request', async () => {
    const [bill] = await billsOfX();
    const asOf = addDays(bill.dueDate, 1);
    const doc = (await ok(BILLING, { k: 'ARREARS', p: X, t: asOf }, finance.token)).exportBillingRegister;
    expect(doc.fileName).toBe(`欠费登记表-翠湖花园-至${asOf}.xlsx`);
    const got = await sheetOf(doc.url);
    expect(got.rows![0]).toEqual([
      '阶段',
      '客户编号',
      '欠费房屋',
      '逾期金额',
      '欠费月数',
      '最早应缴日',
      '统计日',
    ]);
    const body = got.rows!.slice(1).sort((r, s) => String(r[2]).localeCompare(String(s[2])));
    const bills = await billsOfX();
    expect(body.map((r) => [r[2], r[3], r[6]])).toEqual(
      ['1203', '1204'].map((n) => [
        `3-${n}`,
        bills.find((x: any) => x.unitId === units[n]).totalFen / 100,
        new Date(`${asOf}T00:00:00Z`),
      ]),
    );
    const en = (await ok(BILLING, { k: 'ARREARS', p: X, t: asOf, l: 'EN' }, finance.token))
      .exportBillingRegister;
    expect(en.fileName).toBe(`Arrears register-翠湖花园-_to_${asOf}.xlsx`);
    expect((await sheetOf(en.url)).rows![0]).toEqual([
      'Stage',
      'Customer',
      'Units',
      'Overdue',
      'Months overdue',
      'Oldest due date',
      'As of',
    ]);
  });

  it('an exported customer register imports back through the link unchanged; front desk reads phones masked', async () => {
    const masked = (await ok(CUSTOMERS, { k: 'CUSTOMERS', p: X }, frontDesk.token)).exportCustomerRegister;
    expect(masked.fileName).toBe('客户登记表-翠湖花园.xlsx');
    const seen = await sheetOf(masked.url);
    const col = (h: string) => seen.rows![0].indexOf(h);
    expect(
      seen
        .rows!.slice(1)
        .map((r) => [r[col('姓名')], r[col('手机号')]])
        .sort(),
    ).toEqual([
      ['张三', '139****1203'],
      ['李四', '139****1204'],
    ]);
    const whole = (await ok(CUSTOMERS, { k: 'CUSTOMERS', p: X })).exportCustomerRegister;
    const bytes = Buffer.from(await (await fetch(whole.url)).arrayBuffer());
    const back = await ok(
      `mutation($p: ID!, $f: ImportFileInput) { importCustomers(propertyId: $p, file: $f) { status total created unchanged problems { row code } } }`,
      { p: X, f: { fileName: whole.fileName, contentBase64: bytes.toString('base64') } },
    );
    expect(back.importCustomers).toEqual({
      status: 'DONE',
      total: 2,
      created: 0,
      unchanged: 2,
      problems: [],
    });
  });

  it('the appraisal subgraph serves its register through the same links', async () => {
    const doc = (await ok(APPRAISAL, { p: X })).exportAppraisalRegister;
    expect(doc.fileName).toBe('考核结果登记表-翠湖花园.xlsx');
    const got = await sheetOf(doc.url);
    expect(got.status).toBe(200);
    expect(got.rows![0][0]).toBe('考评日期');
    expect(got.rows).toHaveLength(1);
  });

  it('roles, sites and companies: refused as FORBIDDEN or NOT_FOUND, and a link only for its company', async () => {
    expect(codes(await gql(p.gatewayUrl, BILLING, { k: 'ARREARS', p: X }, frontDesk.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await gql(p.gatewayUrl, CUSTOMERS, { k: 'CUSTOMERS', p: X }, finance.token))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await gql(p.gatewayUrl, BILLING, { k: 'BILLS', p: Y }, finance.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(p.gatewayUrl, BILLING, { k: 'BILLS', p: X }, b.token))).toEqual(['NOT_FOUND']);
    const doc = (await ok(BILLING, { k: 'BILLS', p: X }, finance.token)).exportBillingRegister;
    expect((await sheetOf(doc.url, b.token)).status).toBe(403);
    const altered = doc.url.slice(0, -3) + (doc.url.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await sheetOf(altered)).status).toBe(403);
  });

  it('bad kind, malformed date and an inverted range: VALIDATION_FAILED', async () => {
    for (const v of [
      { k: 'NOPE', p: X },
      { k: 'BILLS', p: X, f: '2026-13-01' },
      { k: 'BILLS', p: X, f: '2026-11-30', t: '2026-11-01' },
    ])
      expect(codes(await gql(p.gatewayUrl, BILLING, v, finance.token))).toEqual(['VALIDATION_FAILED']);
  });
});
