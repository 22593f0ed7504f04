import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { crc32, deflateSync } from 'zlib';
import { Client } from 'pg';
import { signLink, verifyLink } from '@pm/auth';
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
import { JobRunner } from '@pm/jobs';
import { RunningSubgraph } from '@pm/runtime';
import { capitalAmount, yuanFigures } from '../src/capital';

/**
 * R-DOC-1…5 end to end: customers, tickets and billing render their documents, the gateway serves
 * them by signed link; each PDF's text (pdftotext) carries the title, the customer and the amounts,
 * and a PNG of each page lands in .pm-local/documents/ to be looked at.
 */
jest.setTimeout(240_000);

const SECRET = 'documents-test-link-secret-0123456789';
const OUT = path.resolve(__dirname, '../../../.pm-local/documents');
const COMPANY = '翠湖物业管理有限公司';
const work = mkdtempSync(path.join(tmpdir(), 'pm-documents-'));

type BillingServer = RunningSubgraph<{ jobs: JobRunner }>;
let billingServer: BillingServer;
let p: Platform;
let a: Company;
let b: Company;
let admin: { billing: Client; customers: Client };
let X: string;
let finance: { token: string };
let security: { token: string };
let assistant: { token: string };
const units: Record<string, string> = {};
const customers: Record<string, string> = {};
const today = () => dateIn(testClock.now(), 'Asia/Shanghai');
const PERIOD = monthOf(today());

async function ok(query: string, variables: Record<string, unknown> = {}, token = a.token) {
  const r = await gql(p.gatewayUrl, query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

/** A red ring as a PNG (what a company's seal image is): a tiny encoder, no image library needed. */
function sealPng(size = 120): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c + 0.5, y - c + 0.5);
      const star = Math.abs(x - c) < 10 && Math.abs(y - c) < 10;
      const on = (d > c - 8 && d < c - 2) || star;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw.set(on ? [210, 30, 30, 220] : [0, 0, 0, 0], o);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Downloads a document link; answers the status and, for a PDF, its text and PNG pages. */
async function download(url: string, name: string, token?: string) {
  const res = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) return { status: res.status, text: '', bytes, headers: res.headers };
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.startsWith(`${name}-`)) rmSync(path.join(OUT, f));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(OUT, name)]);
  return { status: res.status, text, bytes, headers: res.headers };
}

/** pdftotext -layout keeps the lines; spaces between cells vary, so compare without them. */
const flat = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  p = await startPlatform({ DOCUMENT_LINK_SECRET: SECRET }, [
    starter('customers', { env: { SCHEDULER_POLL_MS: '600000' } }),
    starter('tickets', { env: { JOB_POLL_MS: '0' } }),
    starter<BillingServer>('billing', { env: { JOB_POLL_MS: '0' }, onStart: (s) => (billingServer = s) }),
  ]);
  admin = {
    billing: new Client({ connectionString: testDatabaseUrl('billing') }),
    customers: new Client({ connectionString: testDatabaseUrl('customers') }),
  };
  await admin.billing.connect();
  await admin.customers.connect();
  [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  X = await createProperty(p.gatewayUrl, a.token, '翠湖花园');
  for (const n of ['1203', '1204', '1205']) {
    const d = await ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { propertyId: X, building: '3', number: n, areaSqm: 98.5, kind: 'APARTMENT' },
    });
    units[n] = d.createUnit.id;
  }
  [finance, security, assistant] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FINANCE'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['SECURITY'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['PROPERTY_ASSISTANT'], [X]),
  ]);
  for (const [key, value] of [
    ['documents.companyName', COMPANY],
    ['documents.sealImage', `data:image/png;base64,${sealPng().toString('base64')}`],
    ['documents.footer', '服务热线：0755-12345678　地址：翠湖花园3栋1楼物业服务中心'],
  ])
    await ok(`mutation($i: SetPolicyInput!) { setPolicy(input: $i) { asOf } }`, { i: { key, value } });
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
  // Two households moved in before the bill run; the third after it (it has no bill: cleared to move out).
  for (const [n, name] of [
    ['1203', '张三'],
    ['1204', '李四'],
  ]) {
    const d = await ok(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
      i: { propertyId: X, name, phone: `1390000${n}`, kind: 'OWNER' },
    });
    customers[name] = d.registerCustomer.id;
    await ok(`mutation($i: MoveInInput!) { moveIn(input: $i) { id } }`, {
      i: { customerId: customers[name], unitId: units[n], date: addDays(today(), -40) },
    });
  }
  const count = async (c: Client, sql: string, params: unknown[]) =>
    Number((await c.query(sql, params)).rows[0].n);
  await until(
    'billing heard of the units, the move-ins and the company name',
    async () =>
      (await count(admin.billing, 'select count(*) n from occupancy_projection where property_id = $1', [
        X,
      ])) === 2 &&
      (await count(admin.billing, 'select count(*) n from units_projection where property_id = $1', [X])) ===
        3 &&
      (await count(
        admin.billing,
        "select count(*) n from policy_projection where tenant_id = $1 and key like 'documents.%'",
        [a.tenantId],
      )) === 3,
    90_000,
  );
  const run = await ok(
    `mutation($i: RunBillingInput!) { runBilling(input: $i) { id } }`,
    {
      i: { propertyId: X, period: PERIOD },
    },
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
  await admin?.billing.end();
  await admin?.customers.end();
  await removeCompanies([a, b]);
  await p?.stop();
  rmSync(work, { recursive: true, force: true });
}, 180_000);

const BILLS = `query($f: BillFilter) { bills(filter: $f) { edges { node {
  id totalFen paidFen dueDate customerId lines { amountFen }
  paymentNotice { fileName contentType byteSize url expiresAt } } } } }`;

async function billOf(unit: string, language = 'ZH_CN') {
  const d = await ok(
    BILLS.replace('paymentNotice {', `paymentNotice(language: ${language}) {`),
    { f: { unitId: units[unit], period: PERIOD } },
    finance.token,
  );
  return d.bills.edges[0].node;
}

describe('printed documents (R-DOC-1…5)', () => {
  it('R-DOC-2: the payment notice names the company, customer, lines and total in figures and 大写', async () => {
    const bill = await billOf('1203');
    const doc = bill.paymentNotice;
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.fileName).toBe(`交款通知书-3栋1203-${PERIOD}.pdf`);
    const expires = Date.parse(doc.expiresAt) - testClock.now().getTime();
    expect(expires).toBeGreaterThan(8 * 60_000);
    expect(expires).toBeLessThanOrEqual(10 * 60_000);
    expect(new URL(doc.url).origin).toBe(new URL(p.gatewayUrl).origin);
    const got = await download(doc.url, 'payment-notice');
    expect(got.status).toBe(200);
    expect(got.bytes.length).toBe(doc.byteSize);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toContain(encodeURIComponent(doc.fileName));
    const text = flat(got.text);
    for (const s of [
      '交款通知书',
      COMPANY,
      '翠湖花园',
      '3栋1203',
      '张三',
      capitalAmount(bill.totalFen),
      yuanFigures(bill.totalFen),
    ])
      expect(text).toContain(flat(s));
    for (const l of bill.lines) expect(text).toContain(yuanFigures(l.amountFen));
    // 98.5 m² × ¥2.50: the management fee as billed.
    expect(bill.totalFen).toBe(24625);
    expect(text).toContain('贰佰肆拾陆元贰角伍分');
    expect(text).toContain('物业管理费');
    expect(text).toContain('万分之五'); // the late-fee rule (R-BIL-4)
    expect(text).toContain('服务热线：0755-12345678'); // the company's footer
  });

  it('R-DOC-1: the English variant says the same in English', async () => {
    const bill = await billOf('1204', 'EN');
    const got = await download(bill.paymentNotice.url, 'payment-notice-en');
    const text = flat(got.text);
    for (const s of [
      'PaymentNotice',
      '李四',
      'Bldg3,1204',
      yuanFigures(bill.totalFen),
      capitalAmount(bill.totalFen),
      'Managementfee',
    ])
      expect(text).toContain(s);
  });

  it('R-DOC-5: the receipt of a payment, amount in figures and 大写, with the receipt number', async () => {
    const bill = await billOf('1203');
    const amount = 30_000; // more than the bill: the rest is kept as a credit
    const d = await ok(
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id receiptNumber amountFen unallocatedFen receipt { url fileName } } }`,
      {
        i: {
          billId: bill.id,
          amountFen: amount,
          paidAt: testClock.now().toISOString(),
          idempotencyKey: `doc-${bill.id}`,
          bankReference: 'B-DOC-1',
        },
      },
      finance.token,
    );
    const pay = d.recordPayment;
    expect(pay.receipt.fileName).toBe(`收据-${pay.receiptNumber}.pdf`);
    const got = await download(pay.receipt.url, 'receipt');
    const text = flat(got.text);
    for (const s of [
      '收据',
      '张三',
      pay.receiptNumber,
      yuanFigures(amount),
      capitalAmount(amount),
      yuanFigures(bill.totalFen),
      yuanFigures(pay.unallocatedFen),
      'B-DOC-1',
    ])
      expect(text).toContain(flat(s));
  });

  it('R-DOC-3: a dunning notice per round: round, amount owed, months overdue, wording, 30 days, a slip to sign', async () => {
    const bill = await billOf('1204');
    await ok(
      `mutation($p: ID!, $d: Date!) { runDunning(propertyId: $p, asOf: $d) { roundsCreated } }`,
      { p: X, d: addDays(bill.dueDate, 20) },
      finance.token,
    );
    const d = await ok(
      `query($id: ID!) { bill(id: $id) { totalFen lateFeeFen(asOf: "${addDays(bill.dueDate, 20)}") dunningRounds { id round scheduledOn notice { url fileName } } } }`,
      { id: bill.id },
      finance.token,
    );
    const round = d.bill.dunningRounds[0];
    expect(round.round).toBe(1);
    const fee = await ok(
      `query($id: ID!) { bill(id: $id) { lateFeeFen(asOf: "${round.scheduledOn}") } }`,
      { id: bill.id },
      finance.token,
    );
    const got = await download(round.notice.url, 'dunning-notice');
    const text = flat(got.text);
    const due = d.bill.totalFen + fee.bill.lateFeeFen;
    for (const s of [
      '催款通知书',
      '第一次',
      '李四',
      COMPANY,
      yuanFigures(d.bill.totalFen),
      yuanFigures(fee.bill.lateFeeFen),
      yuanFigures(due),
      capitalAmount(due),
      '逾期月数',
      '您的上述费用已逾期未缴', // round 1's wording (policy default)
      `本通知自发出之日起30日内有效`,
      '催款通知书签收回执',
      '客户签收',
    ])
      expect(text).toContain(flat(s));
  });

  it('R-DOC-2: printBatch renders the period’s notices of the property in one PDF, with progress', async () => {
    const start = await ok(
      `mutation($p: ID!, $m: String!) { printBatch(kind: PAYMENT_NOTICES, propertyId: $p, period: $m) { id status progress } }`,
      { p: X, m: PERIOD },
      finance.token,
    );
    expect(start.printBatch.status).toBe('RUNNING');
    const job = await until('print job DONE', async () => {
      const s = await ok(
        `query($id: ID!) { printJob(id: $id) { status progress total done error document { url fileName byteSize } } }`,
        { id: start.printBatch.id },
        finance.token,
      );
      if (s.printJob.status === 'FAILED') throw new Error(s.printJob.error);
      expect(s.printJob.progress).toBeGreaterThanOrEqual(0);
      expect(s.printJob.progress).toBeLessThanOrEqual(1);
      return s.printJob.status === 'DONE' ? s.printJob : undefined;
    });
    // One notice per unit (R-BIL-2), 1205 too, whose bill has no payer yet.
    expect(job).toMatchObject({ progress: 1, total: 3, done: 3 });
    const [y, m] = PERIOD.split('-').map(Number);
    expect(job.document.fileName).toBe(`交款通知书-翠湖花园-${y}年${m}月.pdf`);
    const got = await download(job.document.url, 'print-batch');
    expect(got.bytes.length).toBe(job.document.byteSize);
    const pages = got.text.split('\f').filter((s) => s.trim());
    expect(pages).toHaveLength(3);
    expect(flat(pages[0])).toContain('3栋1203');
    expect(flat(pages[0])).toContain('张三');
    expect(flat(pages[1])).toContain('李四');
    expect(flat(pages[2])).toContain('3栋1205');
    for (const page of pages) expect(flat(page)).toContain('交款通知书');
    // The dunning notices of the month of round 1 as a batch too.
    const rounds = await admin.billing.query(
      `select scheduled_on::text as d from dunning_rounds where tenant_id = $1`,
      [a.tenantId],
    );
    const dun = await ok(
      `mutation($p: ID!, $m: String!) { printBatch(kind: DUNNING_NOTICES, propertyId: $p, period: $m, language: EN) { id } }`,
      { p: X, m: monthOf(rounds.rows[0].d) },
      finance.token,
    );
    const dj = await until('dunning batch DONE', async () => {
      const s = await ok(
        `query($id: ID!) { printJob(id: $id) { status error document { url } } }`,
        { id: dun.printBatch.id },
        finance.token,
      );
      if (s.printJob.status === 'FAILED') throw new Error(s.printJob.error);
      return s.printJob.status === 'DONE' ? s.printJob : undefined;
    });
    const text = flat((await download(dj.document.url, 'print-batch-dunning-en')).text);
    expect(text).toContain('PaymentReminder');
    expect(text).toContain('李四');
  });

  it('printBatch: a bad period is VALIDATION_FAILED, another company’s property NOT_FOUND, a front desk FORBIDDEN', async () => {
    const M = `mutation($p: ID!, $m: String!) { printBatch(kind: PAYMENT_NOTICES, propertyId: $p, period: $m) { id } }`;
    expect(codes(await gql(p.gatewayUrl, M, { p: X, m: '2026-13' }, finance.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await gql(p.gatewayUrl, M, { p: X, m: PERIOD }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(p.gatewayUrl, M, { p: X, m: PERIOD }, security.token))).toEqual(['FORBIDDEN']);
  });

  it('R-DOC-4: the release pass of a cleared move-out, and the gate’s check of its number', async () => {
    const d = await ok(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
      i: { propertyId: X, name: '王五', phone: '13900001205', kind: 'OWNER' },
    });
    await ok(`mutation($i: MoveInInput!) { moveIn(input: $i) { id } }`, {
      i: { customerId: d.registerCustomer.id, unitId: units['1205'], date: today() },
    });
    const planned = addDays(today(), 5);
    const r = await ok(
      `mutation($i: MoveOutInput!) { requestMoveOut(input: $i) { id status goodsDescription } }`,
      {
        i: {
          customerId: d.registerCustomer.id,
          unitId: units['1205'],
          plannedDate: planned,
          goodsDescription: '冰箱一台、纸箱十个',
        },
      },
    );
    expect(r.requestMoveOut.goodsDescription).toBe('冰箱一台、纸箱十个');
    const Q = `query($id: ID!) { moveOutRequest(id: $id) { status releasePassNumber releasePass { url fileName } } }`;
    const cleared = await until(
      'cleared by billing',
      async () => {
        const s = await ok(Q, { id: r.requestMoveOut.id });
        return s.moveOutRequest.status === 'CLEARED' ? s.moveOutRequest : undefined;
      },
      60_000,
    );
    const number = cleared.releasePassNumber;
    const got = await download(cleared.releasePass.url, 'release-pass');
    const text = flat(got.text);
    for (const s of ['放行条', number, '王五', '3栋1205', '冰箱一台、纸箱十个', '门岗扫码核验', COMPANY])
      expect(text).toContain(flat(s));
    // The gate: before the moving day the pass is not yet valid; an unknown or another company's number is not found.
    const CHECK = `query($n: String!) { releasePassCheck(number: $n) { valid reason validFrom validUntil customerName unit goodsDescription } }`;
    expect((await ok(CHECK, { n: number }, security.token)).releasePassCheck).toEqual({
      valid: false,
      reason: 'NOT_YET_VALID',
      validFrom: planned,
      validUntil: planned,
      customerName: '王五',
      unit: '3栋1205',
      goodsDescription: '冰箱一台、纸箱十个',
    });
    expect((await ok(CHECK, { n: 'RP-2000-000001' }, security.token)).releasePassCheck).toMatchObject({
      valid: false,
      reason: 'NOT_FOUND',
    });
    expect((await ok(CHECK, { n: number }, b.token)).releasePassCheck).toMatchObject({
      valid: false,
      reason: 'NOT_FOUND',
      customerName: null,
    });
    // Finance does not stand at the gate.
    expect(codes(await gql(p.gatewayUrl, CHECK, { n: number }, finance.token))).toEqual(['FORBIDDEN']);
  });

  it('R-DOC-5: the follow-up visit record of a complaint, signed on site', async () => {
    const f = await ok(
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`,
      {
        i: {
          propertyId: X,
          unitId: units['1203'],
          customerId: customers['张三'],
          category: 'NOISE',
          description: '楼上夜间噪音',
          what: '噪音',
          where: '3栋1303',
          when: '每晚',
        },
      },
      assistant.token,
    );
    const id = f.fileComplaint.id;
    await ok(`mutation($id: ID!, $i: CompleteTicketInput!) { completeTicket(id: $id, input: $i) { id } }`, {
      id,
      i: { charges: [], customerSigned: false },
    });
    const v = await ok(
      `mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id record { url fileName } } }`,
      { i: { ticketId: id, method: 'ON_SITE', satisfaction: 4, customerSigned: true, note: '已解决，满意' } },
      assistant.token,
    );
    const again = await ok(
      `query($id: ID!) { visit(id: $id) { id } }`,
      { id: v.recordVisit.id },
      assistant.token,
    );
    expect(again.visit.id).toBe(v.recordVisit.id);
    const got = await download(v.recordVisit.record.url, 'visit-record');
    const text = flat(got.text);
    for (const s of [
      '客户回访记录',
      '张三',
      '3栋1203',
      '楼上夜间噪音',
      '上门回访',
      '4/5',
      '满意',
      '已解决，满意',
      '客户已签字确认',
    ])
      expect(text).toContain(flat(s));
    expect(
      (await ok(`query($id: ID!) { visit(id: $id) { id } }`, { id: v.recordVisit.id }, b.token)).visit,
    ).toBeNull();
  });

  it('signed links: expired, altered, another company’s or foreign-token → 403; the same link again → 200', async () => {
    const url = (await billOf('1203')).paymentNotice.url as string;
    const token = url.split('/documents/')[1];
    const base = url.split('/documents/')[0];
    const check = verifyLink(SECRET, token, testClock.now());
    if (!check.ok) throw new Error('the link does not verify');
    const c = check.claims;
    const status = async (t: string, bearer?: string) =>
      (
        await fetch(
          `${base}/documents/${t}`,
          bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {},
        )
      ).status;
    expect(await status(token)).toBe(200);
    expect(await status(token)).toBe(200);
    // Expired: the same claims, signed properly, with an expiry just past.
    expect(
      await status(signLink(SECRET, { ...c, expiresAt: new Date(testClock.now().getTime() - 1000) })),
    ).toBe(403);
    // Altered: one character of the claims or of the signature.
    const [body, sig] = token.split('.');
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    expect(await status(`${flip(body, 5)}.${sig}`)).toBe(403);
    expect(await status(`${body}.${flip(sig, 3)}`)).toBe(403);
    expect(await status(`${body}.${sig.slice(0, -1)}`)).toBe(403);
    // Another company: a link signed for company B naming A's file — B's rows only, so nothing (RLS).
    expect(await status(signLink(SECRET, { ...c, tenantId: b.tenantId }))).toBe(403);
    // Another service's name on the link: that service holds no such file.
    expect(await status(signLink(SECRET, { ...c, service: 'customers' }))).toBe(403);
    expect(await status(signLink(SECRET, { ...c, service: 'nowhere' }))).toBe(403);
    // Opened with company B's token: refused; with company A's: served.
    expect(await status(token, b.token)).toBe(403);
    expect(await status(token, finance.token)).toBe(200);
    // A link signed with another key.
    expect(await status(signLink('another-secret-of-enough-length', c))).toBe(403);
    // The subgraph refuses the document route unless the gateway signed the call.
    const direct = await fetch(
      `${p.subgraphUrls.billing.replace(/\/graphql$/, '')}/internal/documents/${token}`,
    );
    expect(direct.status).toBe(403);
  });

  it('the documents are kept only until their links expire, then purged by the job runner', async () => {
    const held = async () =>
      Number(
        (
          await admin.billing.query('select count(*) n from stored_documents where tenant_id = $1', [
            a.tenantId,
          ])
        ).rows[0].n,
      );
    expect(await held()).toBeGreaterThan(0);
    const pending = await admin.billing.query(
      `select count(*) n from scheduled_jobs where tenant_id = $1 and kind = 'documents.purge' and status = 'PENDING'`,
      [a.tenantId],
    );
    expect(Number(pending.rows[0].n)).toBe(1);
    // Ten minutes and a second later every link has expired: the purge deletes the bytes.
    await billingServer.jobs.runDue(new Date(testClock.now().getTime() + 10 * 60_000 + 1000), {
      tenantId: a.tenantId,
    });
    expect(await held()).toBe(0);
  });

  it('at most 20 documents in one request', async () => {
    const many = Array.from({ length: 21 }, (_, i) => `n${i}: paymentNotice { byteSize }`).join(' ');
    const r = await gql(
      p.gatewayUrl,
      `query($f: BillFilter) { bills(filter: $f) { edges { node { ${many} } } } }`,
      { f: { unitId: units['1203'], period: PERIOD } },
      finance.token,
    );
    expect(codes(r)).toContain('VALIDATION_FAILED');
  });
});
