import { Client } from 'pg';
import { uuidv7 } from '@pm/db';
import { codes, gql, runJobsDue, testClock, testDatabaseUrl } from '@pm/testing';
import { FakeClock, addMonths, dateIn, instantAt, monthOf } from '@pm/time';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  starter,
  startPlatform,
  until,
} from '@pm/testing/kit';
import { idNumberFor } from './id-numbers';
import { CustomersServer } from '../src/server';

/**
 * Letters from company templates, the fire-safety inspection cycle with its rectification
 * letters (R-CUS-9), and the archive's scheduled completeness check and dispositions (R-ARC-4),
 * through the gateway. The service runs on a clock of its own; jobs run at computed times.
 */
jest.setTimeout(60_000);
const ADMIN_URL = testDatabaseUrl('customers');
const clock = new FakeClock(testClock.now().getTime());
const TZ = 'Asia/Shanghai';

let p: Platform;
let svc: CustomersServer;
let a: Company;
let b: Company;
let X: string;
const units: Record<string, string> = {};
let frontDesk: { token: string; id: string };
let manager: { token: string; id: string };
let assistantY: { token: string; id: string };
let admin: Client;

const call = (query: string, variables: Record<string, unknown>, token = a.token) =>
  gql(p.gatewayUrl, query, variables, token);
const ok = async (query: string, variables: Record<string, unknown>, token = a.token) => {
  const r = await call(query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
const today = () => dateIn(clock.now(), TZ);
const subjectOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
const count = async (sql: string, params: unknown[]) => (await admin.query(sql, params)).rows[0].n as number;
/** The pending run of a property's periodic job. */
const pendingRun = async (kind: string, propertyId = X): Promise<Date> => {
  const r = await admin.query(
    `select run_at from scheduled_jobs where tenant_id = $1 and kind = $2 and payload->>'propertyId' = $3 and status = 'PENDING'`,
    [a.tenantId, kind, propertyId],
  );
  expect(r.rows).toHaveLength(1);
  return r.rows[0].run_at;
};
/** 00:00 in Shanghai of the 1st of the month `n` months after today's there. */
const monthStart = (n: number) => instantAt(addMonths(`${monthOf(today())}-01`, n), TZ);

let idSeq = 1000 + Math.floor(Math.random() * 8000);
async function register(name = 'Han Mei'): Promise<string> {
  const d = await ok(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
    i: { propertyId: X, name, phone: '13900003333', kind: 'OWNER', idNumber: idNumberFor(idSeq++, 1980) },
  });
  return d.registerCustomer.id;
}
const moveIn = (customerId: string, unitId: string) =>
  ok(`mutation($i: MoveInInput!) { moveIn(input: $i) { id } }`, {
    i: { customerId, unitId, date: today() },
  });

const FIRE_JOB = 'customers.fire-safety-inspection';
const CHECK_JOB = 'customers.archive-completeness';
const NOTICE = `query($id: ID!) { notice(id: $id) { id kind status title body templateId deliveries { id customerId title body receiptSignedBy } } }`;
const APPROVE_NOTICE = `mutation($id: ID!) { approveNotice(id: $id) { status } }`;
const SEND = `mutation($id: ID!, $c: [ID!]!) { sendNotice(id: $id, customerIds: $c) { status deliveries { id customerId title body } } }`;
const INSPECTIONS = `query($p: ID!) { fireSafetyInspections(propertyId: $p) { id period status findings { id unitId description needsRectification customerId noticeId } } }`;

beforeAll(async () => {
  p = await startPlatform({}, [
    starter<CustomersServer>('customers', {
      env: { SCHEDULER_POLL_MS: '600000' },
      options: { clock },
      onStart: (s) => (svc = s),
    }),
  ]);
  [a, b] = [await signUpCompany(p.gatewayUrl), await signUpCompany(p.gatewayUrl)];
  X = await createProperty(p.gatewayUrl, a.token, 'Letters Court');
  const Y = await createProperty(p.gatewayUrl, a.token, 'Letters Annex');
  for (const n of ['301', '302', '303']) {
    const d = await ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { propertyId: X, building: 'C', number: n, areaSqm: 80, kind: 'APARTMENT' },
    });
    units[n] = d.createUnit.id;
  }
  [frontDesk, manager, assistantY] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['PROPERTY_ASSISTANT'], [Y]),
  ]);
  admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await until('the units and both properties’ periodic jobs', async () => {
    const u = await count('select count(*)::int as n from unit_projection where tenant_id = $1', [
      a.tenantId,
    ]);
    const jobs = await count(
      `select count(*)::int as n from scheduled_jobs where tenant_id = $1 and kind in ($2, $3) and status = 'PENDING'`,
      [a.tenantId, FIRE_JOB, CHECK_JOB],
    );
    return u === 3 && jobs === 4;
  });
}, 120_000);

afterAll(async () => {
  await admin?.end();
  await removeCompanies([a, b].filter(Boolean));
  await p?.stop();
}, 60_000);

describe('customers: letter templates, fire-safety inspections and archive checks', () => {
  it('R-CUS-9: a company’s letter template drafts a letter, approved before sending, with placeholders filled per customer', async () => {
    const CREATE = `mutation($i: LetterTemplateInput!) { createLetterTemplate(input: $i) { id name kind title body } }`;
    const template = {
      name: 'Water stop',
      kind: 'LETTER',
      title: 'To {customerName}',
      body: 'Dear {customerName} of {unit}, {propertyName} stops the water on {date}.',
    };
    expect(codes(await call(CREATE, { i: template }, frontDesk.token))).toEqual(['FORBIDDEN']);
    for (const bad of [{ body: 'Dear {name}' }, { kind: 'MEMO' }, { body: 'Found: {finding}' }])
      expect(codes(await call(CREATE, { i: { ...template, ...bad } }, manager.token))).toEqual([
        'VALIDATION_FAILED',
      ]);
    const t = (await ok(CREATE, { i: { ...template, name: 'Water' } }, manager.token)).createLetterTemplate;
    const UPDATE = `mutation($id: ID!, $i: LetterTemplateInput!) { updateLetterTemplate(id: $id, input: $i) { id name } }`;
    expect((await ok(UPDATE, { id: t.id, i: template }, manager.token)).updateLetterTemplate.name).toBe(
      'Water stop',
    );
    expect(codes(await call(UPDATE, { id: t.id, i: template }, b.token))).toEqual(['NOT_FOUND']);
    const LIST = `query($k: String) { letterTemplates(kind: $k) { id } }`;
    expect(
      (await ok(LIST, { k: 'LETTER' }, frontDesk.token)).letterTemplates.map((x: { id: string }) => x.id),
    ).toContain(t.id);
    expect(
      (await ok(LIST, { k: 'RECTIFICATION' })).letterTemplates.map((x: { id: string }) => x.id),
    ).not.toContain(t.id);
    expect((await ok(LIST, {}, b.token)).letterTemplates).toEqual([]);

    const DRAFT = `mutation($i: NoticeFromTemplateInput!) { createNoticeFromTemplate(input: $i) { id status kind title body templateId } }`;
    expect(codes(await call(DRAFT, { i: { templateId: t.id, propertyId: X } }, b.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await call(DRAFT, { i: { templateId: t.id, propertyId: X } }, assistantY.token))).toEqual([
      'NOT_FOUND',
    ]);
    const draft = (await ok(DRAFT, { i: { templateId: t.id, propertyId: X } }, manager.token))
      .createNoticeFromTemplate;
    expect(draft).toMatchObject({ status: 'DRAFT', kind: 'LETTER', templateId: t.id, body: template.body });

    const [c1, c2] = [await register('Han Mei'), await register('Li Lei')];
    await moveIn(c1, units['301']);
    expect(codes(await call(SEND, { id: draft.id, c: [c1] }, frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    await ok(APPROVE_NOTICE, { id: draft.id }, manager.token);
    const sent = (await ok(SEND, { id: draft.id, c: [c1, c2] }, frontDesk.token)).sendNotice;
    const of = (c: string) => sent.deliveries.find((d: { customerId: string }) => d.customerId === c);
    expect(of(c1)).toMatchObject({
      title: 'To Han Mei',
      body: `Dear Han Mei of C-301, Letters Court stops the water on ${today()}.`,
    });
    // Li Lei holds no unit yet: the unit is left empty rather than guessed.
    expect(of(c2)).toMatchObject({
      title: 'To Li Lei',
      body: `Dear Li Lei of , Letters Court stops the water on ${today()}.`,
    });
    // The template changed later: the approved letter keeps its text.
    await ok(UPDATE, { id: t.id, i: { ...template, body: 'Changed.' } }, manager.token);
    expect((await ok(NOTICE, { id: draft.id })).notice.body).toBe(template.body);
  });

  it('R-CUS-9: each month’s fire-safety inspection is created by its job and re-armed for the next month in the property’s time zone', async () => {
    await runJobsDue(svc.scheduler, a.tenantId, clock.now());
    const first = (await ok(INSPECTIONS, { p: X })).fireSafetyInspections;
    expect(first.map((i: { period: string; status: string }) => [i.period, i.status])).toEqual([
      [monthOf(today()), 'OPEN'],
    ]);
    const next = await pendingRun(FIRE_JOB);
    expect(next.toISOString()).toBe(monthStart(1).toISOString());
    await runJobsDue(svc.scheduler, a.tenantId, new Date(next.getTime() - 60_000));
    expect((await ok(INSPECTIONS, { p: X })).fireSafetyInspections).toHaveLength(1);
    await runJobsDue(svc.scheduler, a.tenantId, next);
    const second = (await ok(INSPECTIONS, { p: X })).fireSafetyInspections;
    expect(second.map((i: { period: string }) => i.period)).toEqual([
      monthOf(addMonths(`${monthOf(today())}-01`, 1)),
      monthOf(today()),
    ]);
    expect((await pendingRun(FIRE_JOB)).toISOString()).toBe(monthStart(2).toISOString());

    // A quarterly policy for this property: the job re-arms at the next quarter's first day.
    await ok(`mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`, {
      i: {
        key: 'customers.fireSafetyInspectionFrequency',
        value: 'QUARTERLY',
        propertyId: X,
        effectiveFrom: '2020-01-01',
      },
    });
    await until(
      'customers sees the frequency',
      async () =>
        (await count(
          `select count(*)::int as n from policy_projection where tenant_id = $1 and key = 'customers.fireSafetyInspectionFrequency'`,
          [a.tenantId],
        )) === 1,
    );
    const third = await pendingRun(FIRE_JOB);
    await runJobsDue(svc.scheduler, a.tenantId, third);
    const thirdDate = dateIn(third, TZ);
    const q = Math.floor((Number(thirdDate.slice(5, 7)) - 1) / 3);
    const quarterStart = `${thirdDate.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const periods = (await ok(INSPECTIONS, { p: X })).fireSafetyInspections.map(
      (i: { period: string }) => i.period,
    );
    expect(periods).toContain(`${thirdDate.slice(0, 4)}-Q${q + 1}`);
    expect((await pendingRun(FIRE_JOB)).toISOString()).toBe(
      instantAt(addMonths(quarterStart, 3), TZ).toISOString(),
    );
  });

  it('R-CUS-9: a finding that needs rectification drafts a rectification letter to the unit’s customer, approved before it is sent and signed for', async () => {
    await runJobsDue(svc.scheduler, a.tenantId, clock.now());
    const inspection = (await ok(INSPECTIONS, { p: X })).fireSafetyInspections.find(
      (i: { period: string }) => i.period === monthOf(today()),
    );
    await ok(
      `mutation($i: LetterTemplateInput!) { createLetterTemplate(input: $i) { id } }`,
      {
        i: {
          name: 'Fire rectification',
          kind: 'RECTIFICATION',
          title: '整改通知 {unit}',
          body: '{customerName}: {finding} ({unit}, {propertyName})',
        },
      },
      manager.token,
    );
    const c3 = await register('Wang Fang');
    await moveIn(c3, units['302']);
    const RECORD = `mutation($i: FireSafetyFindingInput!) { recordFireSafetyFinding(input: $i) { id unitId customerId noticeId needsRectification } }`;
    const finding = { inspectionId: inspection.id, unitId: units['302'], needsRectification: true };
    expect(codes(await call(RECORD, { i: { ...finding, description: ' ' } }, frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await call(RECORD, { i: { ...finding, unitId: uuidv7(), description: 'x' } }))).toEqual([
      'VALIDATION_FAILED',
    ]);
    for (const token of [b.token, assistantY.token])
      expect(codes(await call(RECORD, { i: { ...finding, description: 'x' } }, token))).toEqual([
        'NOT_FOUND',
      ]);
    expect(
      (await ok(`query($id: ID!) { fireSafetyInspection(id: $id) { id } }`, { id: inspection.id }, b.token))
        .fireSafetyInspection,
    ).toBeNull();

    const f = (await ok(RECORD, { i: { ...finding, description: 'Blocked fire exit' } }, frontDesk.token))
      .recordFireSafetyFinding;
    expect(f).toMatchObject({ unitId: units['302'], customerId: c3, needsRectification: true });
    const letter = (await ok(NOTICE, { id: f.noticeId })).notice;
    expect(letter).toMatchObject({
      kind: 'RECTIFICATION',
      status: 'DRAFT',
      title: '整改通知 C-302',
      body: '{customerName}: Blocked fire exit (C-302, Letters Court)',
      deliveries: [],
    });
    expect(codes(await call(SEND, { id: f.noticeId, c: [c3] }, frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    await ok(APPROVE_NOTICE, { id: f.noticeId }, manager.token);
    const sent = (await ok(SEND, { id: f.noticeId, c: [c3] }, frontDesk.token)).sendNotice;
    expect(sent.deliveries).toMatchObject([
      { customerId: c3, title: null, body: 'Wang Fang: Blocked fire exit (C-302, Letters Court)' },
    ]);
    const signed = await ok(
      `mutation($d: ID!) { recordNoticeReceipt(deliveryId: $d, signedBy: "Wang Fang") { deliveries { receiptSignedBy } } }`,
      { d: sent.deliveries[0].id },
      frontDesk.token,
    );
    expect(signed.recordNoticeReceipt.deliveries).toEqual([{ receiptSignedBy: 'Wang Fang' }]);

    // An empty unit, or nothing to put right: the finding is kept, no letter drafted.
    const empty = (
      await ok(RECORD, { i: { ...finding, unitId: units['303'], description: 'No extinguisher' } })
    ).recordFireSafetyFinding;
    expect(empty).toMatchObject({ customerId: null, noticeId: null });
    const fine = (
      await ok(RECORD, {
        i: { ...finding, unitId: units['301'], needsRectification: false, description: 'OK' },
      })
    ).recordFireSafetyFinding;
    expect(fine).toMatchObject({ customerId: null, noticeId: null });

    const COMPLETE = `mutation($id: ID!) { completeFireSafetyInspection(id: $id) { status findings { id } } }`;
    expect(codes(await call(COMPLETE, { id: inspection.id }, b.token))).toEqual(['NOT_FOUND']);
    const done = (await ok(COMPLETE, { id: inspection.id }, frontDesk.token)).completeFireSafetyInspection;
    expect(done.status).toBe('DONE');
    expect(done.findings).toHaveLength(3);
    expect(codes(await call(RECORD, { i: { ...finding, description: 'late' } }))).toEqual(['CONFLICT']);
  });

  it('R-ARC-4: the monthly completeness check runs on the policy’s day in the property’s time zone, is kept, and re-arms', async () => {
    const incomplete = await register('Zhao Min');
    const CHECKS = `query($p: ID!) { archiveCompletenessChecks(propertyId: $p) { period archivesChecked incomplete gaps { customerId missingSections } } }`;
    // Earlier tests' runs may have moved it on: whichever month it is armed for, it is its 1st, 00:00 in Shanghai.
    const run = await pendingRun(CHECK_JOB);
    const runDay = dateIn(run, TZ);
    expect(runDay.slice(8)).toBe('01');
    expect(run.toISOString()).toBe(instantAt(runDay, TZ).toISOString());
    expect(run.getTime()).toBeGreaterThan(clock.now().getTime());
    const periodsKept = async () =>
      (await ok(CHECKS, { p: X }, manager.token)).archiveCompletenessChecks.map(
        (c: { period: string }) => c.period,
      );
    await runJobsDue(svc.scheduler, a.tenantId, new Date(run.getTime() - 60_000));
    expect(await periodsKept()).not.toContain(monthOf(runDay));
    await runJobsDue(svc.scheduler, a.tenantId, run);
    const now = (
      await ok(`query($p: ID!) { archiveCompleteness(propertyId: $p) { archivesChecked incomplete } }`, {
        p: X,
      })
    ).archiveCompleteness;
    const [kept] = (await ok(CHECKS, { p: X }, manager.token)).archiveCompletenessChecks;
    expect(kept).toMatchObject({ period: monthOf(runDay), ...now });
    expect(kept.gaps).toContainEqual({
      customerId: incomplete,
      missingSections: ['FIRE_RESPONSIBILITY_LETTER'],
    });
    expect((await ok(CHECKS, { p: X }, b.token)).archiveCompletenessChecks).toEqual([]);
    const second = await pendingRun(CHECK_JOB);
    expect(second.toISOString()).toBe(instantAt(addMonths(runDay, 1), TZ).toISOString());

    // The company checks on the 15th from now on: the run of the 1st re-arms for the 15th.
    await ok(`mutation($i: SetPolicyInput!) { setPolicy(input: $i) { asOf } }`, {
      i: { key: 'archives.completenessCheckDayOfMonth', value: 15, effectiveFrom: '2020-01-01' },
    });
    await until(
      'customers sees the check day',
      async () =>
        (await count(
          `select count(*)::int as n from policy_projection where tenant_id = $1 and key = 'archives.completenessCheckDayOfMonth'`,
          [a.tenantId],
        )) === 1,
    );
    await runJobsDue(svc.scheduler, a.tenantId, second);
    expect((await pendingRun(CHECK_JOB)).toISOString()).toBe(
      instantAt(`${monthOf(dateIn(second, TZ))}-15`, TZ).toISOString(),
    );
    expect((await periodsKept()).slice(0, 2)).toEqual([monthOf(dateIn(second, TZ)), monthOf(runDay)]);
  });

  it('R-ARC-4: a transfer needs a manager’s approval and a signed hand-over record, and leaves a record', async () => {
    const id = await register('Sun Li');
    const REQUEST = `mutation($i: ArchiveDispositionInput!) { requestArchiveDisposition(input: $i) { id status kind toDepartment } }`;
    expect(
      codes(
        await call(REQUEST, { i: { customerId: id, kind: 'TRANSFER', reason: 'file' } }, frontDesk.token),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(
        await call(
          REQUEST,
          { i: { customerId: id, kind: 'TRANSFER', toDepartment: 'ENG', reason: 'x' } },
          b.token,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const d = (
      await ok(
        REQUEST,
        { i: { customerId: id, kind: 'TRANSFER', toDepartment: 'ENGINEERING', reason: 'renovation file' } },
        frontDesk.token,
      )
    ).requestArchiveDisposition;
    expect(d).toMatchObject({ status: 'REQUESTED', kind: 'TRANSFER', toDepartment: 'ENGINEERING' });
    const APPROVE = `mutation($id: ID!, $s: String) { approveArchiveDisposition(id: $id, handoverSignedBy: $s) { status approvedBy handoverSignedBy } }`;
    expect(codes(await call(APPROVE, { id: d.id, s: 'Zhou Qi' }, frontDesk.token))).toEqual(['FORBIDDEN']);
    expect(codes(await call(APPROVE, { id: d.id, s: 'Zhou Qi' }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await call(APPROVE, { id: d.id, s: '  ' }, manager.token))).toEqual(['VALIDATION_FAILED']);
    const state = `select d.status, a.status as archive from archive_dispositions d join archives a on a.id = d.archive_id where d.id = $1`;
    expect((await admin.query(state, [d.id])).rows[0]).toEqual({ status: 'REQUESTED', archive: 'ACTIVE' });
    const done = (await ok(APPROVE, { id: d.id, s: 'Zhou Qi' }, manager.token)).approveArchiveDisposition;
    expect(done).toEqual({
      status: 'DONE',
      approvedBy: subjectOf(manager.token),
      handoverSignedBy: 'Zhou Qi',
    });
    expect((await admin.query(state, [d.id])).rows[0]).toEqual({ status: 'DONE', archive: 'TRANSFERRED' });
    expect(
      await count(
        `select count(*)::int as n from archive_access_log where customer_id = $1 and action = 'TRANSFER' and purpose = 'renovation file'`,
        [id],
      ),
    ).toBe(1);
    expect(codes(await call(APPROVE, { id: d.id, s: 'Zhou Qi' }, manager.token))).toEqual(['CONFLICT']);
    expect(
      codes(
        await call(REQUEST, { i: { customerId: id, kind: 'DESTROY', reason: 'again' } }, frontDesk.token),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('R-ARC-4: a destruction needs a manager’s approval and leaves a record; the archive takes no more documents', async () => {
    const id = await register('Qian Yu');
    const REQUEST = `mutation($i: ArchiveDispositionInput!) { requestArchiveDisposition(input: $i) { id } }`;
    expect(
      codes(await call(REQUEST, { i: { customerId: id, kind: 'DESTROY', reason: ' ' } }, frontDesk.token)),
    ).toEqual(['VALIDATION_FAILED']);
    const d = (
      await ok(
        REQUEST,
        { i: { customerId: id, kind: 'DESTROY', reason: 'retention ended' } },
        frontDesk.token,
      )
    ).requestArchiveDisposition;
    const APPROVE = `mutation($id: ID!) { approveArchiveDisposition(id: $id) { status approvedBy handoverSignedBy } }`;
    expect(codes(await call(APPROVE, { id: d.id }, frontDesk.token))).toEqual(['FORBIDDEN']);
    expect(codes(await call(APPROVE, { id: d.id }, b.token))).toEqual(['NOT_FOUND']);
    const done = (await ok(APPROVE, { id: d.id }, manager.token)).approveArchiveDisposition;
    expect(done).toEqual({ status: 'DONE', approvedBy: subjectOf(manager.token), handoverSignedBy: null });
    expect(
      await count(
        `select count(*)::int as n from archive_access_log where customer_id = $1 and action = 'DESTROY' and purpose = 'retention ended'`,
        [id],
      ),
    ).toBe(1);
    expect(
      codes(
        await call(
          `mutation($i: AttachArchiveDocumentInput!) { attachArchiveDocument(input: $i) { id } }`,
          { i: { customerId: id, section: 'OTHER', name: 'late', contentBase64: '' } },
          frontDesk.token,
        ),
      ),
    ).toEqual(['CONFLICT']);
  });
});
