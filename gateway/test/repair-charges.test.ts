import { dateIn } from '@pm/time';
import { gql, testClock } from '@pm/testing';
import {
  billing,
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
  startPlatform,
  tickets,
  until,
} from '@pm/testing/kit';

/**
 * R-TKT-5 across services: the ticket service never takes money; the charges of a completed
 * repair reach billing as an event and are collected with the next management-fee bill.
 */
describe('repair charges flow from tickets to the next bill (R-TKT-5)', () => {
  let p: Platform;
  let a: Company;

  beforeAll(async () => {
    p = await startPlatform({}, [tickets, billing]);
    a = await signUpCompany(p.gatewayUrl);
  }, 120_000);
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('a completed repair appears once, with its ticket id, on the bill of the unit', async () => {
    const call = (q: string, v: Record<string, unknown> = {}, token = a.token) =>
      gql(p.gatewayUrl, q, v, token);
    const propertyId = await createProperty(p.gatewayUrl, a.token, 'Repair Row');
    const unit = await call(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
      i: { propertyId, building: 'R', number: '101', areaSqm: 80, kind: 'APARTMENT' },
    });
    const unitId = unit.data.createUnit.id;
    const tech = await inviteStaff(p.gatewayUrl, a.token, a.slug, ['TECHNICIAN'], [propertyId]);

    const ticketId = await until('tickets to know the property', async () => {
      const r = await call(`mutation($i: ReportRepairInput!) { reportRepair(input: $i) { id } }`, {
        i: {
          propertyId,
          unitId,
          description: 'dripping tap',
          priority: 'EXPRESS',
          priceItemCode: 'TAP_REPLACE',
        },
      });
      return r.data?.reportRepair.id as string | undefined;
    });
    await until('tickets to know the technician', async () => {
      const r = await call(
        `mutation($t: ID!, $s: ID!) { dispatchTicket(id: $t, assigneeId: $s) { status } }`,
        {
          t: ticketId,
          s: tech.id,
        },
      );
      return r.data?.dispatchTicket.status;
    });
    expect(
      (await call(`mutation($t: ID!) { arriveTicket(id: $t) { status } }`, { t: ticketId }, tech.token))
        .errors,
    ).toBeUndefined();
    const done = await call(
      `mutation($t: ID!, $i: CompleteTicketInput!) { completeTicket(id: $t, input: $i) { status chargesFen } }`,
      { t: ticketId, i: { charges: [{ priceItemCode: 'TAP_REPLACE', quantity: 2 }], customerSigned: true } },
      tech.token,
    );
    expect(done.data.completeTicket.chargesFen).toBe(6000);

    // Completed after the 25th cut-off: it is collected with the next month's bill.
    const [y, m] = dateIn(testClock.now(), 'Asia/Shanghai').split('-').map(Number);
    const month = (i: number) => new Date(Date.UTC(y, m - 1 + i, 1)).toISOString().slice(0, 7);
    const periods = [month(0), month(1)];
    const line = await until('the repair line on a bill', async () => {
      for (const period of periods) {
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
      }
      const bills = await call(
        `query($f: BillFilter) { bills(filter: $f) { edges { node { period lines { kind amountFen ticketId } } } } }`,
        {
          f: { unitId },
        },
      );
      const lines = (bills.data?.bills.edges ?? []).flatMap((e: any) =>
        e.node.lines.filter((l: any) => l.kind === 'REPAIR'),
      );
      return lines.length ? lines : undefined;
    });
    expect(line).toEqual([expect.objectContaining({ kind: 'REPAIR', amountFen: 6000, ticketId })]);
  }, 120_000);
});
