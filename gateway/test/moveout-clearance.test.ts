import { addDays, dateIn } from '@pm/time';
import { gql, testClock } from '@pm/testing';
import {
  billing,
  Company,
  createProperty,
  customers,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
  until,
} from '@pm/testing/kit';

/**
 * R-CUS-6 / R-BIL-9 across services, events only: customers asks, billing decides from the
 * customer's bills, customers issues the release pass or records the block.
 */
describe('move-out clearance between customers and billing (R-CUS-6, R-BIL-9)', () => {
  let p: Platform;
  let a: Company;

  beforeAll(async () => {
    p = await startPlatform({}, [customers, billing]);
    a = await signUpCompany(p.gatewayUrl);
  }, 120_000);
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('a debtor is blocked with the amount owed; after paying, a new request is cleared with a release pass', async () => {
    const today = dateIn(testClock.now(), 'Asia/Shanghai');
    const [y, m] = today.split('-').map(Number);
    const monthsAgo = (n: number) => new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
    const period = monthsAgo(3);
    const call = (q: string, v: Record<string, unknown> = {}) => gql(p.gatewayUrl, q, v, a.token);
    const propertyId = await createProperty(p.gatewayUrl, a.token, 'Clearance Court');
    const unit = await call(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { propertyId, building: 'C', number: '301', areaSqm: 100, kind: 'APARTMENT' },
    });
    const unitId = unit.data.createUnit.id;

    const customerId = await until('customers to know the property', async () => {
      const r = await call(`mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`, {
        i: { propertyId, name: 'Wang Wu', phone: '13900001111', kind: 'OWNER' },
      });
      return r.data?.registerCustomer.id as string | undefined;
    });
    await until('customers to know the unit', async () => {
      const r = await call(`mutation($i: MoveInInput!) { moveIn(input: $i) { id } }`, {
        i: { customerId, unitId, date: `${monthsAgo(4)}-01` },
      });
      return r.data?.moveIn.id;
    });

    // Billing learns the unit and its occupant from events, then bills a past month.
    const bill = await until('a bill of three months ago for the occupant', async () => {
      const run = await call(`mutation($i: RunBillingInput!) { runBilling(input: $i) { id } }`, {
        i: { propertyId, period },
      });
      if (!run.data) return undefined;
      await until('the run to finish', async () => {
        const r = await call(`query($id: ID!) { billingRun(id: $id) { status } }`, {
          id: run.data.runBilling.id,
        });
        return r.data?.billingRun && r.data.billingRun.status !== 'RUNNING';
      });
      const bills = await call(
        `query($f: BillFilter) { bills(filter: $f) { edges { node { id totalFen paidFen } } } }`,
        {
          f: { customerId, period },
        },
      );
      return bills.data?.bills.edges[0]?.node as { id: string; totalFen: number } | undefined;
    });
    expect(bill.totalFen).toBe(25_000);

    const planned = addDays(today, 10);
    const first = await call(`mutation($i: MoveOutInput!) { requestMoveOut(input: $i) { id status } }`, {
      i: { customerId, unitId, plannedDate: planned },
    });
    expect(first.data.requestMoveOut.status).toBe('PENDING_CLEARANCE');
    const blocked = await until('billing to answer', async () => {
      const r = await call(
        `query($id: ID!) { moveOutRequest(id: $id) { status releasePassNumber blockedReason } }`,
        {
          id: first.data.requestMoveOut.id,
        },
      );
      return r.data.moveOutRequest.status !== 'PENDING_CLEARANCE' && r.data.moveOutRequest;
    });
    expect(blocked.status).toBe('BLOCKED_ARREARS');
    expect(blocked.releasePassNumber).toBeNull();
    expect(blocked.blockedReason).toContain('25000 fen');

    const paid = await call(`mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }`, {
      i: {
        billId: bill.id,
        amountFen: bill.totalFen,
        paidAt: testClock.now().toISOString(),
        idempotencyKey: `clear-${bill.id}`,
      },
    });
    expect(paid.errors).toBeUndefined();

    const second = await call(`mutation($i: MoveOutInput!) { requestMoveOut(input: $i) { id } }`, {
      i: { customerId, unitId, plannedDate: planned },
    });
    const cleared = await until('billing to clear', async () => {
      const r = await call(`query($id: ID!) { moveOutRequest(id: $id) { status releasePassNumber } }`, {
        id: second.data.requestMoveOut.id,
      });
      return r.data.moveOutRequest.status !== 'PENDING_CLEARANCE' && r.data.moveOutRequest;
    });
    expect(cleared.status).toBe('CLEARED');
    expect(cleared.releasePassNumber).toMatch(/^RP-\d{4}-\d{6}$/);
  }, 120_000);
});
