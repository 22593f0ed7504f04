import { Client } from 'pg';
import { Events } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import { closeForeignEvents, codes, gql, publishForeignEvent, testClock, testDatabaseUrl } from '@pm/testing';
import { FakeClock, addDays, dateIn, instantAt } from '@pm/time';
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
 * Letters, the care calendar, ownership transfer, sublets, the archive's life cycle and grading
 * from other services' events, through the gateway: the entity-manager paths customers.test.ts
 * does not reach. The service runs on a clock of its own, moved by hand for due dates.
 */
jest.setTimeout(60_000);
const ADMIN_URL = testDatabaseUrl('customers');
const clock = new FakeClock(testClock.now().getTime());

let p: Platform;
let svc: CustomersServer;
let a: Company;
let X: string;
let Y: string;
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
const today = () => dateIn(clock.now(), 'Asia/Shanghai');
const subjectOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
const count = async (sql: string, params: unknown[]) => (await admin.query(sql, params)).rows[0].n as number;

let idSeq = 1000 + Math.floor(Math.random() * 8000);
async function register(extra: Record<string, unknown> = {}, propertyId = X): Promise<string> {
  const d = await ok(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
    i: {
      propertyId,
      name: 'Han Mei',
      phone: '13900002222',
      kind: 'OWNER',
      idNumber: idNumberFor(idSeq++, 1985),
      ...extra,
    },
  });
  return d.registerCustomer.id;
}
const moveIn = (customerId: string, unitId: string, date: string) =>
  ok(`mutation($i: MoveInInput!) { moveIn(input: $i) { id openItems } }`, {
    i: { customerId, unitId, date },
  });

beforeAll(async () => {
  p = await startPlatform({}, [
    starter<CustomersServer>('customers', {
      env: { SCHEDULER_POLL_MS: '600000', ARCHIVE_MAX_DOCUMENT_BYTES: '2048' },
      options: { clock },
      onStart: (s) => (svc = s),
    }),
  ]);
  a = await signUpCompany(p.gatewayUrl);
  X = await createProperty(p.gatewayUrl, a.token, 'Lifecycle Court');
  Y = await createProperty(p.gatewayUrl, a.token, 'Other Tower');
  for (const n of ['201', '202', '203', '204']) {
    const d = await ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { propertyId: X, building: 'B', number: n, areaSqm: 90, kind: 'APARTMENT' },
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
  await until('the units and properties in the projections', async () => {
    const u = await count('select count(*)::int as n from unit_projection where tenant_id = $1', [
      a.tenantId,
    ]);
    const pr = await count('select count(*)::int as n from property_projection where tenant_id = $1', [
      a.tenantId,
    ]);
    return u === 4 && pr === 2;
  });
}, 120_000);

afterAll(async () => {
  await closeForeignEvents();
  await admin?.end();
  await removeCompanies([a]);
  await p?.stop();
}, 60_000);

describe('customers: letters, care, transfers, sublets, archives and grading', () => {
  it('projections carry the tenant of the event (TenantStamp on upserts)', async () => {
    const r = await admin.query('select distinct tenant_id from property_projection where id = any($1)', [
      [X, Y],
    ]);
    expect(r.rows).toEqual([{ tenant_id: a.tenantId }]);
  });

  it('R-CUS-4: move-in items ticked later close their open items; a move-in completes its move-in notice', async () => {
    const id = await register();
    const n = await ok(`mutation($i: MoveInNoticeInput!) { sendMoveInNotice(input: $i) { id status } }`, {
      i: { customerId: id, unitId: units['201'], deadline: addDays(today(), 10) },
    });
    const o = await moveIn(id, units['201'], today());
    expect(o.moveIn.openItems).toContain('NOTICE');
    const done = await ok(
      `mutation($o: ID!, $i: [MoveInChecklistItem!]!) { completeMoveInItems(occupancyId: $o, items: $i) { openItems } }`,
      { o: o.moveIn.id, i: ['NOTICE', 'PURCHASE_CONTRACT'] },
      frontDesk.token,
    );
    expect(done.completeMoveInItems.openItems).not.toContain('NOTICE');
    expect(done.completeMoveInItems.openItems).not.toContain('PURCHASE_CONTRACT');
    expect(done.completeMoveInItems.openItems).toContain('PAYMENT_PROOF');
    const status = await admin.query('select status from move_in_notices where id = $1', [
      n.sendMoveInNotice.id,
    ]);
    expect(status.rows[0].status).toBe('DONE');
  });

  it('R-CUS-9: a letter is approved before it is sent, delivered once per customer, and keeps signed receipts', async () => {
    const [c1, c2] = [await register(), await register()];
    const other = await register({}, Y);
    const draft = await ok(
      `mutation($i: CreateNoticeInput!) { createNotice(input: $i) { id status deliveries { id } } }`,
      { i: { propertyId: X, title: 'Water stop', body: 'Water stops on Friday.' } },
      manager.token,
    );
    expect(draft.createNotice).toMatchObject({ status: 'DRAFT', deliveries: [] });
    const id = draft.createNotice.id;
    const SEND = `mutation($id: ID!, $c: [ID!]!) { sendNotice(id: $id, customerIds: $c) { status deliveries { id customerId receiptSignedBy } } }`;
    expect(codes(await call(SEND, { id, c: [c1] }, frontDesk.token))).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(await call(`mutation($id: ID!) { approveNotice(id: $id) { id } }`, { id }, frontDesk.token)),
    ).toEqual(['FORBIDDEN']);
    await ok(`mutation($id: ID!) { approveNotice(id: $id) { status } }`, { id }, manager.token);
    expect(codes(await call(SEND, { id, c: [c1, other] }, frontDesk.token))).toEqual(['VALIDATION_FAILED']);
    const sent = await ok(SEND, { id, c: [c1, c2, c1] }, frontDesk.token);
    expect(sent.sendNotice.status).toBe('SENT');
    expect(sent.sendNotice.deliveries.map((d: { customerId: string }) => d.customerId).sort()).toEqual(
      [c1, c2].sort(),
    );
    expect(codes(await call(SEND, { id, c: [c1] }, frontDesk.token))).toEqual(['VALIDATION_FAILED']);
    const delivery = sent.sendNotice.deliveries.find((d: { customerId: string }) => d.customerId === c1).id;
    const RECEIPT = `mutation($d: ID!) { recordNoticeReceipt(deliveryId: $d, signedBy: "Han Mei") { deliveries { id receiptSignedBy receiptSignedAt } } }`;
    const signed = await ok(RECEIPT, { d: delivery }, frontDesk.token);
    const row = signed.recordNoticeReceipt.deliveries.find((d: { id: string }) => d.id === delivery);
    expect(row.receiptSignedBy).toBe('Han Mei');
    expect(Date.parse(row.receiptSignedAt)).toBe(clock.now().getTime());
    expect(codes(await call(RECEIPT, { d: delivery }, frontDesk.token))).toEqual(['CONFLICT']);
    expect(codes(await call(RECEIPT, { d: delivery }, assistantY.token))).toEqual(['NOT_FOUND']);
    const seen = await call(`query($id: ID!) { notice(id: $id) { id } }`, { id }, assistantY.token);
    expect(seen.data.notice).toBeNull();
  });

  it('R-CUS-3: a holiday greeting reaches every customer of the property when its job runs', async () => {
    await register();
    const sendAt = new Date(clock.now().getTime() + 3_600_000);
    const n = await ok(
      `mutation($i: CareNoticeInput!) { scheduleCareNotice(input: $i) { id status deliveries { id } } }`,
      { i: { propertyId: X, kind: 'HOLIDAY', title: 'Happy New Year', body: '新年快乐', sendAt } },
      manager.token,
    );
    expect(n.scheduleCareNotice).toMatchObject({ status: 'APPROVED', deliveries: [] });
    await svc.scheduler.runDue(new Date(sendAt.getTime() - 60_000));
    const before = await ok(`query($id: ID!) { notice(id: $id) { status } }`, {
      id: n.scheduleCareNotice.id,
    });
    expect(before.notice.status).toBe('APPROVED');
    await svc.scheduler.runDue(sendAt);
    const after = await ok(`query($id: ID!) { notice(id: $id) { status deliveries { customerId } } }`, {
      id: n.scheduleCareNotice.id,
    });
    const customersOfX = await count('select count(*)::int as n from customers where property_id = $1', [X]);
    expect(after.notice.status).toBe('SENT');
    expect(after.notice.deliveries).toHaveLength(customersOfX);
  });

  it('R-CUS-3: a birthday greeting is sent at 09:00 property time and re-armed for the next year', async () => {
    const birthday = `1990-${addDays(today(), 1).slice(5)}`;
    const id = await register({ birthday: birthday.endsWith('02-29') ? '1992-02-29' : birthday });
    const job = await admin.query(
      `select run_at from scheduled_jobs where kind = 'CARE_BIRTHDAY' and payload->>'customerId' = $1 and status = 'PENDING'`,
      [id],
    );
    const runAt: Date = job.rows[0].run_at;
    expect(runAt.toISOString()).toBe(instantAt(addDays(today(), 1), 'Asia/Shanghai', 540).toISOString());
    await svc.scheduler.runDue(runAt);
    const greeted = await count(
      `select count(*)::int as n from notices n join notice_deliveries d on d.notice_id = n.id
        where n.kind = 'CARE_BIRTHDAY' and d.customer_id = $1`,
      [id],
    );
    expect(greeted).toBe(1);
    const next = await admin.query(
      `select run_at from scheduled_jobs where kind = 'CARE_BIRTHDAY' and payload->>'customerId' = $1 and status = 'PENDING'`,
      [id],
    );
    expect(next.rows).toHaveLength(1);
    expect(next.rows[0].run_at.getTime()).toBeGreaterThan(runAt.getTime() + 300 * 86_400_000);
  });

  it('R-CUS-7: an ownership transfer needs the notarised contract; the old owner leaves once cleared and the cards are back', async () => {
    const owner = await register();
    const buyer = await register();
    const occ = await moveIn(owner, units['202'], addDays(today(), -400));
    const TRANSFER = `mutation($i: TransferOwnershipInput!) { transferOwnership(input: $i) { id status releasePassNumber cardsReturned } }`;
    const input = {
      customerId: owner,
      unitId: units['202'],
      newOwnerId: buyer,
      plannedDate: addDays(today(), 1),
    };
    expect(
      codes(await call(TRANSFER, { i: { ...input, contractNotarised: false } }, frontDesk.token)),
    ).toEqual(['VALIDATION_FAILED']);
    const t = await ok(TRANSFER, { i: { ...input, contractNotarised: true } }, frontDesk.token);
    const requestId = t.transferOwnership.id;
    expect(t.transferOwnership).toMatchObject({ status: 'PENDING_CLEARANCE', cardsReturned: false });
    const ev = await admin.query(
      `select envelope from outbox where envelope->>'type' = 'moveout.requested' and envelope->'payload'->>'requestId' = $1`,
      [requestId],
    );
    expect(ev.rows[0].envelope.payload.reason).toBe('OWNERSHIP_TRANSFER');
    // Billing's answer (billing's user publishes it; the customers relay may not).
    await publishForeignEvent(Events.clearanceDecided, a.tenantId, {
      requestId,
      customerId: owner,
      cleared: true,
      amountOwedFen: 0,
      monthsOwed: 0,
    });
    const cleared = await until('clearance', async () => {
      const r = await ok(`query($id: ID!) { moveOutRequest(id: $id) { status releasePassNumber } }`, {
        id: requestId,
      });
      return r.moveOutRequest.status === 'CLEARED' && r.moveOutRequest;
    });
    // A transfer gets no release pass (R-CUS-6 is for moving goods out).
    expect(cleared.releasePassNumber).toBeNull();
    const endDate = async () =>
      (await admin.query('select end_date::text as d from occupancies where id = $1', [occ.moveIn.id]))
        .rows[0].d;
    expect(await endDate()).toBeNull();
    const back = await ok(
      `mutation($id: ID!) { recordCardsReturned(requestId: $id) { cardsReturned status } }`,
      { id: requestId },
      frontDesk.token,
    );
    expect(back.recordCardsReturned).toEqual({ cardsReturned: true, status: 'CLEARED' });
    expect(await endDate()).toBe(input.plannedDate);
    const ended = await admin.query(
      `select envelope from outbox where envelope->>'type' = 'occupancy.ended' and envelope->'payload'->>'occupancyId' = $1`,
      [occ.moveIn.id],
    );
    expect(ended.rows).toHaveLength(1);
  });

  it('R-CUS-8: a sublet records who pays which fee item; only the current owner sublets, to a lessee of the property', async () => {
    const owner = await register();
    const lessee = await register({ kind: 'LESSEE' });
    const SUBLET = `mutation($i: SubletInput!) { registerSublet(input: $i) { id ownerId lesseeId unitId startDate endDate feePayers { feeItem payer } } }`;
    const input = {
      ownerId: owner,
      lesseeId: lessee,
      unitId: units['203'],
      startDate: today(),
      feePayers: [
        { feeItem: 'MANAGEMENT', payer: 'OWNER' },
        { feeItem: 'WATER', payer: 'LESSEE' },
      ],
    };
    expect(codes(await call(SUBLET, { i: input }, frontDesk.token))).toEqual(['VALIDATION_FAILED']);
    await moveIn(owner, units['203'], addDays(today(), -30));
    expect(codes(await call(SUBLET, { i: { ...input, lesseeId: owner } }, frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(
      codes(
        await call(
          SUBLET,
          { i: { ...input, feePayers: [{ feeItem: 'WATER', payer: 'TENANT' }] } },
          frontDesk.token,
        ),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    const s = await ok(SUBLET, { i: input }, frontDesk.token);
    expect(s.registerSublet).toMatchObject({
      ownerId: owner,
      lesseeId: lessee,
      unitId: units['203'],
      startDate: today(),
      endDate: null,
      feePayers: input.feePayers,
    });
  });

  it('R-ARC-1 / R-ARC-2 / R-ARC-4: documents are attached, read back with a logged copy, and destroyed with their files', async () => {
    const id = await register();
    const content = Buffer.from('signed fire-safety responsibility letter').toString('base64');
    const ATTACH = `mutation($i: AttachArchiveDocumentInput!) { attachArchiveDocument(input: $i) { id } }`;
    const letter = { customerId: id, section: 'FIRE_RESPONSIBILITY_LETTER', name: 'Fire letter' };
    // Size and type limits per document (ARCHIVE_MAX_DOCUMENT_BYTES, ARCHIVE_CONTENT_TYPES): refused, nothing written.
    const tooBig = Buffer.alloc(2049).toString('base64');
    for (const bad of [
      { contentBase64: content, contentType: 'application/x-msdownload' },
      { contentBase64: content },
      { contentBase64: tooBig, contentType: 'application/pdf' },
    ])
      expect(codes(await call(ATTACH, { i: { ...letter, ...bad } }, frontDesk.token))).toEqual([
        'VALIDATION_FAILED',
      ]);
    expect(
      await count(
        `select count(*)::int as n from archive_documents d join archives a on a.id = d.archive_id where a.customer_id = $1 and d.section = 'FIRE_RESPONSIBILITY_LETTER'`,
        [id],
      ),
    ).toBe(0);
    const doc = await ok(
      `mutation($i: AttachArchiveDocumentInput!) { attachArchiveDocument(input: $i) { id section name sizeBytes } }`,
      {
        i: {
          customerId: id,
          section: 'FIRE_RESPONSIBILITY_LETTER',
          name: 'Fire letter',
          contentBase64: content,
          contentType: 'application/pdf',
        },
      },
      frontDesk.token,
    );
    expect(doc.attachArchiveDocument).toMatchObject({ section: 'FIRE_RESPONSIBILITY_LETTER', sizeBytes: 40 });
    const docId = doc.attachArchiveDocument.id;
    const read = await ok(
      `query($id: ID!) { archive(customerId: $id, purpose: "audit") { id status missingSections documents { id section } } }`,
      { id },
      manager.token,
    );
    expect(read.archive.missingSections).toEqual([]);
    expect(read.archive.documents.map((d: { section: string }) => d.section)).toEqual([
      'BASIC_INFO',
      'FIRE_RESPONSIBILITY_LETTER',
    ]);
    const COPY = `query($d: ID!) { archiveDocumentContent(documentId: $d, purpose: "copy for the owner") }`;
    expect(codes(await call(COPY, { d: docId }, frontDesk.token))).toEqual(['FORBIDDEN']);
    expect(codes(await call(COPY, { d: docId }, assistantY.token))).toEqual(['NOT_FOUND']);
    expect((await ok(COPY, { d: docId }, manager.token)).archiveDocumentContent).toBe(content);
    const copies = await count(
      `select count(*)::int as n from archive_access_log where customer_id = $1 and action = 'COPY' and purpose = 'copy for the owner'`,
      [id],
    );
    expect(copies).toBe(1);
    // The default store keeps the bytes in the service's database, tenant-scoped (RLS).
    const stored = `select count(*)::int as n from archive_document_contents where storage_key = $1 and tenant_id = $2 and content_type = 'application/pdf'`;
    expect(await count(stored, [`${read.archive.id}/${docId}`, a.tenantId])).toBe(1);

    const complete = await ok(
      `query($p: ID!) { archiveCompleteness(propertyId: $p) { rows { customerId } } }`,
      {
        p: X,
      },
    );
    expect(complete.archiveCompleteness.rows.map((r: { customerId: string }) => r.customerId)).not.toContain(
      id,
    );

    const REQUEST = `mutation($i: ArchiveDispositionInput!) { requestArchiveDisposition(input: $i) { id status kind } }`;
    const d = await ok(
      REQUEST,
      { i: { customerId: id, kind: 'DESTROY', reason: 'retention ended' } },
      frontDesk.token,
    );
    expect(d.requestArchiveDisposition).toMatchObject({ status: 'REQUESTED', kind: 'DESTROY' });
    const APPROVE = `mutation($id: ID!) { approveArchiveDisposition(id: $id) { status approvedBy } }`;
    expect(codes(await call(APPROVE, { id: d.requestArchiveDisposition.id }, assistantY.token))).toEqual([
      'FORBIDDEN',
    ]);
    const done = await ok(APPROVE, { id: d.requestArchiveDisposition.id }, manager.token);
    expect(done.approveArchiveDisposition.status).toBe('DONE');
    expect(await count(stored, [`${read.archive.id}/${docId}`, a.tenantId])).toBe(0);
    const after = await ok(
      `query($id: ID!) { archive(customerId: $id, purpose: "audit") { status } }`,
      { id },
      manager.token,
    );
    expect(after.archive.status).toBe('DESTROYED');
    expect(
      codes(
        await call(REQUEST, { i: { customerId: id, kind: 'DESTROY', reason: 'again' } }, frontDesk.token),
      ),
    ).toEqual(['CONFLICT']);
  });

  it('R-ARC-4: a transfer to another department needs a signed hand-over record', async () => {
    const id = await register();
    const d = await ok(
      `mutation($i: ArchiveDispositionInput!) { requestArchiveDisposition(input: $i) { id } }`,
      { i: { customerId: id, kind: 'TRANSFER', toDepartment: 'ENGINEERING', reason: 'renovation file' } },
      frontDesk.token,
    );
    const APPROVE = `mutation($id: ID!, $s: String) { approveArchiveDisposition(id: $id, handoverSignedBy: $s) { status handoverSignedBy } }`;
    expect(codes(await call(APPROVE, { id: d.requestArchiveDisposition.id }, manager.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    const done = await ok(APPROVE, { id: d.requestArchiveDisposition.id, s: 'Zhou Qi' }, manager.token);
    expect(done.approveArchiveDisposition).toEqual({ status: 'DONE', handoverSignedBy: 'Zhou Qi' });
    const a2 = await ok(
      `query($id: ID!) { archive(customerId: $id, purpose: "audit") { status department } }`,
      { id },
      manager.token,
    );
    expect(a2.archive).toEqual({ status: 'TRANSFERRED', department: 'ENGINEERING' });
  });

  it('R-ARC-3: a current loan is renewed by a manager; past its due time it is overdue, and listed', async () => {
    const id = await register();
    const loan = await ok(
      `mutation($i: ArchiveLoanInput!) { requestArchiveLoan(input: $i) { id term } }`,
      { i: { customerId: id, purpose: 'dispute', days: 2, term: 'SHORT' } },
      frontDesk.token,
    );
    expect(loan.requestArchiveLoan.term).toBe('SHORT');
    const loanId = loan.requestArchiveLoan.id;
    const approved = await ok(
      `mutation($id: ID!) { approveArchiveLoan(id: $id) { dueAt } }`,
      { id: loanId },
      manager.token,
    );
    const due = Date.parse(approved.approveArchiveLoan.dueAt);
    expect(due).toBe(clock.now().getTime() + 2 * 86_400_000);
    const RENEW = `mutation($id: ID!, $d: Int!) { renewArchiveLoan(id: $id, days: $d) { dueAt renewals status } }`;
    expect(codes(await call(RENEW, { id: loanId, d: 4 }, manager.token))).toEqual(['VALIDATION_FAILED']);
    const renewed = await ok(RENEW, { id: loanId, d: 3 }, manager.token);
    expect(renewed.renewArchiveLoan).toMatchObject({ renewals: 1, status: 'APPROVED' });
    expect(Date.parse(renewed.renewArchiveLoan.dueAt)).toBe(due + 3 * 86_400_000);

    const start = clock.now();
    try {
      clock.set(new Date(due + 3 * 86_400_000 + 60_000));
      const overdue = await ok(
        `query($p: ID) { overdueArchiveLoans(propertyId: $p) { id status } }`,
        { p: X },
        manager.token,
      );
      expect(overdue.overdueArchiveLoans).toContainEqual({ id: loanId, status: 'OVERDUE' });
      const elsewhere = await ok(`query { overdueArchiveLoans { id } }`, {}, assistantY.token);
      expect(elsewhere.overdueArchiveLoans).toEqual([]);
      expect(codes(await call(RENEW, { id: loanId, d: 1 }, manager.token))).toEqual(['CONFLICT']);
      const stored = await admin.query('select status from archive_loans where id = $1', [loanId]);
      expect(stored.rows[0].status).toBe('OVERDUE');
      const back = await ok(
        `mutation($id: ID!) { returnArchiveLoan(id: $id) { status returnedAt } }`,
        { id: loanId },
        frontDesk.token,
      );
      expect(back.returnArchiveLoan.status).toBe('RETURNED');
    } finally {
      clock.set(start);
    }
  });

  it('R-CUS-2: bills paid on time and closed tickets (other services’ events) count towards the segment; unknown customers are ignored', async () => {
    const id = await register();
    await moveIn(id, units['204'], addDays(today(), -800));
    const billId = uuidv7();
    const dueDate = addDays(today(), 5);
    await publishForeignEvent(Events.billIssued, a.tenantId, {
      billId,
      propertyId: X,
      unitId: units['204'],
      customerId: id,
      period: today().slice(0, 7),
      totalFen: 25_000,
      dueDate,
    });
    await publishForeignEvent(Events.ticketClosed, a.tenantId, {
      ticketId: uuidv7(),
      propertyId: X,
      kind: 'REPAIR',
      // A customer this service never registered.
      customerId: uuidv7(),
      closedAt: clock.now().toISOString(),
    });
    await until(
      'the bill due date',
      async () =>
        (await count('select count(*)::int as n from bill_dues where bill_id = $1', [billId])) === 1,
    );
    await publishForeignEvent(Events.billPaid, a.tenantId, {
      billId,
      paymentId: uuidv7(),
      propertyId: X,
      customerId: id,
      amountFen: 25_000,
      paidAt: clock.now().toISOString(),
    });
    await publishForeignEvent(Events.ticketClosed, a.tenantId, {
      ticketId: uuidv7(),
      propertyId: X,
      kind: 'REPAIR',
      customerId: id,
      closedAt: clock.now().toISOString(),
    });
    const c = await until('paid bill and closed ticket', async () => {
      const r = await ok(`query($id: ID!) { customer(id: $id) { paidBills ticketsClosed segment } }`, { id });
      return r.customer.paidBills === 1 && r.customer.ticketsClosed === 1 && r.customer;
    });
    // Tenure over 12 months but fewer than 6 bills paid: NEW (policy defaults).
    expect(c.segment).toBe('NEW');
    const stored = await admin.query(
      'select paid_on_time, paid_fen::int as fen from customers where id = $1',
      [id],
    );
    expect(stored.rows[0]).toEqual({ paid_on_time: 1, fen: 25_000 });
  });

  it('R-KPI-9: a recorded visit counts its customer in the visit-plan coverage of its period', async () => {
    const id = await register();
    const env = await publishForeignEvent(Events.visitRecorded, a.tenantId, {
      visitId: uuidv7(),
      ticketId: uuidv7(),
      propertyId: X,
      method: 'PHONE',
      satisfaction: 5,
      customerId: id,
    });
    await until(
      'the visit',
      async () =>
        (await count('select count(*)::int as n from customer_visits where customer_id = $1', [id])) === 1,
    );
    const period = dateIn(new Date(env.occurredAt), 'Asia/Shanghai').slice(0, 7);
    const k = await ok(
      `query($id: ID!, $p: String!) { property(id: $id) { customerKpis(period: $p) { customersVisited } } }`,
      { id: X, p: period },
    );
    expect(k.property.customerKpis.customersVisited).toBeGreaterThanOrEqual(1);
  });
  it('R-CUS-10: the storage log records item, time in, time out and who; an item held past the policy days is flagged', async () => {
    const id = await register();
    const STORE = `mutation($i: StoreItemInput!) { storeItem(input: $i) { id description quantity storedAt storedBy returnedAt overdue } }`;
    const RETURN = `mutation($i: ReturnStoredItemInput!) { returnStoredItem(input: $i) { id returnedAt collectedBy returnedBy overdue } }`;
    const LOG = `query($p: ID!, $o: Boolean) { storageLog(propertyId: $p, open: $o) { totalCount edges { node { id customerId overdue returnedAt } } } }`;
    const start = clock.now();
    const stored = (
      await ok(
        STORE,
        { i: { propertyId: X, customerId: id, description: '纸箱（书籍）', quantity: 2 } },
        frontDesk.token,
      )
    ).storeItem;
    expect(stored).toMatchObject({
      description: '纸箱（书籍）',
      quantity: 2,
      storedBy: subjectOf(frontDesk.token),
      returnedAt: null,
      overdue: false,
    });
    expect(new Date(stored.storedAt).getTime()).toBe(start.getTime());

    // Bad slips, other sites and other property's customers leave nothing behind.
    expect(
      codes(
        await call(
          STORE,
          { i: { propertyId: X, customerId: id, description: ' ', quantity: 0 } },
          frontDesk.token,
        ),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(await call(STORE, { i: { propertyId: Y, customerId: id, description: 'box' } }, frontDesk.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await call(STORE, { i: { propertyId: Y, customerId: id, description: 'box' } }))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(
      codes(await call(RETURN, { i: { id: stored.id, collectedBy: 'Han Mei' } }, assistantY.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await call(LOG, { p: X }, assistantY.token))).toEqual(['NOT_FOUND']);
    expect(await count('select count(*)::int as n from storage_items where customer_id = $1', [id])).toBe(1);

    try {
      clock.set(new Date(start.getTime() + 31 * 86_400_000));
      const open = (await ok(LOG, { p: X, o: true }, frontDesk.token)).storageLog;
      expect(open.edges.map((e: any) => e.node)).toContainEqual({
        id: stored.id,
        customerId: id,
        overdue: true,
        returnedAt: null,
      });

      const back = (
        await ok(RETURN, { i: { id: stored.id, collectedBy: ' 韩梅（本人） ' } }, frontDesk.token)
      ).returnStoredItem;
      expect(back).toMatchObject({
        collectedBy: '韩梅（本人）',
        returnedBy: subjectOf(frontDesk.token),
        overdue: false,
      });
      expect(new Date(back.returnedAt).getTime()).toBe(clock.now().getTime());
      expect(
        codes(await call(RETURN, { i: { id: stored.id, collectedBy: 'again' } }, frontDesk.token)),
      ).toEqual(['CONFLICT']);
      const still = (await ok(LOG, { p: X, o: true }, frontDesk.token)).storageLog;
      expect(still.edges.map((e: any) => e.node.id)).not.toContain(stored.id);
      const all = (await ok(LOG, { p: X }, frontDesk.token)).storageLog;
      expect(all.edges.map((e: any) => e.node.id)).toContain(stored.id);
    } finally {
      clock.set(start);
    }
  });
});
