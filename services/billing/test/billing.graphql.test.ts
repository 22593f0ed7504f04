import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { codes, gql, testNats } from '@pm/testing';
import { Client } from 'pg';
import { NatsConnection, connect } from 'nats';
import { Events } from '@pm/contracts';
import { FakeClock } from '@pm/time';
import { uuidv7 } from '@pm/db';
import { systemContext } from '@pm/tenant-context';
import { BillService } from '../src/bill/bill.service';
import { ADMIN_URL, connectDb } from './helpers';
import { ArrearsService, ageing } from '../src/arrears/arrears.service';
import { ARREARS_KEYS, arrearsThresholdsOf } from '../src/common/policies';
import { billingKpiFigures } from '../src/kpi/billing-kpis.queries';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signInternalForTest,
  quiet,
  signUpCompany,
  starter,
  startPlatform,
  until,
} from '@pm/testing/kit';

/**
 * Billing through the real gateway with real Keycloak tokens, real JetStream events and the
 * billing subgraph's own consumers: bill runs, payments, late fees, clearance, isolation.
 */
const PERIOD = '2026-11';
let p: Platform;
let a: Company;
let b: Company;
let nc: NatsConnection;
let admin: Client;
let propX: string;
let propY: string;
const units: string[] = [];
let finance: { token: string };
let frontDeskY: { token: string };
let billingUrl: string;
const customerC = uuidv7();

async function publish(
  company: Company,
  contract: { type: string; version: number; subject: string },
  payload: object,
  id = uuidv7(),
) {
  const envelope = {
    id,
    type: contract.type,
    version: contract.version,
    tenantId: company.tenantId,
    occurredAt: new Date().toISOString(),
    actor: { kind: 'system' },
    payload,
  };
  await nc.jetstream().publish(contract.subject, JSON.stringify(envelope), { msgID: id });
  return id;
}

async function createUnit(token: string, propertyId: string, number: string, areaSqm: number) {
  const r = await gql(
    p.gatewayUrl,
    `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`,
    { i: { propertyId, building: 'A', number, areaSqm, kind: 'APARTMENT' } },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.createUnit.id as string;
}

const count = async (sql: string, params: unknown[]) => Number((await admin.query(sql, params)).rows[0].n);

const BILL_FIELDS = `id period status dueDate totalFen paidFen customerId lateFeeRate rounding
  lines { kind description amountFen ticketId } dunningRounds { round }`;

async function runBilling(token: string, propertyId: string, period = PERIOD) {
  const r = await gql(
    p.gatewayUrl,
    `mutation($i: RunBillingInput!) { runBilling(input: $i) { id status billsCreated unitsTotal } }`,
    { i: { propertyId, period } },
    token,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const id = r.data.runBilling.id;
  return until('bill run DONE', async () => {
    const s = await gql(
      p.gatewayUrl,
      `query($id: ID!) { billingRun(id: $id) { id status billsCreated unitsTotal } }`,
      { id },
      token,
    );
    return s.data?.billingRun?.status === 'DONE' ? s.data.billingRun : undefined;
  });
}

async function billOfUnit(token: string, unitId: string) {
  const r = await gql(
    p.gatewayUrl,
    `query($f: BillFilter) { bills(filter: $f) { totalCount edges { node { ${BILL_FIELDS} } } } }`,
    { f: { unitId, period: PERIOD } },
    token,
  );
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.bills.edges[0]?.node;
}

beforeAll(async () => {
  admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  nc = await connect(testNats());
  p = await startPlatform({}, [
    // Every date below is fixed (period 2026-11, due 2026-12-15, paid 2026-11-27), so billing's
    // "today" is fixed with them: a bill is dated the day it is run.
    starter('billing', {
      env: { JOB_POLL_MS: '0' },
      options: { clock: new FakeClock(Date.parse('2026-11-27T04:00:00Z')) },
    }),
  ]);
  billingUrl = p.subgraphUrls.billing;
  [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
  propX = await createProperty(p.gatewayUrl, a.token, 'X Garden');
  propY = await createProperty(p.gatewayUrl, a.token, 'Y Tower');
  units.push(await createUnit(a.token, propX, '101', 88.5), await createUnit(a.token, propX, '102', 120));
  [finance, frontDeskY] = await Promise.all([
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FINANCE'], [propX]),
    inviteStaff(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [propY]),
  ]);
  // Projections are eventual: wait until billing has seen both units.
  await until(
    'unit projection',
    async () =>
      (await count('select count(*) as n from units_projection where property_id = $1', [propX])) === 2,
    40_000,
  );
  // Occupancy (customers service's event) and a repair charge published twice under two msg ids.
  await publish(a, Events.occupancyStarted, {
    occupancyId: uuidv7(),
    customerId: customerC,
    unitId: units[0],
    propertyId: propX,
    kind: 'OWNER',
    startDate: '2026-01-01',
    meterReadings: [{ meter: 'WATER', reading: 10 }],
  });
  const ticket = {
    ticketId: uuidv7(),
    propertyId: propX,
    unitId: units[0],
    customerId: customerC,
    charges: [{ code: 'LOCK', name: 'Change lock', quantity: 1, unitPriceFen: 8000, amountFen: 8000 }],
    totalFen: 8000,
    completedAt: '2026-11-20T02:00:00Z',
  };
  await publish(a, Events.ticketCompleted, ticket);
  await publish(a, Events.ticketCompleted, ticket);
  await until(
    'occupancy and repair',
    async () => {
      const occ = await count('select count(*) as n from occupancy_projection where customer_id = $1', [
        customerC,
      ]);
      const inbox = await count(
        `select count(*) as n from inbox where consumer = 'billing.repair-charges' and tenant_id = $1`,
        [a.tenantId],
      );
      return occ === 1 && inbox === 2;
    },
    20_000,
  );
}, 120_000);

afterAll(async () => {
  await removeCompanies([a, b]);
  await p?.stop();
  await nc?.close();
  await admin?.end();
}, 30_000);

describe('billing through the gateway', () => {
  let bill: any;

  it('R-BIL-2 a meter reading lower than the last is rejected (VALIDATION_FAILED) and not stored', async () => {
    const M = `mutation($i: MeterReadingInput!) { recordMeterReading(input: $i) { id reading consumption status } }`;
    const ok = await gql(
      p.gatewayUrl,
      M,
      { i: { unitId: units[0], meter: 'WATER', reading: 25.5, readAt: '2026-11-24T02:00:00Z' } },
      finance.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.recordMeterReading.consumption).toBe(15.5);
    const low = await gql(
      p.gatewayUrl,
      M,
      { i: { unitId: units[0], meter: 'WATER', reading: 20, readAt: '2026-11-25T02:00:00Z' } },
      finance.token,
    );
    expect(codes(low)).toEqual(['VALIDATION_FAILED']);
    expect(low.errors![0].extensions!.details).toMatchObject({ problems: [{ field: 'reading' }] });
    expect(
      await count(`select count(*) as n from meter_readings where unit_id = $1 and reading = 20`, [units[0]]),
    ).toBe(0);
  });

  it('R-BIL-2 runBilling returns RUNNING work that finishes; running twice changes nothing', async () => {
    const run = await runBilling(finance.token, propX);
    expect(run).toMatchObject({ status: 'DONE', billsCreated: 2, unitsTotal: 2 });
    const again = await runBilling(finance.token, propX);
    expect(again.id).toBe(run.id);
    expect(again.billsCreated).toBe(2);
    expect(await count('select count(*) as n from bills where property_id = $1', [propX])).toBe(2);

    bill = await billOfUnit(finance.token, units[0]);
    // 88.5 m² × 250 = 22125; water 15.5 × 350 = 5425; repair 8000 (once, from two deliveries)
    expect(bill.lines.map((l: any) => [l.kind, l.amountFen])).toEqual([
      ['MANAGEMENT', 22125],
      ['WATER', 5425],
      ['REPAIR', 8000],
    ]);
    expect(bill.lines[2].ticketId).toBeTruthy();
    expect(bill.totalFen).toBe(35550);
    expect(bill.customerId).toBe(customerC);
    expect(bill).toMatchObject({
      period: PERIOD,
      dueDate: '2026-12-15',
      status: 'ISSUED',
      rounding: 'HALF_UP',
      lateFeeRate: '0.0005',
    });
    expect(
      await count(
        `select count(*) as n from outbox where tenant_id = $1 and subject = 'pm.billing.bill.issued'`,
        [a.tenantId],
      ),
    ).toBe(2);
  }, 30_000);

  it('R-BIL-4 lateFeeFen through the gateway: exact to the fen, with its explanation', async () => {
    const r = await gql(
      p.gatewayUrl,
      `query($id: ID!) { bill(id: $id) { lateFeeFen(asOf: "2027-01-10") before: lateFeeFen(asOf: "2026-12-15")
         lateFeeExplanation(asOf: "2027-01-10") { feeFen ratePerDay rounding segments { days baseFen } text } } }`,
      { id: bill.id },
      finance.token,
    );
    // 16 Dec..10 Jan = 26 days × 35550 × 0.0005 = 462.15 → 462
    expect(r.data.bill.lateFeeFen).toBe(462);
    expect(r.data.bill.before).toBe(0);
    expect(r.data.bill.lateFeeExplanation).toMatchObject({
      feeFen: 462,
      ratePerDay: '0.0005',
      rounding: 'HALF_UP',
      segments: [{ days: 26, baseFen: 35550 }],
    });
  });

  it('R-BIL-8 one idempotency key posted twice — also concurrently — is one payment', async () => {
    const M = `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amountFen receiptNumber status } }`;
    const i = {
      billId: bill.id,
      amountFen: 10_000,
      paidAt: '2026-11-27T01:00:00Z',
      idempotencyKey: `k-${uuidv7()}`,
      bankReference: 'ICBC-1',
    };
    const [r1, r2] = await Promise.all([
      gql(p.gatewayUrl, M, { i }, finance.token),
      gql(p.gatewayUrl, M, { i }, finance.token),
    ]);
    expect(r1.errors).toBeUndefined();
    expect(r2.errors).toBeUndefined();
    expect(r1.data.recordPayment.id).toBe(r2.data.recordPayment.id);
    const r3 = await gql(p.gatewayUrl, M, { i }, finance.token);
    expect(r3.data.recordPayment.id).toBe(r1.data.recordPayment.id);
    expect(r1.data.recordPayment.receiptNumber).toMatch(/^RC2026-\d{7}$/);
    expect(await count('select count(*) as n from payments where bill_id = $1', [bill.id])).toBe(1);
    const after = await billOfUnit(finance.token, units[0]);
    expect(after).toMatchObject({ paidFen: 10_000, status: 'PARTIALLY_PAID' });
    // The same key for another amount is a conflict, not a second payment.
    const clash = await gql(p.gatewayUrl, M, { i: { ...i, amountFen: 1 } }, finance.token);
    expect(codes(clash)).toEqual(['CONFLICT']);
  }, 20_000);

  it('R-BIL-9 move-out is blocked with arrears and cleared without (clearance.decided in the outbox)', async () => {
    const blockedReq = await publishMoveOut(customerC);
    const clearReq = await publishMoveOut(uuidv7());
    const decided = await until('clearance decisions', async () => {
      const { rows } = await admin.query(
        `select envelope->'payload' as p from outbox where subject = 'pm.billing.clearance.decided' and tenant_id = $1`,
        [a.tenantId],
      );
      return rows.length === 2 ? rows.map((r) => r.p) : undefined;
    });
    const blocked = decided.find((d: any) => d.requestId === blockedReq);
    const cleared = decided.find((d: any) => d.requestId === clearReq);
    expect(blocked).toMatchObject({ customerId: customerC, cleared: false, amountOwedFen: 25_550 });
    expect(cleared).toMatchObject({ cleared: true, amountOwedFen: 0, monthsOwed: 0 });
  }, 30_000);

  it('R-BIL-7 arrears rows with stage and Customer.balanceFen (federated stub)', async () => {
    const r = await gql(
      p.gatewayUrl,
      `query($p: ID!) { arrears(propertyId: $p, asOf: "2027-01-20") { customer { id balanceFen arrearsMonths } overdueFen months stage } }`,
      { p: propX },
      finance.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.arrears).toEqual([
      {
        customer: { id: customerC, balanceFen: 25_550, arrearsMonths: 0 },
        overdueFen: 25_550,
        months: 1,
        stage: 'MEDIATION',
      },
    ]);
  });

  it('R-KPI-8 Property.billingKpis: billed, collected, rate with counts', async () => {
    const r = await gql(
      p.gatewayUrl,
      `query($id: ID!) { property(id: $id) { name billingKpis(period: "2026-11") { billedFen collectedFen bills paidBills collectionRate } } }`,
      { id: propX },
      a.token,
    );
    expect(r.errors).toBeUndefined();
    const k = r.data.property.billingKpis;
    const total = await count('select sum(total_fen) as n from bills where property_id = $1', [propX]);
    expect(k).toMatchObject({ billedFen: total, collectedFen: 10_000, bills: 2, paidBills: 0 });
    expect(k.collectionRate).toBeCloseTo(10_000 / total, 10);
    const F = '{ period billedFen collectedFen bills paidBills collectionRate arrearsFen }';
    const t = await gql(
      p.gatewayUrl,
      `query($id: ID!) { property(id: $id) { billingKpiTrend(from: "2026-10", to: "2026-11") ${F} oct: billingKpis(period: "2026-10") ${F} nov: billingKpis(period: "2026-11") ${F} } }`,
      { id: propX },
      a.token,
    );
    expect(t.errors).toBeUndefined();
    expect(t.data.property.billingKpiTrend).toEqual([t.data.property.oct, t.data.property.nov]);
    expect(t.data.property.nov.billedFen).toBe(total);
  });

  it('R-KPI-8 drill-down: the unpaid bills of the property and month are the KPI’s bills less its paid ones, a page at a time; site scope holds', async () => {
    const k = (
      await gql(
        p.gatewayUrl,
        `query($id: ID!) { property(id: $id) { billingKpis(period: "${PERIOD}") { bills paidBills } } }`,
        { id: propX },
        a.token,
      )
    ).data.property.billingKpis;
    const Q = `query($f: BillFilter, $after: String) { bills(first: 1, after: $after, filter: $f) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id status propertyId period } } } }`;
    const unpaid = { propertyId: propX, period: PERIOD, unpaid: true };
    const seen: any[] = [];
    let after: string | undefined;
    do {
      const r = await gql(p.gatewayUrl, Q, { f: unpaid, after }, a.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.bills.totalCount).toBe(k.bills - k.paidBills);
      seen.push(...r.data.bills.edges.map((e: any) => e.node));
      after = r.data.bills.pageInfo.hasNextPage ? r.data.bills.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen.length).toBe(k.bills - k.paidBills);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen.map((b) => b.id)).size).toBe(seen.length);
    for (const b of seen) {
      expect(['ISSUED', 'PARTIALLY_PAID']).toContain(b.status);
      expect(b).toMatchObject({ propertyId: propX, period: PERIOD });
    }
    const paid = await gql(p.gatewayUrl, Q, { f: { ...unpaid, unpaid: false } }, a.token);
    expect(paid.data.bills.totalCount).toBe(k.paidBills);
    const both = await gql(p.gatewayUrl, Q, { f: { ...unpaid, status: 'PAID' } }, a.token);
    expect(both.data.bills.totalCount).toBe(0);
    const other = await gql(p.gatewayUrl, Q, { f: unpaid }, frontDeskY.token);
    expect(other.data.bills.totalCount).toBe(0);
  });

  it('R-KPI-8 the collection rate is held against the company’s policy target, and follows a change of it', async () => {
    const Q = `query($id: ID!) { property(id: $id) { billingKpis(period: "2026-11") { collectionRate target collection { rule targetKey value target comparison met } } } }`;
    const kpis = async () => (await gql(p.gatewayUrl, Q, { id: propX }, a.token)).data.property.billingKpis;
    const before = await kpis();
    expect(before.collection).toEqual({
      rule: 'R-KPI-8',
      targetKey: 'kpi.feeCollectionRateMin',
      value: before.collectionRate,
      target: 0.9,
      comparison: 'AT_LEAST',
      met: false,
    });
    const set = await gql(
      p.gatewayUrl,
      `mutation($i: SetPolicyInput!) { setPolicy(input: $i) { propertyId } }`,
      { i: { key: 'kpi.feeCollectionRateMin', value: 0.05, effectiveFrom: '2026-01-01' } },
      a.token,
    );
    expect(set.errors).toBeUndefined();
    const after = await until('billing sees the new target', async () => {
      const k = await kpis();
      return k.target === 0.05 ? k : undefined;
    });
    expect(after.collection).toMatchObject({ target: 0.05, met: after.collectionRate >= 0.05 });
    expect(after.collection.met).toBe(true);
  });

  it('R-BIL-7 R-KPI-8 the dashboard statement’s arrears are each property’s own rows on its "today"; site scope and tenant hold', async () => {
    const { db, admin: own } = await connectDb();
    const terms = { targetKeys: ['kpi.feeCollectionRateMin'], arrearsKeys: ARREARS_KEYS };
    const requests = [propX, propY].map((propertyId) => ({ propertyId, period: PERIOD }));
    const figures = (tenantId: string, now: string, visible: string[]) =>
      db.tx(
        (em) => billingKpiFigures(em, requests, { now: new Date(now), visible }, terms),
        systemContext(tenantId),
      );
    try {
      const ctx = systemContext(a.tenantId);
      const aged = new Map<string, unknown>();
      for (const now of ['2026-11-27T04:00:00Z', '2027-01-20T04:00:00Z', '2027-06-30T04:00:00Z']) {
        const f = await figures(a.tenantId, now, [propX, propY]);
        expect(f.properties.map((x) => x.propertyId).sort()).toEqual([propX, propY].sort());
        for (const x of f.properties) {
          // Both properties are in Asia/Shanghai: at 04:00 UTC it is the same day there.
          expect(x.today).toBe(now.slice(0, 10));
          const batch = ageing(x.balances, x.today, arrearsThresholdsOf(x.arrearsPolicy));
          expect(batch).toEqual(await db.tx((em) => ArrearsService.rows(em, x.propertyId, x.today), ctx));
          aged.set(`${x.propertyId}|${x.today}`, batch);
        }
      }
      // The test cannot pass empty: X's owner is overdue by January, in mediation (see above).
      expect(aged.get(`${propX}|2027-01-20`)).toEqual([
        expect.objectContaining({ customerId: customerC, stage: 'MEDIATION' }),
      ]);
      const mine = await figures(a.tenantId, '2027-01-20T04:00:00Z', [propX]);
      expect(mine.periods[0].bills).toBeGreaterThan(0);
      // Another site's property (Y's staff asking for X) and another company's ids read as nothing.
      for (const f of [
        await figures(a.tenantId, '2027-01-20T04:00:00Z', [propY]),
        await figures(b.tenantId, '2027-01-20T04:00:00Z', [propX, propY]),
      ]) {
        expect(f.periods.map((x) => x.bills)).toEqual([0, 0]);
        expect(f.properties.flatMap((x) => x.balances)).toEqual([]);
      }
    } finally {
      await db.close();
      await own.end();
    }
  });

  it('R-KPI-8 a dashboard of 12 properties × 12 months costs billing one SQL statement, arrears included', async () => {
    const more: string[] = [];
    for (let i = 0; i < 10; i++) more.push(await createProperty(p.gatewayUrl, a.token, `Dashboard ${i}`));
    await until(
      'billing knows the properties',
      async () =>
        (await count('select count(*) as n from property_projection where id = any($1::uuid[])', [more])) ===
        more.length,
      40_000,
    );
    const F =
      '{ period billedFen collectedFen bills paidBills collectionRate target arrearsFen arrearsAsOf }';
    const execute = jest.spyOn(PostgreSqlConnection.prototype, 'execute');
    try {
      // Events of the earlier tests may still be consumed: wait until billing is quiet, then count
      // only what the request runs.
      await quiet(execute, 'billing');
      const d = await gql(
        p.gatewayUrl,
        `query { properties(first: 12) { edges { node { id billingKpiTrend(from: "2025-12", to: "2026-11") ${F} } } } }`,
        {},
        a.token,
      );
      expect(d.errors).toBeUndefined();
      const statements = execute.mock.calls
        .filter((_, i) => /billing/.test((execute.mock.contexts[i] as any).config.get('dbName')))
        .map((c) => String(c[0]))
        // The transaction's tenant setting and the pollers' statements are not the request's.
        .filter((q) => !/set_config|due_scheduled_jobs|scheduled_jobs|skip locked|outbox/.test(q));
      // Collections, targets, the properties' zones, their "today"s, thresholds and balances, together.
      expect(statements).toHaveLength(1);
      const nodes = d.data.properties.edges.map((e: any) => e.node);
      expect(nodes).toHaveLength(12);
      // The batch answers what the single-month field answers.
      const one = await gql(
        p.gatewayUrl,
        `query($id: ID!) { property(id: $id) { billingKpis(period: "2026-11") ${F} } }`,
        { id: propX },
        a.token,
      );
      const x = nodes.find((n: any) => n.id === propX);
      expect(x.billingKpiTrend).toHaveLength(12);
      expect(x.billingKpiTrend[11]).toEqual(one.data.property.billingKpis);
      expect(one.data.property.billingKpis.bills).toBeGreaterThan(0);
    } finally {
      execute.mockRestore();
    }
  });

  it('roles: FRONT_DESK cannot run billing or record payments', async () => {
    const r = await gql(
      p.gatewayUrl,
      `mutation { runBilling(input: { propertyId: "${propY}", period: "2026-11" }) { id } }`,
      {},
      frontDeskY.token,
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await count('select count(*) as n from billing_runs where property_id = $1', [propY])).toBe(0);
  });

  it('property scope: FRONT_DESK of Y does not see X’s bills', async () => {
    const one = await gql(
      p.gatewayUrl,
      `query($id: ID!) { bill(id: $id) { id } }`,
      { id: bill.id },
      frontDeskY.token,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data.bill).toBeNull();
    const list = await gql(
      p.gatewayUrl,
      `{ bills(filter: { propertyId: "${propX}" }) { totalCount } }`,
      {},
      frontDeskY.token,
    );
    expect(list.data.bills.totalCount).toBe(0);
    const own = await gql(
      p.gatewayUrl,
      `query($id: ID!) { bill(id: $id) { id } }`,
      { id: bill.id },
      finance.token,
    );
    expect(own.data.bill.id).toBe(bill.id);
  });

  it('tenant isolation: company B with A’s ids gets null / NOT_FOUND and changes nothing', async () => {
    const r = await gql(p.gatewayUrl, `query($id: ID!) { bill(id: $id) { id } }`, { id: bill.id }, b.token);
    expect(r.data.bill).toBeNull();
    const list = await gql(p.gatewayUrl, `{ bills { totalCount } }`, {}, b.token);
    expect(list.data.bills.totalCount).toBe(0);
    const arrears = await gql(
      p.gatewayUrl,
      `query($p: ID!) { arrears(propertyId: $p, asOf: "2027-01-20") { overdueFen } }`,
      { p: propX },
      b.token,
    );
    expect(arrears.data.arrears).toEqual([]);
    const pay = await gql(
      p.gatewayUrl,
      `mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`,
      {
        i: { billId: bill.id, amountFen: 1, paidAt: '2026-11-27T01:00:00Z', idempotencyKey: `b-${uuidv7()}` },
      },
      b.token,
    );
    expect(codes(pay)).toEqual(['NOT_FOUND']);
    const run = await gql(
      p.gatewayUrl,
      `mutation { runBilling(input: { propertyId: "${propX}", period: "2026-12" }) { id } }`,
      {},
      b.token,
    );
    expect(codes(run)).toEqual(['NOT_FOUND']);
    expect(await count('select count(*) as n from payments where bill_id = $1', [bill.id])).toBe(1);
    expect(
      await count(`select count(*) as n from billing_runs where property_id = $1 and period = '2026-12'`, [
        propX,
      ]),
    ).toBe(0);
  });

  it('R-BIL-11 through the gateway: the proposer cannot approve (FORBIDDEN); company B gets NOT_FOUND and sees no change', async () => {
    const proposed = await gql(
      p.gatewayUrl,
      `mutation($i: ProposeFeeChangeInput!) { proposeFeeChange(input: $i) { id status proposedBy } }`,
      {
        i: {
          propertyId: propY,
          effectiveFrom: '2027-03-01',
          managementFenPerSqm: 300,
          waterFenPerUnit: 350,
          electricityFenPerUnit: 60,
          gasFenPerUnit: 300,
          reason: '人工成本上涨',
        },
      },
      a.token,
    );
    expect(proposed.errors).toBeUndefined();
    const { id } = proposed.data.proposeFeeChange;
    const approve = (token: string) =>
      gql(
        p.gatewayUrl,
        `mutation($i: ApproveFeeChangeInput!) { approveFeeChange(input: $i) { status } }`,
        { i: { id, authority: 'OWNERS_COMMITTEE', approvalReference: '业委会决议〔2026〕7号' } },
        token,
      );
    expect(codes(await approve(a.token))).toEqual(['FORBIDDEN']);
    expect(codes(await approve(b.token))).toEqual(['NOT_FOUND']);
    const notify = await gql(
      p.gatewayUrl,
      `mutation($i: NotifyFeeChangeInput!) { notifyFeeChange(input: $i) { status } }`,
      { i: { id, noticeDate: '2026-11-27' } },
      b.token,
    );
    expect(codes(notify)).toEqual(['NOT_FOUND']);
    const list = (token: string) =>
      gql(p.gatewayUrl, `query($p: ID!) { feeChanges(propertyId: $p) { id status } }`, { p: propY }, token);
    expect((await list(b.token)).data.feeChanges).toEqual([]);
    expect((await list(a.token)).data.feeChanges).toEqual([{ id, status: 'PROPOSED' }]);
  });

  it('R-DOC-3 R-BIL-6 through the gateway: a round shows its notice date, valid-until and status; company B cannot reissue it', async () => {
    const run = await gql(
      p.gatewayUrl,
      `mutation($p: ID!) { runDunning(propertyId: $p, asOf: "2027-01-20") { roundsCreated } }`,
      { p: propX },
      finance.token,
    );
    expect(run.errors).toBeUndefined();
    const r = await gql(
      p.gatewayUrl,
      `query($id: ID!) { bill(id: $id) { dunningRounds { id round noticeDate validUntil noticeStatus } } }`,
      { id: bill.id },
      finance.token,
    );
    // Billing's clock stands at 2026-11-27: the notice of 2026-12-16 is not expired.
    const first = r.data.bill.dunningRounds[0];
    expect(first).toMatchObject({
      round: 1,
      noticeDate: '2026-12-16',
      validUntil: '2027-01-15',
      noticeStatus: 'VALID',
    });
    const reissue = (token: string) =>
      gql(
        p.gatewayUrl,
        `mutation($id: ID!) { reissueDunningNotice(roundId: $id) { noticeDate } }`,
        { id: first.id },
        token,
      );
    expect(codes(await reissue(b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await reissue(finance.token))).toEqual(['VALIDATION_FAILED']);
  });

  it('_entities: Bill references resolve in one batch; other tenants’ ids are null', async () => {
    const spy = jest.spyOn(BillService, 'byIds');
    const call = async (token: string, reps: object[]) =>
      (await (
        await fetch(billingUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-pm-internal': signInternalForTest(`Bearer ${token}`),
          },
          body: JSON.stringify({
            query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Bill { id totalFen } ... on Customer { id balanceFen } } }`,
            variables: { r: reps },
          }),
        })
      ).json()) as any;
    const other = await billOfUnit(finance.token, units[1]);
    const r = await call(a.token, [
      { __typename: 'Bill', id: bill.id },
      { __typename: 'Bill', id: other.id },
      { __typename: 'Bill', id: uuidv7() },
    ]);
    expect(r.data._entities).toEqual([
      { id: bill.id, totalFen: 35550 },
      { id: other.id, totalFen: other.totalFen },
      null,
    ]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    const rb = await call(b.token, [{ __typename: 'Bill', id: bill.id }]);
    expect(rb.data._entities).toEqual([null]);
  });
});

async function publishMoveOut(customerId: string) {
  const requestId = uuidv7();
  await publish(a, Events.moveOutRequested, {
    requestId,
    customerId,
    unitId: units[0],
    propertyId: propX,
    plannedDate: '2026-12-01',
    reason: 'MOVE_OUT',
  });
  return requestId;
}
