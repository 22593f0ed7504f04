import ExcelJS from 'exceljs';
import { codes, gql, testClock } from '@pm/testing';
import { dateIn } from '@pm/time';
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
 * Issue 14, the KPI report out: exportKpiReport (appraisal) reads the HQ dashboard's figures
 * through the gateway with the caller's own token and writes them as .xlsx — the sheet says what
 * companyKpis and each property's KPIs say, for the properties the caller may see, and nothing
 * of another company.
 */
jest.setTimeout(240_000);

const SECRET = 'kpi-report-test-link-secret-0123456789';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EXPORT = `mutation($m: String!, $l: DocumentLanguage) {
  exportKpiReport(period: $m, language: $l) { fileName contentType byteSize url expiresAt } }`;
const M = '{ rule value target comparison met }';
const COMPANY = `query($m: String!) { companyKpis(period: $m) {
  serviceKpis { tickets resolved response ${M} resolution ${M} satisfaction ${M} timely ${M} followUp ${M} }
  billingKpis { collection ${M} }
  customerKpis { churn ${M} dataErrors ${M} visitPlan ${M} } } }`;

let p: Platform;
let a: Company;
let b: Company;
let X: string;
let managerX: { token: string };
let frontDesk: { token: string };
const month = dateIn(testClock.now(), 'Asia/Shanghai').slice(0, 7);

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const r = await gql(p.gatewayUrl, query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

/** Every sheet of the link's workbook as rows of values. */
async function workbookOf(url: string) {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as any);
  return wb.worksheets.map((ws) => {
    const rows: ExcelJS.CellValue[][] = [];
    ws.eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
    return { ws, name: ws.name, rows };
  });
}

const report = (propertyId: string) =>
  until('tickets knows the property', async () => {
    const r = await gql(
      p.gatewayUrl,
      `mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`,
      { i: { propertyId, description: 'dripping tap', priority: 'NORMAL' } },
      a.token,
    );
    return r.errors ? undefined : r.data.reportRepair.id;
  });

/** The dashboard's company measures in the report's order (KPI_LINES). */
const measuresOf = (k: any) => [
  k.serviceKpis.response,
  k.serviceKpis.resolution,
  k.serviceKpis.satisfaction,
  k.serviceKpis.timely,
  k.serviceKpis.followUp,
  k.billingKpis.collection,
  k.customerKpis.churn,
  k.customerKpis.dataErrors,
  k.customerKpis.visitPlan,
];
const MET_ZH = (met: boolean | null) => (met === null ? '未统计' : met ? '达标' : '未达标');

beforeAll(async () => {
  p = await startPlatform({ DOCUMENT_LINK_SECRET: SECRET }, [
    starter('customers', { env: { SCHEDULER_POLL_MS: '600000' } }),
    starter('tickets'),
    starter('billing', { env: { JOB_POLL_MS: '0' } }),
    starter('appraisal', { env: { JOB_POLL_MS: '0' } }),
  ]);
  [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  X = await createProperty(p.gatewayUrl, a.token, '翠湖花园');
  const Y = await createProperty(p.gatewayUrl, a.token, '枫林苑');
  [managerX, frontDesk] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [X]),
  ]);
  await report(X);
  await report(Y);
  await report(Y);
  // Projections are eventual: the roll-up waits until every service knows both properties.
  await until('every service has projected X and Y', async () => {
    const r = await gql(p.gatewayUrl, COMPANY, { m: month }, a.token);
    return r.data?.companyKpis.serviceKpis.tickets === 3 ? true : undefined;
  });
}, 240_000);

afterAll(async () => {
  await removeCompanies([a, b]);
  await p?.stop();
}, 180_000);

describe('exportKpiReport (issue 14)', () => {
  it('the admin’s report is what companyKpis answers: Chinese headers, rates as percent, one row per property per KPI', async () => {
    const doc = (await ok(EXPORT, { m: month }, a.token)).exportKpiReport;
    expect(doc).toMatchObject({ contentType: XLSX, fileName: `KPI报表-${month}.xlsx` });
    const [company, byProperty, summary] = await workbookOf(doc.url);
    expect([company.name, byProperty.name, summary.name]).toEqual(['公司汇总', '各项目指标', '各项目概况']);
    expect(company.rows[0]).toEqual([
      '规则编号',
      '指标',
      '实际值',
      '目标值',
      '考核方式',
      '是否达标',
      '计数',
      '基数',
    ]);
    expect(company.ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const kpis = (await ok(COMPANY, { m: month }, a.token)).companyKpis;
    const measures = measuresOf(kpis);
    expect(company.rows.slice(1).map((r) => [r[0], r[2] ?? null, r[3], r[5]])).toEqual(
      measures.map((m) => [m.rule, m.value, m.target, MET_ZH(m.met)]),
    );
    // R-KPI-2 over both properties: 0 of the 3 repairs resolved, against the policy's 90%.
    expect(company.rows[2]).toEqual(['R-KPI-2', '处理完成率', 0, 0.9, '不低于', '未达标', 0, 3]);
    expect(company.ws.getCell('C3').numFmt).toBe('0.0%');
    expect(company.ws.getCell('D3').numFmt).toBe('0.0%');
    // The satisfaction mean is a 1–5 score, not a rate.
    expect(company.ws.getCell('D4').numFmt ?? 'General').not.toContain('%');
    // R-KPI-8 counts money: collected and billed as ¥.
    expect(company.rows[6][0]).toBe('R-KPI-8');
    expect(company.ws.getCell('G7').numFmt).toBe('"¥"#,##0.00');
    expect(byProperty.rows[0].slice(0, 2)).toEqual(['项目', '规则编号']);
    expect(byProperty.rows).toHaveLength(1 + 2 * 9);
    expect(new Set(byProperty.rows.slice(1).map((r) => r[0]))).toEqual(new Set(['翠湖花园', '枫林苑']));
    const resolution = byProperty.rows.filter((r) => r[1] === 'R-KPI-2').map((r) => [r[0], r[8]]);
    expect(resolution.sort()).toEqual([
      ['枫林苑', 2],
      ['翠湖花园', 1],
    ]);
    expect(summary.rows[0]).toEqual(['项目', '工单数', '应收', '实收', '欠费', '员工考核均分', '漏检次数']);
  });

  it('language EN: English headers, KPI names, sheet and file names', async () => {
    const doc = (await ok(EXPORT, { m: month, l: 'EN' }, a.token)).exportKpiReport;
    expect(doc.fileName).toBe(`KPI report-${month}.xlsx`);
    const [company, byProperty] = await workbookOf(doc.url);
    expect(company.name).toBe('Company KPIs');
    expect(company.rows[0]).toEqual([
      'Rule',
      'KPI',
      'Value',
      'Target',
      'Comparison',
      'Met',
      'Counted',
      'Out of',
    ]);
    expect(company.rows[2].slice(0, 2)).toEqual(['R-KPI-2', 'Resolution rate']);
    expect(company.rows[2][5]).toBe('not met');
    expect(byProperty.rows[0][0]).toBe('Property');
  });

  it('a site manager of X gets X alone: the roll-up is X’s figures, the rows X’s', async () => {
    const doc = (await ok(EXPORT, { m: month }, managerX.token)).exportKpiReport;
    const [company, byProperty, summary] = await workbookOf(doc.url);
    expect(company.rows[2]).toEqual(['R-KPI-2', '处理完成率', 0, 0.9, '不低于', '未达标', 0, 1]);
    const mine = (await ok(COMPANY, { m: month }, managerX.token)).companyKpis;
    expect(company.rows.slice(1).map((r) => r[0])).toEqual(measuresOf(mine).map((m) => m.rule));
    expect(new Set(byProperty.rows.slice(1).map((r) => r[0]))).toEqual(new Set(['翠湖花园']));
    expect(summary.rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['翠湖花园', 1]]);
  });

  it('another company’s report holds none of the first company’s rows; its token does not open their link', async () => {
    const mine = (await ok(EXPORT, { m: month }, a.token)).exportKpiReport;
    const doc = (await ok(EXPORT, { m: month }, b.token)).exportKpiReport;
    const [company, byProperty, summary] = await workbookOf(doc.url);
    expect(byProperty.rows).toHaveLength(1);
    expect(summary.rows).toHaveLength(1);
    expect(company.rows[2].slice(6)).toEqual([0, 0]);
    const foreign = await fetch(mine.url, { headers: { authorization: `Bearer ${b.token}` } });
    expect(foreign.status).toBe(403);
  });

  it('a malformed period is VALIDATION_FAILED; a front-desk clerk is FORBIDDEN', async () => {
    for (const m of ['2026-13', '2026', 'last month'])
      expect(codes(await gql(p.gatewayUrl, EXPORT, { m }, a.token))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await gql(p.gatewayUrl, EXPORT, { m: month }, frontDesk.token))).toEqual(['FORBIDDEN']);
  });
});
