import {
  closeForeignEvents,
  codes,
  gql,
  publishForeignEvent,
  runJobsDue,
  tenantTableProtection,
  testClock,
  testDatabaseUrl,
} from '@pm/testing';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { Events } from '@pm/contracts';
import { runWithTenant, systemContext } from '@pm/tenant-context';
import { CustomersServer } from '../src/server';
import { q } from '@pm/db';
import { dateIn, addDays } from '@pm/time';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signInternalForTest,
  signUpCompany,
  starter,
  startPlatform,
  until,
  quiet,
} from '@pm/testing/kit';
import { idNumberFor } from './id-numbers';
import { missingSections } from '../src/archive/archive.rules';

jest.setTimeout(60_000);
const ADMIN_URL = testDatabaseUrl('customers');

let p: Platform;
let svc: CustomersServer;
let a: Company;
let b: Company;
let X: string;
let Y: string;
const units: Record<string, string> = {};
let frontDesk: { token: string; id: string };
let manager: { token: string; id: string };
let assistantY: { token: string; id: string };
let admin: Client;

const call = (query: string, variables: Record<string, unknown>, token: string) =>
  gql(p.gatewayUrl, query, variables, token);
const asA = <T>(fn: () => Promise<T>) => runWithTenant(systemContext(a.tenantId), fn);

async function createUnit(propertyId: string, number: string): Promise<string> {
  const r = await call(
    `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
    { i: { propertyId, building: 'A', number, areaSqm: 88, kind: 'APARTMENT' } },
    a.token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createUnit.id;
}

// Distinct ID numbers within a run: random ones collide (birthday paradox) across many registrations.
let idSeq = 1000 + Math.floor(Math.random() * 8000);
const REGISTER = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id kind phone idNumber } }`;
async function register(
  propertyId: string,
  extra: Record<string, unknown> = {},
  token = a.token,
): Promise<string> {
  const r = await call(
    REGISTER,
    {
      i: {
        propertyId,
        name: 'Li Lei',
        phone: '13812345678',
        kind: 'OWNER',
        idNumber: idNumberFor(idSeq++),
        ...extra,
      },
    },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.registerCustomer.id;
}

const MOVE_IN = `mutation($i: MoveInInput!) { moveIn(input: $i) { id kind openItems meterReadings { meter reading } keysRetained } }`;
const MOVE_OUT = `mutation($i: MoveOutInput!) { requestMoveOut(input: $i) { id status releasePassNumber blockedReason } }`;
const MOVE_OUT_Q = `query($id: ID!) { moveOutRequest(id: $id) { id status releasePassNumber blockedReason } }`;

beforeAll(async () => {
  p = await startPlatform({}, [
    starter<CustomersServer>('customers', {
      env: { SCHEDULER_POLL_MS: '600000' },
      onStart: (s) => (svc = s),
    }),
  ]);
  [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  X = await createProperty(p.gatewayUrl, a.token, 'X Garden');
  Y = await createProperty(p.gatewayUrl, a.token, 'Y Tower');
  for (const n of ['101', '102', '103', '104', '105']) units[n] = await createUnit(X, n);
  units.Y1 = await createUnit(Y, '1');
  [frontDesk, manager, assistantY] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [X]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['PROPERTY_ASSISTANT'], [Y]),
  ]);
  await until('unit projection', () =>
    asA(() =>
      svc.db.tx(async (em) => (await q(em, 'select count(*)::int as n from unit_projection'))[0].n === 6),
    ),
  );
  await until(
    'property projection',
    () =>
      asA(() =>
        svc.db.tx(
          async (em) => (await q(em, 'select count(*)::int as n from property_projection'))[0].n === 2,
        ),
      ),
    60_000,
  );
  admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
}, 120_000);

afterAll(async () => {
  await closeForeignEvents();
  await admin?.end();
  await removeCompanies([a, b]);
  await p?.stop();
}, 60_000);

describe('customers subgraph through the gateway', () => {
  it('R-CUS-1: personal fields are encrypted at rest, masked for FRONT_DESK, whole (and logged) for SITE_MANAGER', async () => {
    const id = await register(X, { idNumber: '440301199001011234', phone: '13812345678' }, frontDesk.token);
    const stored = await admin.query('select phone_enc, id_number_enc from customers where id = $1', [id]);
    expect(stored.rows[0].phone_enc).not.toContain('13812345678');
    expect(stored.rows[0].id_number_enc).not.toContain('1990');
    const Q = `query($id: ID!) { customer(id: $id) { id phone idNumber } }`;
    const masked = await call(Q, { id }, frontDesk.token);
    expect(masked.data.customer).toEqual({ id, phone: '138****5678', idNumber: '440301***********4' });
    const before = await admin.query('select count(*)::int as n from pii_access_log where customer_id = $1', [
      id,
    ]);
    expect(before.rows[0].n).toBe(0);
    const whole = await call(Q, { id }, manager.token);
    expect(whole.data.customer).toEqual({ id, phone: '13812345678', idNumber: '440301199001011234' });
    const log = await admin.query(
      'select field, actor_id from pii_access_log where customer_id = $1 order by field',
      [id],
    );
    expect(log.rows.map((r) => r.field)).toEqual(['idNumber', 'phone']);
    expect(log.rows[0].actor_id).toBeTruthy();
  });

  it('R-CUS-1: a masked reader sees no birthday, and a duplicate ID number does not reveal whose it is', async () => {
    const idNumber = idNumberFor(idSeq++);
    const id = await register(X, { idNumber, birthday: '1990-03-04' }, frontDesk.token);
    const Q = `query($id: ID!) { customer(id: $id) { birthday } }`;
    expect((await call(Q, { id }, frontDesk.token)).data.customer).toEqual({ birthday: null });
    expect((await call(Q, { id }, manager.token)).data.customer).toEqual({ birthday: '1990-03-04' });
    const again = {
      i: { propertyId: X, name: 'Someone', phone: '13812340000', kind: 'OWNER', idNumber },
    };
    const asFrontDesk = await call(REGISTER, again, frontDesk.token);
    expect(codes(asFrontDesk)).toEqual(['CONFLICT']);
    expect(JSON.stringify(asFrontDesk.errors)).not.toContain(id);
    const asManager = await call(REGISTER, again, manager.token);
    expect(codes(asManager)).toEqual(['CONFLICT']);
    expect(asManager.errors?.[0]?.extensions?.details).toEqual({ customerId: id });
    // 18 digits with a wrong check character are not an ID number.
    const wrong = idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1');
    const bad = await call(REGISTER, { i: { ...again.i, idNumber: wrong } }, frontDesk.token);
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
  });

  it('cross-tenant: company B cannot read or act on A’s customer or its archive (null / NOT_FOUND, nothing written)', async () => {
    const id = await register(X);
    const r = await call(`query($id: ID!) { customer(id: $id) { id name } }`, { id }, b.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.customer).toBeNull();
    const loan = await call(
      `mutation($i: ArchiveLoanInput!) { requestArchiveLoan(input: $i) { id } }`,
      { i: { customerId: id, purpose: 'x', days: 2 } },
      b.token,
    );
    expect(codes(loan)).toEqual(['NOT_FOUND']);
    const arch = await call(
      `query($id: ID!) { archive(customerId: $id, purpose: "audit") { id } }`,
      { id },
      b.token,
    );
    expect(codes(arch)).toEqual(['NOT_FOUND']);
    const list = await call(`{ customers { totalCount } }`, {}, b.token);
    expect(list.data.customers.totalCount).toBe(0);
    const n = await admin.query('select count(*)::int as n from archive_loans where customer_id = $1', [id]);
    expect(n.rows[0].n).toBe(0);
  });

  it('cross-tenant: company B cannot see or act on A’s renovations (R-CUS-11), handovers (R-CUS-12), survey campaigns (R-CUS-13) or tenant assemblies (R-CUS-14)', async () => {
    const id = await register(X);
    const today = dateIn(testClock.now(), 'Asia/Shanghai');
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const r = await call(query, variables, a.token);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const renovation = {
      customerId: id,
      unitId: units['105'],
      startDate: addDays(today, 5),
      contractor: '美家装饰',
      works: ['厨房改造'],
    };
    const APPLY = `mutation($i: ApplyRenovationInput!) { applyRenovation(input: $i) { id } }`;
    const SIGN = `mutation($i: SignHandoverInput!) { signHandover(input: $i) { id defects { id } } }`;
    const handover = {
      customerId: id,
      unitId: units['105'],
      defects: [{ location: '客厅', description: '墙面裂缝' }],
      keys: [{ label: '入户门', quantity: 2 }],
      customerSignature: 'Li Lei',
    };
    const year = Number(today.slice(0, 4));
    expect(codes(await call(APPLY, { i: renovation }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await call(SIGN, { i: handover }, b.token))).toEqual(['NOT_FOUND']);
    const r = (await ok(APPLY, { i: renovation })).applyRenovation;
    const h = (await ok(SIGN, { i: handover })).signHandover;
    const c = (
      await ok(`mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) { id } }`, {
        i: { propertyId: X, year, questions: ['总体满意度'] },
      })
    ).createSurveyCampaign;

    const asB = async (query: string, variables: Record<string, unknown>) =>
      codes(await call(query, variables, b.token));
    expect(
      await asB(
        `mutation($i: RequestRenovationInspectionInput!) { requestRenovationInspection(input: $i) { id } }`,
        { i: { renovationId: r.id, kind: 'INITIAL' } },
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      await asB(`mutation($h: ID!, $d: ID!) { fixHandoverDefect(handoverId: $h, defectId: $d) { id } }`, {
        h: h.id,
        d: h.defects[0].id,
      }),
    ).toEqual(['NOT_FOUND']);
    expect(
      await asB(`mutation($i: RecordSurveyAnswersInput!) { recordSurveyAnswers(input: $i) { id } }`, {
        i: { campaignId: c.id, customerId: id, scores: [5] },
      }),
    ).toEqual(['NOT_FOUND']);
    expect(
      await asB(`mutation($i: CreateSurveyCampaignInput!) { createSurveyCampaign(input: $i) { id } }`, {
        i: { propertyId: X, year: year + 1, questions: ['x'] },
      }),
    ).toEqual(['NOT_FOUND']);
    expect(
      await asB(`mutation($i: RecordTenantAssemblyInput!) { recordTenantAssembly(input: $i) { id } }`, {
        i: { propertyId: X, heldOn: today, minutes: 'm', attendeeIds: [id] },
      }),
    ).toEqual(['NOT_FOUND']);
    expect(
      await asB(`query($p: ID!, $y: Int!) { tenantAssemblyYear(propertyId: $p, year: $y) { tenants } }`, {
        p: X,
        y: year,
      }),
    ).toEqual(['NOT_FOUND']);
    const lists = await call(
      `query($p: ID!, $y: Int!) { renovations(propertyId: $p) { totalCount } handovers(propertyId: $p) { totalCount }
        surveyCampaign(propertyId: $p, year: $y) { id } }`,
      { p: X, y: year },
      b.token,
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data).toEqual({
      renovations: { totalCount: 0 },
      handovers: { totalCount: 0 },
      surveyCampaign: null,
    });
    const rows = await admin.query(
      `select (select count(*)::int from renovations where customer_id = $1) as r,
              (select count(*)::int from unit_handovers where customer_id = $1) as h,
              (select count(*)::int from survey_campaigns where property_id = $2) as c,
              (select count(*)::int from tenant_assemblies where property_id = $2) as t`,
      [id, X],
    );
    expect(rows.rows[0]).toEqual({ r: 1, h: 1, c: 1, t: 0 });
  });

  it('cross-property: staff of property Y cannot see customers or archives of X; FRONT_DESK cannot approve loans', async () => {
    const id = await register(X);
    const r = await call(`query($id: ID!) { customer(id: $id) { id } }`, { id }, assistantY.token);
    expect(r.data.customer).toBeNull();
    const arch = await call(
      `query($id: ID!) { archive(customerId: $id, purpose: "audit") { id } }`,
      { id },
      assistantY.token,
    );
    expect(codes(arch)).toEqual(['NOT_FOUND']);
    const reg = await call(
      REGISTER,
      { i: { propertyId: X, name: 'N', phone: '13900000000', kind: 'OWNER' } },
      assistantY.token,
    );
    expect(codes(reg)).toEqual(['NOT_FOUND']);
    const list = await call(
      `{ customers(filter: { propertyId: "${X}" }) { totalCount } }`,
      {},
      assistantY.token,
    );
    expect(codes(list)).toEqual(['NOT_FOUND']);
    const approve = await call(
      `mutation { approveArchiveLoan(id: "01900000-0000-7000-8000-000000000000") { id } }`,
      {},
      frontDesk.token,
    );
    expect(codes(approve)).toEqual(['FORBIDDEN']);
  });

  it('_entities resolves Customer references in one batch; unknown and other-tenant ids are null', async () => {
    const id = await register(X);
    const res = await fetch(p.subgraphUrls.customers, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${a.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${a.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id kind } } }`,
        variables: {
          r: [
            { __typename: 'Customer', id },
            { __typename: 'Customer', id: '01900000-0000-7000-8000-000000000000' },
          ],
        },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.data._entities).toEqual([{ id, kind: 'OWNER' }, null]);
    const resB = await fetch(p.subgraphUrls.customers, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${b.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${b.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }`,
        variables: { r: [{ __typename: 'Customer', id }] },
      }),
    });
    expect(((await resB.json()) as any).data._entities).toEqual([null]);
  });

  it('R-CUS-4: an owner’s move-in without documents is recorded with open items; handover readings go out in occupancy.started', async () => {
    const id = await register(X);
    const r = await call(
      MOVE_IN,
      {
        i: {
          customerId: id,
          unitId: units['101'],
          date: '2026-01-10',
          meterReadings: [{ meter: 'WATER', reading: 12.5 }],
          keysHandedOver: 2,
          defectsOpen: true,
        },
      },
      frontDesk.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.moveIn.openItems).toEqual(
      expect.arrayContaining(['NOTICE', 'PURCHASE_CONTRACT', 'SIGNED_COVENANT']),
    );
    expect(r.data.moveIn.openItems).not.toContain('METER_READINGS');
    expect(r.data.moveIn.openItems).not.toContain('ARCHIVE_CREATED');
    expect(r.data.moveIn.keysRetained).toBe(1);
    const ev = await admin.query(
      `select envelope from outbox where envelope->>'type' = 'occupancy.started' and envelope->'payload'->>'customerId' = $1`,
      [id],
    );
    expect(ev.rows[0].envelope.payload.meterReadings).toEqual([{ meter: 'WATER', reading: 12.5 }]);
    // R-CUS-1: a unit has at most one current owner.
    const other = await register(X);
    const dup = await call(
      MOVE_IN,
      { i: { customerId: other, unitId: units['101'], date: '2026-01-11' } },
      frontDesk.token,
    );
    expect(codes(dup)).toEqual(['CONFLICT']);
    // The unit must belong to the customer's property.
    const wrong = await call(
      MOVE_IN,
      { i: { customerId: other, unitId: units.Y1, date: '2026-01-11' } },
      a.token,
    );
    expect(codes(wrong)).toEqual(['VALIDATION_FAILED']);
  });

  it('R-CUS-5: a lessee’s move-in is refused with VALIDATION_FAILED listing what is missing, until met', async () => {
    const id = await register(X, { kind: 'LESSEE' });
    const r = await call(
      MOVE_IN,
      {
        i: {
          customerId: id,
          unitId: units['102'],
          date: '2026-02-01',
          documents: ['LEASE_SIGNED', 'ID_PROVIDED'],
        },
      },
      frontDesk.token,
    );
    expect(codes(r)).toEqual(['VALIDATION_FAILED']);
    const msgs = (r.errors![0].extensions as any).details.problems.map((x: any) => x.message);
    expect(msgs).toEqual(['missing RENT_PAID', 'missing RENOVATION_ACCEPTED', 'missing OWNER_PRESENT']);
    expect(
      (await admin.query('select count(*)::int as n from occupancies where customer_id = $1', [id])).rows[0]
        .n,
    ).toBe(0);
    const ok = await call(
      MOVE_IN,
      {
        i: {
          customerId: id,
          unitId: units['102'],
          date: '2026-02-01',
          documents: ['LEASE_SIGNED', 'ID_PROVIDED', 'RENT_PAID', 'RENOVATION_ACCEPTED', 'OWNER_PRESENT'],
        },
      },
      frontDesk.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.moveIn.kind).toBe('LESSEE');
  });

  it('R-CUS-6 / R-BIL-9: a move-out stays PENDING_CLEARANCE without billing; clearance.decided clears with a pass number or blocks on arrears', async () => {
    const today = dateIn(testClock.now(), 'Asia/Shanghai');
    const c1 = await register(X);
    const c2 = await register(X);
    await call(MOVE_IN, { i: { customerId: c1, unitId: units['103'], date: '2025-01-01' } }, frontDesk.token);
    await call(MOVE_IN, { i: { customerId: c2, unitId: units['104'], date: '2025-01-01' } }, frontDesk.token);
    const early = await call(
      MOVE_OUT,
      { i: { customerId: c1, unitId: units['103'], plannedDate: addDays(today, 1) } },
      frontDesk.token,
    );
    expect(codes(early)).toEqual(['VALIDATION_FAILED']);
    const r1 = await call(
      MOVE_OUT,
      { i: { customerId: c1, unitId: units['103'], plannedDate: addDays(today, 3) } },
      frontDesk.token,
    );
    const r2 = await call(
      MOVE_OUT,
      { i: { customerId: c2, unitId: units['104'], plannedDate: addDays(today, 5) } },
      frontDesk.token,
    );
    expect(r1.data.requestMoveOut).toMatchObject({ status: 'PENDING_CLEARANCE', releasePassNumber: null });
    const req1 = r1.data.requestMoveOut.id;
    const req2 = r2.data.requestMoveOut.id;
    const ev = await admin.query(
      `select envelope from outbox where envelope->>'type' = 'moveout.requested' and envelope->'payload'->>'requestId' = $1`,
      [req1],
    );
    expect(ev.rows[0].envelope.payload.reason).toBe('MOVE_OUT');
    await new Promise((r) => setTimeout(r, 1500));
    expect((await call(MOVE_OUT_Q, { id: req1 }, frontDesk.token)).data.moveOutRequest.status).toBe(
      'PENDING_CLEARANCE',
    );

    // Billing's answer, published the way billing would (its contract, its subject, on NATS:
    // the customers relay may not publish billing's events).
    await publishForeignEvent(Events.clearanceDecided, a.tenantId, {
      requestId: req1,
      customerId: c1,
      cleared: true,
      amountOwedFen: 0,
      monthsOwed: 0,
    });
    await publishForeignEvent(Events.clearanceDecided, a.tenantId, {
      requestId: req2,
      customerId: c2,
      cleared: false,
      amountOwedFen: 123456,
      monthsOwed: 3,
    });
    const cleared = await until('cleared', async () => {
      const r = (await call(MOVE_OUT_Q, { id: req1 }, frontDesk.token)).data.moveOutRequest;
      return r.status !== 'PENDING_CLEARANCE' && r;
    });
    expect(cleared.status).toBe('CLEARED');
    expect(cleared.releasePassNumber).toMatch(/^RP-\d{4}-\d{6}$/);
    const blocked = await until('blocked', async () => {
      const r = (await call(MOVE_OUT_Q, { id: req2 }, frontDesk.token)).data.moveOutRequest;
      return r.status !== 'PENDING_CLEARANCE' && r;
    });
    expect(blocked.status).toBe('BLOCKED_ARREARS');
    expect(blocked.releasePassNumber).toBeNull();
    expect(blocked.blockedReason).toContain('123456 fen over 3 month');
    const reg = await admin.query('select release_pass_number from move_out_register where request_id = $1', [
      req1,
    ]);
    expect(reg.rows[0].release_pass_number).toBe(cleared.releasePassNumber);
  });

  it('front desk finds the current occupants of a unit and a customer by the whole phone number; the customer lists its move-outs', async () => {
    const FIND = `query($f: CustomerFilter!) { customers(filter: $f) { totalCount edges { node { id } } } }`;
    const ids = async (f: Record<string, unknown>, token = frontDesk.token) => {
      const r = await call(FIND, { f }, token);
      expect(r.errors).toBeUndefined();
      return r.data.customers.edges.map((e: { node: { id: string } }) => e.node.id).sort();
    };
    const phone = `136${String(Date.now()).slice(-8)}`;
    const owner = await register(X, { phone });
    const occupant = await register(X, { kind: 'OCCUPANT', phone: '13600000000' });
    const other = await register(X, { phone: '13600000001' });
    // A unit of its own: the other tests move owners into 101–105.
    const unit = await createUnit(X, '106');
    await until('the unit projection', async () => {
      const r = await call(
        MOVE_IN,
        { i: { customerId: owner, unitId: unit, date: '2025-03-01' } },
        frontDesk.token,
      );
      return !r.errors;
    });
    const moved = await call(
      MOVE_IN,
      { i: { customerId: occupant, unitId: unit, date: '2025-03-01' } },
      frontDesk.token,
    );
    expect(moved.errors).toBeUndefined();
    expect(await ids({ unitId: unit })).toEqual([owner, occupant].sort());
    expect(await ids({ unitId: unit, kind: 'OWNER' })).toEqual([owner]);
    // Nobody lives in a unit without a move-in; a malformed id names nothing (the id guard).
    expect(await ids({ unitId: units.Y1 }, a.token)).toEqual([]);
    expect(codes(await call(FIND, { f: { unitId: 'not-an-id' } }, frontDesk.token))).toEqual(['NOT_FOUND']);
    // By the whole number (keyed hash), also typed with spaces or dashes; a part finds nothing.
    expect(await ids({ phone })).toEqual([owner]);
    expect(await ids({ phone: `${phone.slice(0, 3)} ${phone.slice(3, 7)}-${phone.slice(7)}` })).toEqual([
      owner,
    ]);
    expect(await ids({ phone: phone.slice(0, 7) })).toEqual([]);
    expect(await ids({ phone: '13600000001' })).toEqual([other]);
    // Site scope and tenant: staff of Y and company B find none of X's customers by these filters.
    expect(await ids({ phone }, assistantY.token)).toEqual([]);
    expect(await ids({ unitId: unit }, assistantY.token)).toEqual([]);
    expect(await ids({ phone }, b.token)).toEqual([]);
    expect(await ids({ unitId: unit }, b.token)).toEqual([]);

    const today = dateIn(testClock.now(), 'Asia/Shanghai');
    const req = await call(
      MOVE_OUT,
      { i: { customerId: owner, unitId: unit, plannedDate: addDays(today, 5) } },
      frontDesk.token,
    );
    expect(req.errors).toBeUndefined();
    const page = await call(
      `query($id: ID!) { customer(id: $id) { moveOutRequests { id status unitId plannedDate releasePassNumber } } }`,
      { id: owner },
      frontDesk.token,
    );
    expect(page.data.customer.moveOutRequests).toEqual([
      {
        id: req.data.requestMoveOut.id,
        status: 'PENDING_CLEARANCE',
        unitId: unit,
        plannedDate: addDays(today, 5),
        releasePassNumber: null,
      },
    ]);
    const none = await call(
      `query($id: ID!) { customer(id: $id) { moveOutRequests { id } } }`,
      { id: occupant },
      frontDesk.token,
    );
    expect(none.data.customer.moveOutRequests).toEqual([]);
  });

  it('R-ARC-2 / R-ARC-3: an 8-day loan is refused by default; a manager approves a 7-day one; reads are logged with purpose', async () => {
    const id = await register(X);
    const LOAN = `mutation($i: ArchiveLoanInput!) { requestArchiveLoan(input: $i) { id status dueAt } }`;
    const eight = await call(
      LOAN,
      { i: { customerId: id, purpose: 'renovation dispute', days: 8 } },
      frontDesk.token,
    );
    expect(codes(eight)).toEqual(['VALIDATION_FAILED']);
    expect(
      (await admin.query('select count(*)::int as n from archive_loans where customer_id = $1', [id])).rows[0]
        .n,
    ).toBe(0);
    const read0 = await call(
      `query($id: ID!) { archive(customerId: $id, purpose: "look") { id } }`,
      { id },
      frontDesk.token,
    );
    expect(codes(read0)).toEqual(['FORBIDDEN']);
    const seven = await call(
      LOAN,
      { i: { customerId: id, purpose: 'renovation dispute', days: 7 } },
      frontDesk.token,
    );
    expect(seven.data.requestArchiveLoan).toMatchObject({ status: 'REQUESTED', dueAt: null });
    const loanId = seven.data.requestArchiveLoan.id;
    expect(
      codes(
        await call(
          `mutation($id: ID!) { approveArchiveLoan(id: $id) { id } }`,
          { id: loanId },
          frontDesk.token,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const ok = await call(
      `mutation($id: ID!) { approveArchiveLoan(id: $id) { status dueAt } }`,
      { id: loanId },
      manager.token,
    );
    expect(ok.data.approveArchiveLoan.status).toBe('APPROVED');
    const days = (Date.parse(ok.data.approveArchiveLoan.dueAt) - testClock.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    const read = await call(
      `query($id: ID!) { archive(customerId: $id, purpose: "check renovation file") { missingSections documents { section } } }`,
      { id },
      frontDesk.token,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.archive.missingSections).toEqual(['FIRE_RESPONSIBILITY_LETTER']);
    const log = await admin.query(
      `select purpose, actor_id from archive_access_log where customer_id = $1 and action = 'READ'`,
      [id],
    );
    expect(log.rows).toEqual([{ purpose: 'check renovation file', actor_id: expect.any(String) }]);
    const ret = await call(
      `mutation($id: ID!) { returnArchiveLoan(id: $id) { status } }`,
      { id: loanId },
      frontDesk.token,
    );
    expect(ret.data.returnArchiveLoan.status).toBe('RETURNED');
  });

  it('import: one bad row changes nothing and is reported; a good file imported twice writes once', async () => {
    const count = async () =>
      (await admin.query('select count(*)::int as n from customers where property_id = $1', [X])).rows[0].n;
    const before = await count();
    const bad =
      '\uFEFFname,phone,kind,idNumber,building,unitNumber,moveInDate\r\n"Wang, Fang",13700000001,OWNER,440301198001011117,A,105,2025-03-01\r\nZhao,not-a-phone,OWNER,,A,105,2025-03-01\r\n';
    const r = await call(
      `mutation($p: ID!, $c: String!) { importCustomers(propertyId: $p, csv: $c) { id status created rejected { line reasons } } }`,
      { p: X, c: bad },
      frontDesk.token,
    );
    expect(r.data.importCustomers.status).toBe('REJECTED');
    expect(r.data.importCustomers.rejected).toEqual([{ line: 3, reasons: ['phone is not a phone number'] }]);
    expect(await count()).toBe(before);
    const good = bad.split('\r\n').slice(0, 2).join('\r\n') + '\r\nSun,13700000002,OCCUPANT,,,,\r\n';
    const g1 = await call(
      `mutation($p: ID!, $c: String!) { importCustomers(propertyId: $p, csv: $c) { id status created unchanged total processed } }`,
      { p: X, c: good },
      frontDesk.token,
    );
    expect(g1.data.importCustomers).toMatchObject({
      status: 'DONE',
      created: 2,
      unchanged: 0,
      total: 2,
      processed: 2,
    });
    expect(await count()).toBe(before + 2);
    const g2 = await call(
      `mutation($p: ID!, $c: String!) { importCustomers(propertyId: $p, csv: $c) { status created unchanged } }`,
      { p: X, c: good },
      frontDesk.token,
    );
    expect(g2.data.importCustomers).toMatchObject({ status: 'DONE', created: 0, unchanged: 2 });
    expect(await count()).toBe(before + 2);
    const job = await call(
      `query($id: ID!) { customerImport(id: $id) { processed total } }`,
      { id: g1.data.importCustomers.id },
      frontDesk.token,
    );
    expect(job.data.customerImport).toEqual({ processed: 2, total: 2 });
  });

  it('R-CUS-4: the move-in reminder and escalation are durable jobs run by the scheduler with an injected time', async () => {
    const id = await register(X);
    const deadline = addDays(dateIn(testClock.now(), 'Asia/Shanghai'), 10);
    const n = await call(
      `mutation($i: MoveInNoticeInput!) { sendMoveInNotice(input: $i) { id status } }`,
      { i: { customerId: id, unitId: units['105'], deadline } },
      frontDesk.token,
    );
    expect(n.data.sendMoveInNotice.status).toBe('SENT');
    const status = async () =>
      (await admin.query('select status from move_in_notices where id = $1', [n.data.sendMoveInNotice.id]))
        .rows[0].status;
    await runJobsDue(svc.scheduler, a.tenantId, new Date(Date.parse(`${addDays(deadline, -4)}T12:00:00Z`)));
    expect(await status()).toBe('SENT');
    await runJobsDue(svc.scheduler, a.tenantId, new Date(Date.parse(`${addDays(deadline, -3)}T12:00:00Z`)));
    expect(await status()).toBe('REMINDED');
    await runJobsDue(svc.scheduler, a.tenantId, new Date(Date.parse(`${addDays(deadline, 1)}T12:00:00Z`)));
    expect(await status()).toBe('ESCALATED');
  });

  it('R-KPI-4/5/9: Property.customerKpis reports counts and rates with their counts', async () => {
    const year = dateIn(testClock.now(), 'Asia/Shanghai').slice(0, 4);
    // One archive made complete, so that complete and incomplete ones are both counted.
    const [first] = (
      await admin.query(
        `select customer_id from archives where property_id = $1 and status = 'ACTIVE' order by id limit 1`,
        [X],
      )
    ).rows;
    for (const section of ['BASIC_INFO', 'FIRE_RESPONSIBILITY_LETTER']) {
      const attached = await call(
        `mutation($i: AttachArchiveDocumentInput!) { attachArchiveDocument(input: $i) { id } }`,
        {
          i: {
            customerId: first.customer_id,
            section,
            name: section,
            contentBase64: Buffer.from(section).toString('base64'),
            contentType: 'application/pdf',
          },
        },
        frontDesk.token,
      );
      expect(attached.errors).toBeUndefined();
    }
    const r = await call(
      `query($id: ID!) { property(id: $id) { customerKpis(period: "2026-01") { customers moveIns churnRate customersLeft customersOccupying dataErrorRate archivesIncomplete archivesChecked } } }`,
      { id: X },
      a.token,
    );
    expect(r.errors).toBeUndefined();
    const k = r.data.property.customerKpis;
    expect(k.moveIns).toBe(1);
    expect(k.archivesChecked).toBeGreaterThan(0);
    expect(k.dataErrorRate).toBeCloseTo(k.archivesIncomplete / k.archivesChecked);
    // The statement's completeness agrees with the archive rules applied to the stored documents.
    const archives = (
      await admin.query(
        `select a.id, coalesce(array_agg(d.section::text) filter (where d.section is not null), '{}') as sections
         from archives a left join archive_documents d on d.archive_id = a.id
         where a.property_id = $1 and a.status = 'ACTIVE' group by a.id`,
        [X],
      )
    ).rows;
    expect(k.archivesChecked).toBe(archives.length);
    expect(k.archivesIncomplete).toBe(archives.filter((x) => missingSections(x.sections).length).length);
    expect(k.archivesIncomplete).toBeLessThan(k.archivesChecked);
    expect(year).toMatch(/^\d{4}$/);
  });

  it('R-KPI-4/5/9: each customer KPI is held against its policy target', async () => {
    const M = '{ rule targetKey value target comparison met }';
    const r = await call(
      `query($id: ID!) { property(id: $id) { customerKpis(period: "2026-01") { churnRate dataErrorRate visitPlanCoverage churn ${M} dataErrors ${M} visitPlan ${M} } } }`,
      { id: X },
      a.token,
    );
    expect(r.errors).toBeUndefined();
    const k = r.data.property.customerKpis;
    const met = (v: number | null, ok: (v: number) => boolean) => (v === null ? null : ok(v));
    expect(k.churn).toEqual({
      rule: 'R-KPI-4',
      targetKey: 'kpi.churnRateMax',
      value: k.churnRate,
      target: 0.05,
      comparison: 'AT_MOST',
      met: met(k.churnRate, (v) => v <= 0.05),
    });
    expect(k.dataErrors).toEqual({
      rule: 'R-KPI-5',
      targetKey: 'kpi.dataErrorRateMax',
      value: k.dataErrorRate,
      target: 0.01,
      comparison: 'BELOW',
      met: met(k.dataErrorRate, (v) => v < 0.01),
    });
    expect(k.visitPlan).toMatchObject({ rule: 'R-KPI-9', target: 1, value: k.visitPlanCoverage });
  });

  it('R-KPI-4/5/9 a 12-month trend of every property costs customers one SQL statement and matches the monthly field', async () => {
    const execute = jest.spyOn(PostgreSqlConnection.prototype, 'execute');
    try {
      // Events of the earlier tests may still be consumed: wait until customers is quiet, then count
      // only what the request runs.
      await quiet(execute, 'customers');
      const r = await call(
        `{ properties(first: 50) { edges { node { id customerKpiTrend(from: "2026-01", to: "2026-12") { period customers moveIns churnRate dataErrors { value met } } } } } }`,
        {},
        a.token,
      );
      expect(r.errors).toBeUndefined();
      // Every statement customers ran for the request but the transaction's tenant setting (the
      // other subgraphs of the test platform run in this process too).
      const mine = execute.mock.calls.filter((_, i) =>
        /customers/.test((execute.mock.contexts[i] as any).config.get('dbName')),
      );
      const statements = mine
        .map((c) => String(c[0]))
        // The transaction's tenant setting, and the pollers' statements (due jobs and deadlines
        // every few seconds, with the rows they lock) are not the request's.
        .filter((q) => !/set_config|due_scheduled_jobs|tkt_due_tenants|scheduled_jobs|skip locked/.test(q));
      expect(statements).toHaveLength(1);
      const x = r.data.properties.edges.map((e: any) => e.node).find((n: any) => n.id === X);
      expect(x.customerKpiTrend).toHaveLength(12);
      const one = await call(
        `query($id: ID!) { property(id: $id) { customerKpis(period: "2026-01") { period customers moveIns churnRate dataErrors { value met } } } }`,
        { id: X },
        a.token,
      );
      expect(x.customerKpiTrend[0]).toEqual(one.data.property.customerKpis);
      expect(one.data.property.customerKpis.moveIns).toBe(1);
    } finally {
      execute.mockRestore();
    }
  });

  it('every table with tenant_id in pm_customers has forced row-level security and a tenant_isolation policy', async () => {
    const { tables, unprotected } = await tenantTableProtection(admin);
    expect(tables).toEqual(
      expect.arrayContaining([
        'customers',
        'occupancies',
        'archive_loans',
        'pii_access_log',
        'scheduled_jobs',
        'outbox',
        'inbox',
      ]),
    );
    expect(unprotected).toEqual([]);
  });
});
