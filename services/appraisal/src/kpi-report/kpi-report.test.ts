import { AddressInfo } from 'net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'http';
import ExcelJS from 'exceljs';
import { DependencyTimeoutError } from '@pm/auth';
import { DomainError } from '@pm/graphql';
import { workbookFile } from '@pm/spreadsheets';
import { KpiFigures, Measure, PropertyFigures, readKpiFigures } from './kpi-report.gateway';
import { companyKpiRows, kpiReportSheets, metText, propertyKpiRows } from './kpi-report.rows';

const m = (rule: string, value: number | null, target: number, met: boolean | null): Measure => ({
  rule,
  value,
  target,
  comparison: 'AT_LEAST',
  met,
});

const figures = (tickets: number, resolved: number): KpiFigures => ({
  serviceKpis: {
    tickets,
    resolved,
    responsesDue: tickets,
    respondedInTime: tickets,
    complaints: 0,
    timelyComplaints: 0,
    visitTasksSampled: 0,
    visitTasksDone: 0,
    satisfactionCount: 3,
    response: m('R-KPI-1', 1, 0.95, true),
    resolution: m(
      'R-KPI-2',
      tickets ? resolved / tickets : null,
      0.9,
      tickets ? resolved / tickets >= 0.9 : null,
    ),
    satisfaction: m('R-KPI-3', 4.67, 4.5, true),
    timely: m('R-KPI-6', null, 0.95, null),
    followUp: m('R-KPI-7', null, 0.9, null),
  },
  billingKpis: {
    billedFen: 123456,
    collectedFen: 100000,
    bills: 2,
    paidBills: 1,
    arrearsFen: 23456,
    collection: m('R-KPI-8', 100000 / 123456, 0.9, false),
  },
  customerKpis: {
    customersLeft: 0,
    customersOccupying: 2,
    archivesIncomplete: 1,
    archivesChecked: 2,
    visitsPlanned: 0,
    customersVisited: 0,
    churn: { ...m('R-KPI-4', 0, 0.05, true), comparison: 'AT_MOST' },
    dataErrors: { ...m('R-KPI-5', 0.5, 0.02, false), comparison: 'BELOW' },
    visitPlan: m('R-KPI-9', null, 1, null),
  },
});

const property = (id: string, name: string, tickets: number): PropertyFigures => ({
  id,
  name,
  ...figures(tickets, 0),
  staffKpis: { meanScore: 92.5, checksMissed: 1 },
});

describe('KPI report rows (issue 14)', () => {
  it('one company row per KPI in the dashboard’s order, with its counts and 达标/未达标/未统计', () => {
    const rows = companyKpiRows({ company: figures(4, 3), properties: [] }, 'zh-CN');
    expect(rows.map((r) => r.rule)).toEqual([
      'R-KPI-1',
      'R-KPI-2',
      'R-KPI-3',
      'R-KPI-6',
      'R-KPI-7',
      'R-KPI-8',
      'R-KPI-4',
      'R-KPI-5',
      'R-KPI-9',
    ]);
    expect(rows[1]).toMatchObject({
      kpi: '处理完成率',
      value: 0.75,
      target: 0.9,
      met: '未达标',
      counted: 3,
      basis: 4,
    });
    expect(rows[3]).toMatchObject({ met: '未统计', value: null });
    expect(rows[5]).toMatchObject({ counted: 100000, basis: 123456, money: 1 });
    expect(rows[7]).toMatchObject({ comparison: '低于', met: '未达标' });
    expect(metText(true, 'en')).toBe('met');
  });

  it('one row per property per KPI', () => {
    const rows = propertyKpiRows(
      { company: figures(3, 0), properties: [property('x', '翠湖花园', 1), property('y', '枫林苑', 2)] },
      'en',
    );
    expect(rows).toHaveLength(18);
    expect(rows.filter((r) => r.rule === 'R-KPI-2').map((r) => [r.property, r.kpi, r.basis])).toEqual([
      ['翠湖花园', 'Resolution rate', 1],
      ['枫林苑', 'Resolution rate', 2],
    ]);
  });

  it('the workbook: rates as percent, the score as a number, money as ¥, frozen headers', async () => {
    const f = { company: figures(4, 3), properties: [property('x', '翠湖花园', 4)] };
    const { bytes } = await workbookFile({ sheets: kpiReportSheets(f, 'zh-CN'), maxBytes: 1_000_000 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as any);
    const [company, , summary] = wb.worksheets;
    expect(company.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(company.getCell('C3')).toMatchObject({ value: 0.75, numFmt: '0.0%' });
    expect(company.getCell('C4').value).toBe(4.67);
    expect(company.getCell('C4').numFmt ?? 'General').not.toContain('%');
    expect(company.getCell('G7')).toMatchObject({ value: 1000, numFmt: '"¥"#,##0.00' });
    expect(company.getCell('G3').numFmt).toBe('0');
    expect(summary.getRow(2).values).toEqual([, '翠湖花园', 4, 1234.56, 1000, 234.56, 92.5, 1]);
  });
});

describe('readKpiFigures: the gateway read, bounded', () => {
  let server: Server;
  let url: string;
  let answer: (req: IncomingMessage, res: ServerResponse, body: any) => void;
  const seen: any[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        const body = JSON.parse(text);
        seen.push({ authorization: req.headers.authorization, variables: body.variables });
        answer(req, res, body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  beforeEach(() => (seen.length = 0));
  const json = (res: ServerResponse, body: unknown) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  };
  const read = (o: Partial<Parameters<typeof readKpiFigures>[0]> = {}) =>
    readKpiFigures({
      gatewayUrl: url,
      authorization: 'Bearer caller',
      period: '2026-12',
      timeoutMs: 2_000,
      maxBytes: 100_000,
      ...o,
    });

  it('asks with the caller’s token, the roll-up once, and follows the pages of properties', async () => {
    answer = (_req, res, body) =>
      json(res, {
        data: {
          ...(body.variables.company ? { companyKpis: figures(3, 0) } : {}),
          properties: {
            pageInfo: { hasNextPage: !body.variables.after, endCursor: 'c1' },
            edges: [{ node: property(body.variables.after ? 'y' : 'x', 'P', 1) }],
          },
        },
      });
    const got = await read();
    expect(got.properties.map((x) => x.id)).toEqual(['x', 'y']);
    expect(got.company.serviceKpis.tickets).toBe(3);
    expect(seen).toEqual([
      { authorization: 'Bearer caller', variables: { period: '2026-12', after: null, company: true } },
      { authorization: 'Bearer caller', variables: { period: '2026-12', after: 'c1', company: false } },
    ]);
  });

  it('the gateway’s refusal keeps its code; an error without one is DEPENDENCY_FAILED', async () => {
    answer = (_req, res) =>
      json(res, { errors: [{ message: 'no kpi:read', extensions: { code: 'FORBIDDEN' } }] });
    await expect(read()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    answer = (_req, res) => json(res, { errors: [{ message: 'boom' }] });
    await expect(read()).rejects.toMatchObject({ extensions: { code: 'DEPENDENCY_FAILED' } });
    answer = (_req, res) => {
      res.statusCode = 502;
      res.end('bad gateway');
    };
    await expect(read()).rejects.toBeInstanceOf(DomainError);
  });

  it('an answer past the byte budget is DEPENDENCY_FAILED, however it is sent', async () => {
    const big = {
      data: { companyKpis: figures(1, 0), properties: { pageInfo: { hasNextPage: false }, edges: [] } },
      pad: 'x'.repeat(5_000),
    };
    answer = (_req, res) => json(res, big);
    await expect(read({ maxBytes: 1_000 })).rejects.toMatchObject({
      extensions: { code: 'DEPENDENCY_FAILED' },
      message: expect.stringContaining('larger than 1000 bytes'),
    });
    answer = (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.write(JSON.stringify(big).slice(0, 800));
      res.end(JSON.stringify(big).slice(800));
    };
    await expect(read({ maxBytes: 1_000 })).rejects.toMatchObject({
      extensions: { code: 'DEPENDENCY_FAILED' },
    });
  });

  it('a gateway that does not answer in time is TIMEOUT (DependencyTimeoutError), and unreachable is DEPENDENCY_FAILED', async () => {
    answer = () => undefined;
    await expect(read({ timeoutMs: 200 })).rejects.toBeInstanceOf(DependencyTimeoutError);
    await expect(read({ gatewayUrl: 'http://127.0.0.1:1/graphql' })).rejects.toMatchObject({
      extensions: { code: 'DEPENDENCY_FAILED' },
    });
  });
});
