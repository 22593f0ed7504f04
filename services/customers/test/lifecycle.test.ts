import { Client } from 'pg';
import { Events } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import {
  closeForeignEvents,
  codes,
  gql,
  publishForeignEvent,
  runJobsDue,
  testClock,
  testDatabaseUrl,
} from '@pm/testing';
import { FakeClock, addDays, addMonths, dateIn, instantAt } from '@pm/time';
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
import { drawSample } from '../src/survey/survey.rules';
import { missingPeriods } from '../src/assembly/assembly.rules';
import { eventSample } from '../src/follow-up/follow-up.rules';
import { inspectionDue } from '../src/renovation/renovation.rules';

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
  for (const n of ['201', '202', '203', '204', '205', '206']) {
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
    return u === 6 && pr === 2;
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
    await runJobsDue(svc.scheduler, a.tenantId, new Date(sendAt.getTime() - 60_000));
    const before = await ok(`query($id: ID!) { notice(id: $id) { status } }`, {
      id: n.scheduleCareNotice.id,
    });
    expect(before.notice.status).toBe('APPROVED');
    await runJobsDue(svc.scheduler, a.tenantId, sendAt);
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
    await runJobsDue(svc.scheduler, a.tenantId, runAt);
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

  it('R-CUS-7: an ownership transfer needs the notarised contract; it completes once cleared, everything returned and the archive decided, and the buyer moves in', async () => {
    const owner = await register();
    const buyer = await register();
    const occ = await moveIn(owner, units['202'], addDays(today(), -400));
    const card = await ok(
      `mutation($i: IssueAccessCardInput!) { issueAccessCard(input: $i) { id } }`,
      { i: { occupancyId: occ.moveIn.id, cardNumber: 'T-202-1', issuedOn: addDays(today(), -400) } },
      frontDesk.token,
    );
    const TRANSFER = `mutation($i: TransferOwnershipInput!) { transferOwnership(input: $i) { id status releasePassNumber cardsReturned newOwnerId returns { item } archiveDecision completedAt } }`;
    const input = {
      customerId: owner,
      unitId: units['202'],
      newOwnerId: buyer,
      plannedDate: addDays(today(), 1),
    };
    expect(
      codes(await call(TRANSFER, { i: { ...input, contractNotarised: false } }, frontDesk.token)),
    ).toEqual(['VALIDATION_FAILED']);
    // The buyer is another OWNER customer of the property.
    const lessee = await register({ kind: 'LESSEE' });
    for (const newOwnerId of [owner, lessee])
      expect(
        codes(
          await call(TRANSFER, { i: { ...input, newOwnerId, contractNotarised: true } }, frontDesk.token),
        ),
      ).toEqual(['VALIDATION_FAILED']);
    const t = await ok(TRANSFER, { i: { ...input, contractNotarised: true } }, frontDesk.token);
    const requestId = t.transferOwnership.id;
    expect(t.transferOwnership).toMatchObject({
      status: 'PENDING_CLEARANCE',
      cardsReturned: false,
      newOwnerId: buyer,
      returns: [],
      archiveDecision: null,
      completedAt: null,
    });
    const ev = await admin.query(
      `select envelope from outbox where envelope->>'type' = 'moveout.requested' and envelope->'payload'->>'requestId' = $1`,
      [requestId],
    );
    expect(ev.rows[0].envelope.payload.reason).toBe('OWNERSHIP_TRANSFER');
    const COMPLETE = `mutation($id: ID!) { completeOwnershipTransfer(requestId: $id) { completedAt newOwnerOccupancyId } }`;
    const refusal = async () => {
      const r = await call(COMPLETE, { id: requestId }, frontDesk.token);
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      return ((r.errors![0].extensions as any).details.problems as { field: string }[]).map((x) => x.field);
    };
    // Nothing done yet: fees not settled, nothing returned, the archive undecided.
    expect(await refusal()).toEqual(['clearance', 'returns', 'archiveDecision']);
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
    const RETURNS = `mutation($i: TransferReturnsInput!) { recordTransferReturns(input: $i) { returns { item returnedAt receivedBy } cardsReturned } }`;
    const first = await ok(
      RETURNS,
      { i: { requestId, items: ['COVENANT', 'MANUALS'], receivedBy: 'Li Na' } },
      frontDesk.token,
    );
    expect(first.recordTransferReturns.returns).toEqual([
      { item: 'COVENANT', returnedAt: clock.now().toISOString(), receivedBy: 'Li Na' },
      { item: 'MANUALS', returnedAt: clock.now().toISOString(), receivedBy: 'Li Na' },
    ]);
    expect(await refusal()).toEqual(['returns', 'archiveDecision']);
    // The cards come back through the older mutation too; an item is recorded once.
    const back = await ok(
      `mutation($id: ID!) { recordCardsReturned(requestId: $id) { cardsReturned status returns { item } } }`,
      { id: requestId },
      frontDesk.token,
    );
    expect(back.recordCardsReturned).toEqual({
      cardsReturned: true,
      status: 'CLEARED',
      returns: ['COVENANT', 'MANUALS', 'ACCESS_CARDS', 'PARKING_CARDS'].map((item) => ({ item })),
    });
    // The old owner's access cards on the unit are ended with it (R-CUS-8).
    expect(
      (
        await admin.query('select returned_on::text as d from access_cards where id = $1', [
          card.issueAccessCard.id,
        ])
      ).rows[0].d,
    ).toBe(today());
    expect(await refusal()).toEqual(['archiveDecision']);
    // Completion is still refused and nothing changed: the old owner holds the unit.
    expect(await endDate()).toBeNull();
    const DECIDE = `mutation($i: TransferArchiveDecisionInput!) { decideTransferArchive(input: $i) { archiveDecision archiveDispositionId } }`;
    const decided = await ok(DECIDE, { i: { requestId, decision: 'DESTROY' } }, frontDesk.token);
    expect(decided.decideTransferArchive.archiveDecision).toBe('DESTROY');
    // Destruction goes through R-ARC-4: requested now, carried out with a manager's approval.
    const dispositionId = decided.decideTransferArchive.archiveDispositionId;
    const disposition = await admin.query(
      `select d.kind, d.status, a.customer_id from archive_dispositions d join archives a on a.id = d.archive_id where d.id = $1`,
      [dispositionId],
    );
    expect(disposition.rows).toEqual([{ kind: 'DESTROY', status: 'REQUESTED', customer_id: owner }]);
    expect(codes(await call(DECIDE, { i: { requestId, decision: 'KEEP' } }, frontDesk.token))).toEqual([
      'CONFLICT',
    ]);
    const done = await ok(COMPLETE, { id: requestId }, frontDesk.token);
    expect(done.completeOwnershipTransfer.completedAt).toBe(clock.now().toISOString());
    expect(await endDate()).toBe(input.plannedDate);
    const ended = await admin.query(
      `select envelope from outbox where envelope->>'type' = 'occupancy.ended' and envelope->'payload'->>'occupancyId' = $1`,
      [occ.moveIn.id],
    );
    expect(ended.rows).toHaveLength(1);
    // The buyer is the unit's owner from the transfer day, with the move-in items still open.
    const buyerOcc = await ok(
      `query($id: ID!) { customer(id: $id) { occupancies { id unitId kind startDate endDate openItems } } }`,
      { id: buyer },
    );
    expect(buyerOcc.customer.occupancies).toEqual([
      {
        id: done.completeOwnershipTransfer.newOwnerOccupancyId,
        unitId: units['202'],
        kind: 'OWNER',
        startDate: input.plannedDate,
        endDate: null,
        openItems: [
          'NOTICE',
          'PAYMENT_PROOF',
          'ID_AND_PHOTOS',
          'SIGNED_COVENANT',
          'FIRE_SAFETY_RESPONSIBILITY',
          'SERVICE_AGREEMENT',
          'METER_READINGS',
          'KEYS_HANDED_OVER',
        ],
      },
    ]);
    const started = await admin.query(
      `select envelope->'payload' as p from outbox where envelope->>'type' = 'occupancy.started' and envelope->'payload'->>'customerId' = $1`,
      [buyer],
    );
    expect(started.rows.map((r) => r.p.unitId)).toEqual([units['202']]);
    expect(codes(await call(COMPLETE, { id: requestId }, frontDesk.token))).toEqual(['CONFLICT']);
    const approved = await ok(
      `mutation($id: ID!) { approveArchiveDisposition(id: $id) { status } }`,
      { id: dispositionId },
      manager.token,
    );
    expect(approved.approveArchiveDisposition.status).toBe('DONE');
    expect(
      (await admin.query('select status from archives where customer_id = $1', [owner])).rows[0].status,
    ).toBe('DESTROYED');
    // Another company cannot see or change the transfer by its id.
    const other = await signUpCompany(p.gatewayUrl);
    try {
      expect(codes(await call(RETURNS, { i: { requestId, items: ['COVENANT'] } }, other.token))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await call(DECIDE, { i: { requestId, decision: 'KEEP' } }, other.token))).toEqual([
        'NOT_FOUND',
      ]);
      expect(codes(await call(COMPLETE, { id: requestId }, other.token))).toEqual(['NOT_FOUND']);
      const seen = await call(
        `query($id: ID!) { moveOutRequest(id: $id) { id } }`,
        { id: requestId },
        other.token,
      );
      expect(seen.data?.moveOutRequest).toBeNull();
    } finally {
      await removeCompanies([other]);
    }
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
    // A card number that cannot be printed is refused with the lease; nothing is written.
    expect(
      codes(await call(SUBLET, { i: { ...input, accessCardNumber: 'card #1' } }, frontDesk.token)),
    ).toEqual(['VALIDATION_FAILED']);
    const s = await ok(SUBLET, { i: { ...input, accessCardNumber: ' l-203-1 ' } }, frontDesk.token);
    // The lessee registered through the sublet holds an access card for the unit (R-CUS-8).
    const held = await ok(
      `query($id: ID!) { customer(id: $id) { accessCards { cardNumber issuedOn returnedOn } } }`,
      {
        id: lessee,
      },
    );
    expect(held.customer.accessCards).toEqual([
      { cardNumber: 'L-203-1', issuedOn: today(), returnedOn: null },
    ]);
    expect(s.registerSublet).toMatchObject({
      ownerId: owner,
      lesseeId: lessee,
      unitId: units['203'],
      startDate: today(),
      endDate: null,
      feePayers: input.feePayers,
    });
    // Billing hears of it, to bill the party the lease names (R-CUS-8).
    const events = await admin.query(
      `select envelope->'payload' as p from outbox where tenant_id = $1 and subject = 'pm.customers.sublet.registered'`,
      [a.tenantId],
    );
    expect(events.rows.map((r) => r.p)).toEqual([
      {
        subletId: s.registerSublet.id,
        unitId: units['203'],
        propertyId: X,
        ownerId: owner,
        lesseeId: lessee,
        startDate: today(),
        feePayers: input.feePayers,
      },
    ]);
  });

  it('R-CUS-8: household members join and leave with their history kept; access cards are issued once per number and returned', async () => {
    const owner = await register();
    const desk = subjectOf(frontDesk.token);
    const occ = (await moveIn(owner, units['205'], addDays(today(), -60))).moveIn.id;
    const ADD = `mutation($i: AddHouseholdMemberInput!) { addHouseholdMember(input: $i) { id name relation phone since until recordedBy removedBy } }`;
    const REMOVE = `mutation($id: ID!, $u: Date!) { removeHouseholdMember(memberId: $id, until: $u) { id until removedBy } }`;
    const spouse = {
      occupancyId: occ,
      name: 'Li Hua',
      relation: '配偶',
      phone: '13712345678',
      since: addDays(today(), -60),
    };
    for (const bad of [{ name: ' ' }, { relation: '' }, { since: '2026-02-30' }, { phone: 'call me' }])
      expect(codes(await call(ADD, { i: { ...spouse, ...bad } }, frontDesk.token))).toEqual([
        'VALIDATION_FAILED',
      ]);
    // Front desk sees the phone masked, as every personal field.
    const added = await ok(ADD, { i: spouse }, frontDesk.token);
    expect(added.addHouseholdMember).toMatchObject({
      name: 'Li Hua',
      relation: '配偶',
      phone: '137****5678',
      until: null,
      recordedBy: desk,
      removedBy: null,
    });
    const child = await ok(
      ADD,
      { i: { ...spouse, name: 'Li Xiaoming', relation: '子女', phone: null, since: addDays(today(), -10) } },
      frontDesk.token,
    );
    const childId = child.addHouseholdMember.id;
    expect(codes(await call(REMOVE, { id: childId, u: addDays(today(), -11) }, frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect((await ok(REMOVE, { id: childId, u: today() }, frontDesk.token)).removeHouseholdMember).toEqual({
      id: childId,
      until: today(),
      removedBy: desk,
    });
    expect(codes(await call(REMOVE, { id: childId, u: today() }, frontDesk.token))).toEqual(['CONFLICT']);
    // Staff of another site cannot change or read the household.
    expect(
      codes(await call(REMOVE, { id: added.addHouseholdMember.id, u: today() }, assistantY.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await call(ADD, { i: spouse }, assistantY.token))).toEqual(['NOT_FOUND']);
    const HOUSEHOLD = `query($id: ID!) { customer(id: $id) { occupancies { id household { name relation phone since until } accessCards { id customerId cardNumber issuedOn returnedOn } } } }`;
    const read = async (token: string) =>
      (await ok(HOUSEHOLD, { id: owner }, token)).customer.occupancies.find(
        (o: { id: string }) => o.id === occ,
      );
    // The history is kept: the child who left is still listed with the last day.
    expect((await read(frontDesk.token)).household).toEqual([
      { name: 'Li Hua', relation: '配偶', phone: '137****5678', since: spouse.since, until: null },
      { name: 'Li Xiaoming', relation: '子女', phone: null, since: addDays(today(), -10), until: today() },
    ]);
    // The site manager sees the phone whole; the read is logged like the customer's own phone.
    expect((await read(manager.token)).household[0].phone).toBe('13712345678');
    expect(
      await count(
        `select count(*)::int as n from pii_access_log where customer_id = $1 and field = 'householdMember.phone'`,
        [owner],
      ),
    ).toBe(1);
    expect(
      await count(
        `select count(*)::int as n from household_members where phone_enc like '%13712345678%'`,
        [],
      ),
    ).toBe(0);

    const ISSUE = `mutation($i: IssueAccessCardInput!) { issueAccessCard(input: $i) { id customerId cardNumber issuedOn returnedOn issuedBy } }`;
    const RETURN = `mutation($id: ID!, $d: Date!) { returnAccessCard(cardId: $id, returnedOn: $d) { id returnedOn returnedBy } }`;
    const issued = await ok(
      ISSUE,
      { i: { occupancyId: occ, cardNumber: 'a 204-1', issuedOn: today() } },
      frontDesk.token,
    );
    expect(issued.issueAccessCard).toMatchObject({
      customerId: owner,
      cardNumber: 'A204-1',
      issuedOn: today(),
      returnedOn: null,
      issuedBy: desk,
    });
    // One active card per number in the property, whoever holds it.
    const neighbour = await register();
    const neighbourOcc = (await moveIn(neighbour, units['206'], addDays(today(), -5))).moveIn.id;
    expect(
      codes(
        await call(
          ISSUE,
          { i: { occupancyId: neighbourOcc, cardNumber: 'A204-1', issuedOn: today() } },
          frontDesk.token,
        ),
      ),
    ).toEqual(['CONFLICT']);
    // Only the occupancy's customer or a lessee the owner sublets to holds a card of the unit.
    expect(
      codes(
        await call(
          ISSUE,
          { i: { occupancyId: occ, customerId: neighbour, cardNumber: 'A204-2', issuedOn: today() } },
          frontDesk.token,
        ),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(await call(RETURN, { id: issued.issueAccessCard.id, d: addDays(today(), -1) }, frontDesk.token)),
    ).toEqual(['VALIDATION_FAILED']);
    expect(
      (await ok(RETURN, { id: issued.issueAccessCard.id, d: today() }, frontDesk.token)).returnAccessCard,
    ).toEqual({
      id: issued.issueAccessCard.id,
      returnedOn: today(),
      returnedBy: desk,
    });
    // Returned, the number is free again.
    const reissued = await ok(
      ISSUE,
      { i: { occupancyId: neighbourOcc, cardNumber: 'A204-1', issuedOn: today() } },
      frontDesk.token,
    );
    expect((await read(frontDesk.token)).accessCards).toEqual([
      {
        id: issued.issueAccessCard.id,
        customerId: owner,
        cardNumber: 'A204-1',
        issuedOn: today(),
        returnedOn: today(),
      },
    ]);
    // Readers of the customer who cannot write (finance) read the records; they cannot write them.
    const finance = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['FINANCE'], [X]);
    expect((await read(finance.token)).household).toHaveLength(2);
    expect(codes(await call(ADD, { i: spouse }, finance.token))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await call(
          ISSUE,
          { i: { occupancyId: occ, cardNumber: 'A204-9', issuedOn: today() } },
          finance.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    // Another company cannot read or change these records by id.
    const other = await signUpCompany(p.gatewayUrl);
    try {
      expect(codes(await call(REMOVE, { id: added.addHouseholdMember.id, u: today() }, other.token))).toEqual(
        ['NOT_FOUND'],
      );
      expect(codes(await call(ADD, { i: spouse }, other.token))).toEqual(['NOT_FOUND']);
      expect(
        codes(
          await call(ISSUE, { i: { occupancyId: occ, cardNumber: 'X-1', issuedOn: today() } }, other.token),
        ),
      ).toEqual(['NOT_FOUND']);
      expect(codes(await call(RETURN, { id: reissued.issueAccessCard.id, d: today() }, other.token))).toEqual(
        ['NOT_FOUND'],
      );
      expect((await call(HOUSEHOLD, { id: owner }, other.token)).data?.customer ?? null).toBeNull();
    } finally {
      await removeCompanies([other]);
    }
    expect(
      await count(
        `select count(*)::int as n from household_members where occupancy_id = $1 and until is null`,
        [occ],
      ),
    ).toBe(1);
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
    // Tenure over 12 months but fewer than 6 bills paid and under ¥5,000 spent: NEW (policy
    // defaults); one ticket is short of the 3 that make high potential.
    expect(c.segment).toBe('NEW');
    const stored = await admin.query(
      'select paid_on_time, paid_fen::int as fen from customers where id = $1',
      [id],
    );
    expect(stored.rows[0]).toEqual({ paid_on_time: 1, fen: 25_000 });
    expect((await ok(`query($id: ID!) { customer(id: $id) { potential } }`, { id })).customer.potential).toBe(
      'NORMAL',
    );

    // The company grades by spend from ¥200 and calls two services used high potential: the next
    // event regrades the customer — regular by spend alone, high potential.
    const SET = `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`;
    await ok(SET, {
      i: { key: 'customers.gradeRegularMinPaidFen', value: 20_000, effectiveFrom: '2020-01-01' },
    });
    await ok(SET, {
      i: { key: 'customers.gradeHighPotentialMinTickets', value: 2, effectiveFrom: '2020-01-01' },
    });
    await until(
      'customers sees the grading policies',
      async () =>
        (await count(
          `select count(*)::int as n from policy_projection where tenant_id = $1
             and key in ('customers.gradeRegularMinPaidFen', 'customers.gradeHighPotentialMinTickets')`,
          [a.tenantId],
        )) === 2,
    );
    await publishForeignEvent(Events.ticketClosed, a.tenantId, {
      ticketId: uuidv7(),
      propertyId: X,
      kind: 'REPAIR',
      customerId: id,
      closedAt: clock.now().toISOString(),
    });
    const regraded = await until('the second closed ticket', async () => {
      const r = await ok(`query($id: ID!) { customer(id: $id) { ticketsClosed segment potential } }`, { id });
      return r.customer.ticketsClosed === 2 && r.customer;
    });
    expect(regraded).toEqual({ ticketsClosed: 2, segment: 'REGULAR', potential: 'HIGH' });
  });

  it('R-KPI-9: the tenant visit plan names each tenant once in a month of the year; visits made count against kpi.tenantYearlyVisitRateMin', async () => {
    const year = Number(today().slice(0, 4));
    const month = today().slice(0, 7);
    const [one, two] = [await register({}, Y), await register({}, Y)];
    const outsider = await register();
    const PLAN = `mutation($i: PlanTenantVisitsInput!) { planTenantVisits(input: $i) {
      year planned visited overdue unplannedCustomerIds visitRate visits { rule targetKey value target met }
      entries { id customerId plannedMonth visitedOn visitedBy } } }`;
    const RECORD = `mutation($i: RecordTenantVisitInput!) { recordTenantVisit(input: $i) { visited visitRate visits { value met } } }`;
    const QUERY = `query($p: ID!, $y: Int!) { tenantVisitPlan(propertyId: $p, year: $y) { planned visited entries { customerId notes } } }`;
    const plan = (entries: { customerId: string; plannedMonth: string }[], token = a.token) =>
      call(PLAN, { i: { propertyId: Y, year, entries } }, token);

    expect(codes(await plan([{ customerId: one, plannedMonth: `${year + 1}-01` }]))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await plan([{ customerId: outsider, plannedMonth: month }]))).toEqual(['VALIDATION_FAILED']);
    // A front-desk clerk of X does not see Y.
    expect(codes(await plan([{ customerId: one, plannedMonth: month }], frontDesk.token))).toEqual([
      'NOT_FOUND',
    ]);
    const p1 = (
      await ok(
        PLAN,
        {
          i: {
            propertyId: Y,
            year,
            entries: [
              { customerId: one, plannedMonth: month },
              { customerId: two, plannedMonth: `${year}-12` },
            ],
          },
        },
        assistantY.token,
      )
    ).planTenantVisits;
    expect(p1).toMatchObject({
      year,
      planned: 2,
      visited: 0,
      overdue: 0,
      visitRate: 0,
      visits: { rule: 'R-KPI-9', targetKey: 'kpi.tenantYearlyVisitRateMin', value: 0, target: 1, met: false },
    });
    expect(codes(await plan([{ customerId: one, plannedMonth: `${year}-12` }]))).toEqual(['CONFLICT']);

    const entry = p1.entries.find((e: any) => e.customerId === one);
    const visit = (visitedOn: string, token = assistantY.token) =>
      call(RECORD, { i: { entryId: entry.id, visitedOn, notes: '租户反映空调噪音' } }, token);
    expect(codes(await visit(addDays(today(), 1)))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await visit(today(), frontDesk.token))).toEqual(['NOT_FOUND']);
    const r = (await ok(RECORD, { i: { entryId: entry.id, visitedOn: today() } }, assistantY.token))
      .recordTenantVisit;
    expect(r).toEqual({ visited: 1, visitRate: 0.5, visits: { value: 0.5, met: false } });
    expect(codes(await visit(today()))).toEqual(['CONFLICT']);

    // The customer KPIs of the month count the visits planned for it; the year's, all of them.
    const K = `query($id: ID!, $p: String!) { property(id: $id) { customerKpis(period: $p) {
      visitsPlanned customersVisited visitPlanCoverage visitPlan { value met } } } }`;
    const monthly = (await ok(K, { id: Y, p: month })).property.customerKpis;
    const yearly = (await ok(K, { id: Y, p: String(year) })).property.customerKpis;
    expect(yearly).toEqual({
      visitsPlanned: 2,
      customersVisited: 1,
      visitPlanCoverage: 0.5,
      visitPlan: { value: 0.5, met: false },
    });
    expect(monthly).toEqual(
      month === `${year}-12`
        ? yearly
        : { visitsPlanned: 1, customersVisited: 1, visitPlanCoverage: 1, visitPlan: { value: 1, met: true } },
    );
    const read = (await ok(QUERY, { p: Y, y: year }, assistantY.token)).tenantVisitPlan;
    expect(read.planned).toBe(2);
    expect(codes(await call(QUERY, { p: Y, y: year }, frontDesk.token))).toEqual(['NOT_FOUND']);
    // Another company sees nothing of it.
    const other = await signUpCompany(p.gatewayUrl);
    try {
      expect(codes(await call(QUERY, { p: Y, y: year }, other.token))).toEqual(['NOT_FOUND']);
      expect(
        codes(await call(RECORD, { i: { entryId: p1.entries[1].id, visitedOn: today() } }, other.token)),
      ).toEqual(['NOT_FOUND']);
    } finally {
      await removeCompanies([other]);
    }
  });

  it('R-VIS-2: a new customer is owed a visit within the policy months of the first move-in; the policy share of a community event’s participants too', async () => {
    const REPORT = `query($p: ID!, $from: String!, $to: String!) { customerFollowUps(propertyId: $p, from: $from, to: $to) {
      followUps { id kind sourceId customerId dueOn visitedOn method satisfaction }
      events { due visited onTime overdue onTimeRate } newCustomers { due visited onTime overdue } } }`;
    const EVENT = `mutation($i: RecordCommunityEventInput!) { recordCommunityEvent(input: $i) {
      id heldOn participantIds followUps { id customerId dueOn kind } } }`;
    const VISIT = `mutation($i: RecordFollowUpVisitInput!) { recordFollowUpVisit(input: $i) { id visitedOn method satisfaction visitedBy } }`;
    const unitIn = async (number: string) =>
      (
        await ok(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
          i: { propertyId: Y, building: 'V', number, areaSqm: 60, kind: 'APARTMENT' },
        })
      ).createUnit.id as string;
    const [u1, u2] = [await unitIn('901'), await unitIn('902')];
    await until(
      'customers knows the units',
      async () =>
        (await count('select count(*)::int as n from unit_projection where id = any($1)', [[u1, u2]])) === 2,
    );
    const due = addMonths(today(), 1);
    const report = async (token = assistantY.token) =>
      (await ok(REPORT, { p: Y, from: today(), to: due }, token)).customerFollowUps;
    const before = await report();
    const newcomer = await register({ kind: 'OCCUPANT' }, Y);
    await moveIn(newcomer, u1, today());
    // A second unit does not make the customer new again.
    await moveIn(newcomer, u2, today());
    const r1 = await report();
    const mine = r1.followUps.filter((f: any) => f.customerId === newcomer);
    expect(mine).toEqual([expect.objectContaining({ kind: 'NEW_CUSTOMER', dueOn: due, visitedOn: null })]);
    expect(r1.newCustomers.due).toBe(before.newCustomers.due + 1);

    const participants: string[] = [];
    for (let i = 0; i < 12; i++) participants.push(await register({ kind: 'OCCUPANT' }, Y));
    const event = (over: Record<string, unknown> = {}, token = assistantY.token) =>
      call(
        EVENT,
        { i: { propertyId: Y, name: '中秋游园会', heldOn: today(), participantIds: participants, ...over } },
        token,
      );
    expect(codes(await event({ heldOn: addDays(today(), 1) }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await event({ participantIds: [...participants, await register()] }))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await event({}, frontDesk.token))).toEqual(['NOT_FOUND']);
    const e = (await event()).data.recordCommunityEvent;
    // visits.eventSampleRate 10 % of 12, rounded up: 2, the ones the event's id draws.
    expect(e.followUps.map((f: any) => f.customerId).sort()).toEqual(
      eventSample(e.id, participants, 0.1).sort(),
    );
    expect(e.followUps.every((f: any) => f.kind === 'EVENT' && f.dueOn === due)).toBe(true);

    const [f1] = e.followUps;
    const visit = (over: Record<string, unknown> = {}, token = assistantY.token) =>
      call(
        VISIT,
        { i: { followUpId: f1.id, visitedOn: today(), method: 'PHONE', satisfaction: 5, ...over } },
        token,
      );
    expect(codes(await visit({ method: 'ON_SITE' }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await visit({ satisfaction: 6 }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await visit({ visitedOn: addDays(today(), 1) }))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await visit({}, frontDesk.token))).toEqual(['NOT_FOUND']);
    const v = (await visit()).data.recordFollowUpVisit;
    expect(v).toMatchObject({ visitedOn: today(), method: 'PHONE', satisfaction: 5 });
    expect(v.visitedBy).toBe(subjectOf(assistantY.token));
    expect(codes(await visit())).toEqual(['CONFLICT']);
    const r2 = await report();
    expect(r2.events).toEqual({
      due: before.events.due + 2,
      visited: before.events.visited + 1,
      onTime: before.events.onTime + 1,
      overdue: before.events.overdue,
      onTimeRate: (before.events.onTime + 1) / (before.events.due + 2),
    });
    expect(codes(await call(REPORT, { p: Y, from: today(), to: due }, frontDesk.token))).toEqual([
      'NOT_FOUND',
    ]);
    const other = await signUpCompany(p.gatewayUrl);
    try {
      expect(codes(await call(REPORT, { p: Y, from: today(), to: due }, other.token))).toEqual(['NOT_FOUND']);
      expect(codes(await visit({}, other.token))).toEqual(['NOT_FOUND']);
    } finally {
      await removeCompanies([other]);
    }
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

  it('R-CUS-11: a renovation is applied for ahead, inspected within the policy days, never accepted with a violation open; acceptance publishes renovation.accepted', async () => {
    const id = await register();
    const R = `id status pendingInspection inspectionDueOn inspectionOverdue acceptedOn works
      inspections { kind passed on findings rectifyBy } violations { id rectifiedOn }`;
    const APPLY = `mutation($i: ApplyRenovationInput!) { applyRenovation(input: $i) { ${R} } }`;
    const REQUEST = `mutation($i: RequestRenovationInspectionInput!) { requestRenovationInspection(input: $i) { ${R} } }`;
    const RECORD = `mutation($i: RecordRenovationInspectionInput!) { recordRenovationInspection(input: $i) { ${R} } }`;
    const VIOLATION = `mutation($r: ID!, $d: String!) { recordRenovationViolation(renovationId: $r, description: $d) { ${R} } }`;
    const RECTIFY = `mutation($r: ID!, $v: ID!) { rectifyRenovationViolation(renovationId: $r, violationId: $v) { ${R} } }`;
    const ADD = `mutation($r: ID!, $w: [String!]!) { addRenovationWorks(renovationId: $r, works: $w) { ${R} } }`;
    const LIST = `query($p: ID!, $o: Boolean) { renovations(propertyId: $p, open: $o) { totalCount edges { node { id inspectionOverdue } } } }`;
    const application = (over: Record<string, unknown> = {}) => ({
      i: {
        customerId: id,
        unitId: units['203'],
        startDate: addDays(today(), 1),
        contractor: '美家装饰',
        works: ['厨房改造', '吊顶'],
        ...over,
      },
    });
    const count0 = await count('select count(*)::int as n from renovations where customer_id = $1', [id]);

    // Less than the policy day ahead, another site, a unit of another property: nothing written.
    expect(codes(await call(APPLY, application({ startDate: today() }), frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await call(APPLY, application(), assistantY.token))).toEqual(['NOT_FOUND']);
    expect(await count('select count(*)::int as n from renovations where customer_id = $1', [id])).toBe(
      count0,
    );

    const r = (await ok(APPLY, application(), frontDesk.token)).applyRenovation;
    expect(r).toMatchObject({ status: 'APPLIED', pendingInspection: null, works: ['厨房改造', '吊顶'] });
    // A big job is not inspected in one visit; formal comes after the initial inspection.
    expect(
      codes(await call(REQUEST, { i: { renovationId: r.id, kind: 'COMBINED' } }, frontDesk.token)),
    ).toEqual(['CONFLICT']);
    expect(
      codes(await call(REQUEST, { i: { renovationId: r.id, kind: 'FORMAL' } }, frontDesk.token)),
    ).toEqual(['CONFLICT']);
    const asked = (await ok(REQUEST, { i: { renovationId: r.id, kind: 'INITIAL' } }, frontDesk.token))
      .requestRenovationInspection;
    expect(asked).toMatchObject({ pendingInspection: 'INITIAL', inspectionDueOn: addDays(today(), 3) });
    const start = clock.now();
    try {
      clock.set(new Date(start.getTime() + 4 * 86_400_000));
      const listed = (await ok(LIST, { p: X, o: true }, frontDesk.token)).renovations;
      expect(listed.edges.map((e: any) => e.node)).toContainEqual({ id: r.id, inspectionOverdue: true });
      expect(codes(await call(LIST, { p: X }, assistantY.token))).toEqual(['NOT_FOUND']);

      const failed = (
        await ok(
          RECORD,
          { i: { renovationId: r.id, passed: false, findings: ['吊顶未做隐蔽验收'] } },
          frontDesk.token,
        )
      ).recordRenovationInspection;
      expect(failed.status).toBe('APPLIED');
      expect(failed.inspections).toEqual([
        {
          kind: 'INITIAL',
          passed: false,
          on: today(),
          findings: ['吊顶未做隐蔽验收'],
          rectifyBy: addDays(today(), 14),
        },
      ]);
      await ok(REQUEST, { i: { renovationId: r.id, kind: 'INITIAL' } }, frontDesk.token);
      expect(
        (await ok(RECORD, { i: { renovationId: r.id, passed: true } }, frontDesk.token))
          .recordRenovationInspection.status,
      ).toBe('INITIAL_PASSED');

      // A violation stops every inspection until it is rectified.
      const v = (await ok(VIOLATION, { r: r.id, d: '拆改承重墙' }, frontDesk.token)).recordRenovationViolation
        .violations[0];
      expect(
        codes(await call(REQUEST, { i: { renovationId: r.id, kind: 'FORMAL' } }, frontDesk.token)),
      ).toEqual(['CONFLICT']);
      // Works added before acceptance join the application.
      expect((await ok(ADD, { r: r.id, w: ['阳台封闭'] }, frontDesk.token)).addRenovationWorks.works).toEqual(
        ['厨房改造', '吊顶', '阳台封闭'],
      );
      await ok(RECTIFY, { r: r.id, v: v.id }, frontDesk.token);
      await ok(REQUEST, { i: { renovationId: r.id, kind: 'FORMAL' } }, frontDesk.token);
      await ok(VIOLATION, { r: r.id, d: '空调外机位置违规' }, frontDesk.token);
      expect(codes(await call(RECORD, { i: { renovationId: r.id, passed: true } }, frontDesk.token))).toEqual(
        ['CONFLICT'],
      );
      const second = (await ok(LIST, { p: X, o: true }, frontDesk.token)).renovations;
      expect(second.edges.map((e: any) => e.node.id)).toContain(r.id);
      const open = await admin.query(`select violations from renovations where id = $1`, [r.id]);
      const v2 = open.rows[0].violations.find((x: any) => !x.rectifiedOn);
      await ok(RECTIFY, { r: r.id, v: v2.id }, frontDesk.token);

      const accepted = (await ok(RECORD, { i: { renovationId: r.id, passed: true } }, frontDesk.token))
        .recordRenovationInspection;
      expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedOn: today(), pendingInspection: null });
      const events = await admin.query(
        `select envelope from outbox where tenant_id = $1 and subject = 'pm.customers.renovation.accepted'
         and envelope->'payload'->>'renovationId' = $2`,
        [a.tenantId, r.id],
      );
      expect(events.rows.map((e) => e.envelope.payload)).toEqual([
        {
          renovationId: r.id,
          customerId: id,
          unitId: units['203'],
          propertyId: X,
          acceptedOn: today(),
          // R-BIL-10: formal acceptance is due within 2 working days, or the 3 days, whichever first.
          dueOn: inspectionDue(today(), 3, 2),
        },
      ]);
      // After acceptance: no more works on this application, no further inspection.
      expect(codes(await call(ADD, { r: r.id, w: ['加装地暖'] }, frontDesk.token))).toEqual(['CONFLICT']);
      expect(
        codes(await call(REQUEST, { i: { renovationId: r.id, kind: 'FORMAL' } }, frontDesk.token)),
      ).toEqual(['CONFLICT']);

      // A small job: initial and formal in one visit.
      const small = (await ok(APPLY, application({ smallJob: true, works: ['加装地暖'] }), frontDesk.token))
        .applyRenovation;
      await ok(REQUEST, { i: { renovationId: small.id, kind: 'COMBINED' } }, frontDesk.token);
      expect(
        (await ok(RECORD, { i: { renovationId: small.id, passed: true } }, frontDesk.token))
          .recordRenovationInspection.status,
      ).toBe('ACCEPTED');
    } finally {
      clock.set(start);
    }
  });

  it('R-CUS-12: the handover defect list is signed by both sides, each defect goes to engineering, an entry-door key is kept back until the defects are fixed, the household form is complete', async () => {
    const id = await register();
    const H = `id customerSignature staffSignature openDefects keysRetained defects { id location fixedAt }
      keyRegister { label quantity action receivedBy by } householdForm { members { name relation } emergencyPhone vehicles }`;
    const SIGN = `mutation($i: SignHandoverInput!) { signHandover(input: $i) { ${H} } }`;
    const FIX = `mutation($h: ID!, $d: ID!) { fixHandoverDefect(handoverId: $h, defectId: $d) { ${H} } }`;
    const RELEASE = `mutation($h: ID!, $r: String!) { releaseRetainedKeys(handoverId: $h, receivedBy: $r) { ${H} } }`;
    const FORM = `mutation($i: HouseholdFormInput!) { submitHouseholdForm(input: $i) { ${H} } }`;
    const LIST = `query($p: ID!) { handovers(propertyId: $p) { totalCount edges { node { id openDefects } } } }`;
    const signing = (over: Record<string, unknown> = {}) => ({
      i: {
        customerId: id,
        unitId: units['204'],
        defects: [
          { location: '主卧窗台', description: '窗框渗水' },
          { location: '厨房', description: '下水不畅' },
        ],
        keys: [
          { label: '入户门', quantity: 3 },
          { label: '信箱', quantity: 2 },
        ],
        customerSignature: '韩梅',
        ...over,
      },
    });
    const staff = subjectOf(frontDesk.token);
    expect(codes(await call(SIGN, signing({ customerSignature: ' ' }), frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await call(SIGN, signing(), assistantY.token))).toEqual(['NOT_FOUND']);
    expect(await count('select count(*)::int as n from unit_handovers where customer_id = $1', [id])).toBe(0);

    const h = (await ok(SIGN, signing(), frontDesk.token)).signHandover;
    expect(h).toMatchObject({
      customerSignature: '韩梅',
      staffSignature: staff,
      openDefects: 2,
      keysRetained: 1,
    });
    expect(h.keyRegister).toEqual([
      { label: '入户门', quantity: 2, action: 'ISSUED', receivedBy: '韩梅', by: staff },
      { label: '入户门', quantity: 1, action: 'RETAINED', receivedBy: null, by: staff },
      { label: '信箱', quantity: 2, action: 'ISSUED', receivedBy: '韩梅', by: staff },
    ]);
    expect(codes(await call(SIGN, signing(), frontDesk.token))).toEqual(['CONFLICT']);
    const events = await admin.query(
      `select envelope->'payload' as p from outbox where tenant_id = $1
       and subject = 'pm.customers.handover.defect_recorded' and envelope->'payload'->>'handoverId' = $2`,
      [a.tenantId, h.id],
    );
    expect(events.rows.map((r) => r.p.defectId).sort()).toEqual(h.defects.map((d: any) => d.id).sort());
    expect(events.rows[0].p).toMatchObject({ customerId: id, unitId: units['204'], propertyId: X });

    // The kept key waits for every defect.
    await ok(FIX, { h: h.id, d: h.defects[0].id }, frontDesk.token);
    expect(codes(await call(RELEASE, { h: h.id, r: '韩梅' }, frontDesk.token))).toEqual(['CONFLICT']);
    expect(codes(await call(FIX, { h: h.id, d: h.defects[1].id }, assistantY.token))).toEqual(['NOT_FOUND']);
    await ok(FIX, { h: h.id, d: h.defects[1].id }, frontDesk.token);
    const released = (await ok(RELEASE, { h: h.id, r: '韩梅' }, frontDesk.token)).releaseRetainedKeys;
    expect(released.keysRetained).toBe(0);
    expect(released.keyRegister.at(-1)).toEqual({
      label: '入户门',
      quantity: 1,
      action: 'RELEASED',
      receivedBy: '韩梅',
      by: staff,
    });
    expect(codes(await call(RELEASE, { h: h.id, r: '韩梅' }, frontDesk.token))).toEqual(['CONFLICT']);

    const form = {
      handoverId: h.id,
      members: [
        { name: '韩梅', relation: '本人', phone: '13900002222' },
        { name: '李雷', relation: '配偶' },
      ],
      emergencyContact: '李雷',
      emergencyPhone: '13900003333',
      vehicles: ['粤B12345'],
    };
    expect(codes(await call(FORM, { i: { ...form, members: [] } }, frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    const filled = (await ok(FORM, { i: form }, frontDesk.token)).submitHouseholdForm;
    expect(filled.householdForm).toEqual({
      members: [
        { name: '韩梅', relation: '本人' },
        { name: '李雷', relation: '配偶' },
      ],
      emergencyPhone: '13900003333',
      vehicles: ['粤B12345'],
    });
    const listed = (await ok(LIST, { p: X }, frontDesk.token)).handovers;
    expect(listed.edges.map((e: any) => e.node)).toContainEqual({ id: h.id, openDefects: 0 });
    expect(codes(await call(LIST, { p: X }, assistantY.token))).toEqual(['NOT_FOUND']);
  });
  it('R-CUS-13: the annual survey samples the policy share of current customers deterministically, takes 1–5 answers from the sample only, and holds its mean against kpi.satisfactionMeanMin (R-KPI-3)', async () => {
    const SET = `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`;
    for (const [key, value] of [
      ['customers.surveySampleShare', 0.5],
      ['customers.surveyMinSample', 1],
    ] as const)
      await ok(SET, { i: { key, value, propertyId: X, effectiveFrom: '2020-01-01' } });
    await until(
      'customers sees the survey policies',
      async () =>
        (await count(
          `select count(*)::int as n from policy_projection where tenant_id = $1 and key like 'customers.survey%'`,
          [a.tenantId],
        )) === 2,
    );
    for (const n of ['202', '203']) await moveIn(await register({ kind: 'OCCUPANT' }), units[n], today());
    const population = (
      await admin.query(
        `select distinct customer_id from occupancies where tenant_id = $1 and property_id = $2 and end_date is null`,
        [a.tenantId, X],
      )
    ).rows.map((r) => r.customer_id as string);
    expect(population.length).toBeGreaterThanOrEqual(3);
    const year = Number(today().slice(0, 4));
    const CREATE = `mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) {
      id year population sample { customerId answered } result { sampled answered mean satisfaction { rule value target met } } } }`;
    const ANSWER = `mutation($i: RecordSurveyAnswersInput!) { recordSurveyAnswers(input: $i) {
      result { sampled answered mean satisfaction { value target met } } } }`;
    const QUERY = `query($p: ID!, $y: Int!) { surveyCampaign(propertyId: $p, year: $y) { id sample { customerId answered } result { mean } } }`;
    const questions = ['服务态度', '维修及时'];

    expect(codes(await call(CREATE, { i: { propertyId: X, year, questions: [] } }, frontDesk.token))).toEqual(
      ['VALIDATION_FAILED'],
    );
    expect(codes(await call(CREATE, { i: { propertyId: X, year, questions } }, assistantY.token))).toEqual([
      'NOT_FOUND',
    ]);
    const c = (await ok(CREATE, { i: { propertyId: X, year, questions } }, frontDesk.token))
      .createSurveyCampaign;
    const size = Math.ceil(population.length * 0.5);
    expect(c).toMatchObject({ year, population: population.length });
    expect(c.result).toEqual({
      sampled: size,
      answered: 0,
      mean: null,
      satisfaction: { rule: 'R-KPI-3', value: null, target: 4.5, met: null },
    });
    // The sample is the one the campaign's id draws: nobody picks it by hand.
    expect(c.sample.map((s: any) => s.customerId).sort()).toEqual(drawSample(c.id, population, size).sort());
    expect(codes(await call(CREATE, { i: { propertyId: X, year, questions } }, frontDesk.token))).toEqual([
      'CONFLICT',
    ]);

    const [first, second] = c.sample.map((s: any) => s.customerId);
    const outsider = population.find((id) => !c.sample.some((s: any) => s.customerId === id))!;
    expect(
      codes(
        await call(
          ANSWER,
          { i: { campaignId: c.id, customerId: outsider, scores: [5, 5] } },
          frontDesk.token,
        ),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(
        await call(ANSWER, { i: { campaignId: c.id, customerId: first, scores: [6, 5] } }, frontDesk.token),
      ),
    ).toEqual(['VALIDATION_FAILED']);
    expect(
      codes(
        await call(ANSWER, { i: { campaignId: c.id, customerId: first, scores: [5, 4] } }, assistantY.token),
      ),
    ).toEqual(['NOT_FOUND']);
    const one = (
      await ok(ANSWER, { i: { campaignId: c.id, customerId: first, scores: [5, 4] } }, frontDesk.token)
    ).recordSurveyAnswers.result;
    expect(one).toEqual({
      sampled: size,
      answered: 1,
      mean: 4.5,
      satisfaction: { value: 4.5, target: 4.5, met: true },
    });
    expect(
      codes(
        await call(ANSWER, { i: { campaignId: c.id, customerId: first, scores: [1, 1] } }, frontDesk.token),
      ),
    ).toEqual(['CONFLICT']);
    const two = (
      await ok(ANSWER, { i: { campaignId: c.id, customerId: second, scores: [4, 4] } }, frontDesk.token)
    ).recordSurveyAnswers.result;
    expect(two).toEqual({
      sampled: size,
      answered: 2,
      mean: 4.25,
      satisfaction: { value: 4.25, target: 4.5, met: false },
    });

    const read = (await ok(QUERY, { p: X, y: year }, frontDesk.token)).surveyCampaign;
    expect(read.result.mean).toBe(4.25);
    expect(
      read.sample
        .filter((s: any) => s.answered)
        .map((s: any) => s.customerId)
        .sort(),
    ).toEqual([first, second].sort());
    expect(codes(await call(QUERY, { p: X, y: year }, assistantY.token))).toEqual(['NOT_FOUND']);
  });

  it('R-CUS-14: a tenant assembly records minutes, attendance and requests; the year shows coverage of current customers and the reply rate against the R-KPI-9 targets', async () => {
    const population = (
      await admin.query(
        `select distinct customer_id from occupancies where tenant_id = $1 and property_id = $2 and end_date is null`,
        [a.tenantId, X],
      )
    ).rows.map((r) => r.customer_id as string);
    expect(population.length).toBeGreaterThanOrEqual(2);
    const outsider = await register({}, Y);
    const year = Number(today().slice(0, 4));
    const RECORD = `mutation($i: RecordTenantAssemblyInput!) { recordTenantAssembly(input: $i) {
      id heldOn attendeeIds recordedBy requests { id customerId text reply } } }`;
    const REPLY = `mutation($r: ID!, $t: String!) { replyToAssemblyRequest(requestId: $r, reply: $t) { id reply repliedBy } }`;
    const YEAR = `query($p: ID!, $y: Int!) { tenantAssemblyYear(propertyId: $p, year: $y) {
      year missingPeriods tenants tenantsMet coverageRate requestsRaised requestsReplied replyRate
      coverage { rule targetKey value target met } replies { value target met } assemblies { id } } }`;
    const attendees = population.slice(1);
    const assembly = (over: Record<string, unknown> = {}) => ({
      i: {
        propertyId: X,
        heldOn: today(),
        minutes: '季度租户大会：物业费调整说明、消防检查安排',
        attendeeIds: attendees,
        requests: [{ customerId: attendees[0], text: '延长电梯维保公告时间' }, { text: '增设快递柜' }],
        ...over,
      },
    });
    const before = await count('select count(*)::int as n from tenant_assemblies where tenant_id = $1', [
      a.tenantId,
    ]);
    expect(
      codes(await call(RECORD, assembly({ attendeeIds: [...attendees, outsider] }), frontDesk.token)),
    ).toEqual(['VALIDATION_FAILED']);
    expect(codes(await call(RECORD, assembly({ heldOn: addDays(today(), 1) }), frontDesk.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(codes(await call(RECORD, assembly(), assistantY.token))).toEqual(['NOT_FOUND']);
    expect(
      await count('select count(*)::int as n from tenant_assemblies where tenant_id = $1', [a.tenantId]),
    ).toBe(before);

    const held = (await ok(RECORD, assembly(), frontDesk.token)).recordTenantAssembly;
    expect(held).toMatchObject({
      heldOn: today(),
      attendeeIds: attendees,
      recordedBy: subjectOf(frontDesk.token),
    });
    expect(held.requests.map((r: any) => [r.customerId, r.reply])).toEqual([
      [attendees[0], null],
      [null, null],
    ]);
    const y1 = (await ok(YEAR, { p: X, y: year }, frontDesk.token)).tenantAssemblyYear;
    expect(y1).toMatchObject({
      year,
      missingPeriods: missingPeriods(year, 3, [today()], today()),
      tenants: population.length,
      tenantsMet: attendees.length,
      coverageRate: attendees.length / population.length,
      requestsRaised: 2,
      requestsReplied: 0,
      replyRate: 0,
      coverage: {
        rule: 'R-KPI-9',
        targetKey: 'kpi.tenantAssemblyCoverageMin',
        value: attendees.length / population.length,
        target: 0.9,
        met: attendees.length / population.length >= 0.9,
      },
      replies: { value: 0, target: 1, met: false },
    });
    expect(y1.missingPeriods).not.toContain(
      `${today().slice(0, 5)}${String(Math.floor((Number(today().slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}`,
    );

    expect(codes(await call(REPLY, { r: held.requests[0].id, t: '已安排' }, assistantY.token))).toEqual([
      'NOT_FOUND',
    ]);
    for (const r of held.requests) await ok(REPLY, { r: r.id, t: '已答复并落实' }, frontDesk.token);
    expect(codes(await call(REPLY, { r: held.requests[0].id, t: 'again' }, frontDesk.token))).toEqual([
      'CONFLICT',
    ]);
    const y2 = (await ok(YEAR, { p: X, y: year }, frontDesk.token)).tenantAssemblyYear;
    expect(y2).toMatchObject({
      requestsReplied: 2,
      replyRate: 1,
      replies: { value: 1, target: 1, met: true },
    });
    expect(codes(await call(YEAR, { p: X, y: year }, assistantY.token))).toEqual(['NOT_FOUND']);
  });
});
