import { Client } from 'pg';
import { FakeClock } from '@pm/time';
import { metricValue } from '@pm/testing';
import { TicketsServer } from '../src/server';
import { adminDb, ok, outboxEvents, startTicketsPlatform, waitForProjection } from './helpers';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signUpCompany,
} from '@pm/testing/kit';

/**
 * One test per SLA rule, all on one controlled timeline: for each rule one ticket meets its
 * deadline and one misses it; the durable timer publishes each breach once, also across a
 * restart (a new timer instance) and with two timers racing.
 */
const T0 = new Date('2026-11-27T02:00:00Z'); // 10:00 in Asia/Shanghai
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const FIELDS = `id slaDeadlines { kind dueAt state }`;

describe('SLA deadlines and the durable breach timer (controllable clock, through the gateway)', () => {
  const clock = new FakeClock(T0.getTime());
  let p: Platform;
  let tickets: () => TicketsServer;
  let db: Client;
  let a: Company;
  let P: string;
  let tech: { id: string; token: string };
  let desk: { id: string; token: string };
  let assistant: { id: string; token: string };
  const id: Record<string, string> = {};
  let firstTick = 0;
  let firstTickCounted = 0;
  let secondTick = 0;
  let thirdTick = 0;
  let missed: number[] = [];

  const gw = () => p.gatewayUrl;
  const run = (q: string, v: Record<string, unknown> = {}) => ok(gw(), a.token, q, v);
  const repair = async (name: string, i: Record<string, unknown>, token = a.token) => {
    const r = await ok(
      gw(),
      token,
      `mutation($i: ReportRepairInput!) { reportRepair(input: $i) { ${FIELDS} } }`,
      {
        i: { propertyId: P, description: name, priority: 'URGENT', priceItemCode: 'CALL_OUT', ...i },
      },
    );
    id[name] = r.reportRepair.id;
  };
  const dispatch = (name: string) =>
    run(`mutation($id: ID!, $a: ID!) { dispatchTicket(id: $id, assigneeId: $a) { id } }`, {
      id: id[name],
      a: tech.id,
    });
  const arrive = (name: string) =>
    ok(gw(), tech.token, `mutation($id: ID!) { arriveTicket(id: $id) { id } }`, { id: id[name] });
  const respond = (name: string) =>
    run(`mutation($id: ID!) { respondTicket(id: $id) { id } }`, { id: id[name] });
  const deadline = async (name: string, kind: string) => {
    const r = await run(`query($id: ID!) { ticket(id: $id) { ${FIELDS} } }`, { id: id[name] });
    return r.ticket.slaDeadlines.find((d: any) => d.kind === kind);
  };
  const breaches = async (name: string, kind: string) =>
    (await outboxEvents(db, 'ticket.sla_breached', [id[name]])).filter((e) => e.payload.kind === kind);

  /** The met ticket's deadline is MET with no event; the missed one BREACHED with exactly one event. */
  async function expectMetAndBreached(
    met: string,
    missed: string,
    kind: string,
    rule: string,
    dueMinutes?: number,
  ) {
    const m = await deadline(met, kind);
    const b = await deadline(missed, kind);
    expect(m.state).toBe('MET');
    expect(b.state).toBe('BREACHED');
    expect(await breaches(met, kind)).toHaveLength(0);
    const events = await breaches(missed, kind);
    expect(events).toHaveLength(1);
    expect(events[0].payload.rule).toBe(rule);
    expect(events[0].payload.dueAt).toBe(new Date(b.dueAt).toISOString());
    if (dueMinutes !== undefined) expect(new Date(m.dueAt).getTime()).toBe(at(dueMinutes).getTime());
  }

  beforeAll(async () => {
    ({ p, tickets } = await startTicketsPlatform(clock));
    db = await adminDb();
    a = await signUpCompany(gw());
    P = await createProperty(gw(), a.token, 'SLA Court');
    [tech, desk, assistant] = await Promise.all([
      inviteStaff(gw(), a.token, a.slug, ['TECHNICIAN'], [P]),
      inviteStaff(gw(), a.token, a.slug, ['FRONT_DESK'], [P]),
      inviteStaff(gw(), a.token, a.slug, ['PROPERTY_ASSISTANT'], [P]),
    ]);
    await waitForProjection(db, [P], [tech.id, desk.id, assistant.id]);

    // T0: every ticket is taken now.
    await repair('fillOnTime', { calledAt: at(-1).toISOString() });
    await repair('fillLate', { calledAt: at(-3).toISOString() }, desk.token);
    await repair('urgentMet', {});
    await repair('urgentMissed', {});
    await repair('expressMet', { priority: 'EXPRESS' });
    await repair('expressMissed', { priority: 'EXPRESS' });
    await repair('normalMet', { priority: 'NORMAL' });
    await repair('normalMissed', { priority: 'NORMAL' });
    await repair('apptMet', { priority: 'NORMAL', appointmentAt: at(60).toISOString() });
    await repair('apptMissed', { priority: 'NORMAL', appointmentAt: at(60).toISOString() });
    await repair('quoteMet', { priceItemCode: null });
    await repair('quoteMissed', { priceItemCode: null });
    await repair('publicMet', { publicArea: true, priceItemCode: null });
    await repair('publicMissed', { publicArea: true, priceItemCode: null });
    for (const n of ['helpMet', 'helpMissed'])
      id[n] = (
        await run(`mutation($i: RequestHelpInput!) { requestHelp(input: $i) { id } }`, {
          i: { propertyId: P, category: 'ENQUIRY', description: n },
        })
      ).requestHelp.id;
    for (const [n, kind] of [
      ['faultMet', 'FAULT'],
      ['doorMissed', 'DOOR'],
    ])
      id[n] = (
        await run(`mutation($i: ReportPatrolFindingInput!) { reportPatrolFinding(input: $i) { id } }`, {
          i: { propertyId: P, kind, description: n },
        })
      ).reportPatrolFinding.id;
    for (const n of ['responseMet', 'responseMissed'])
      id[n] = (
        await run(`mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, {
          i: { propertyId: P, category: 'ENVIRONMENT', description: n },
        })
      ).fileComplaint.id;

    clock.set(at(1));
    await dispatch('expressMet');
    clock.set(at(2));
    await dispatch('urgentMet');
    clock.set(at(4));
    await dispatch('urgentMissed');
    clock.set(at(5));
    await dispatch('publicMet');
    await respond('helpMet');
    clock.set(at(9));
    await arrive('urgentMet');
    clock.set(at(10));
    await run(`mutation($id: ID!) { quoteTicket(id: $id, input: { name: "x", priceFen: 100 }) { id } }`, {
      id: id.quoteMet,
    });
    clock.set(at(12));
    await arrive('publicMet');
    clock.set(at(14));
    await arrive('expressMet');

    // First pass of the timer half an hour in.
    clock.set(at(30));
    const counted = async () => metricValue(await tickets().metrics.scrape(), 'pm_sla_breaches_total');
    const countedBefore = await counted();
    firstTick = (await tickets().timer.tick()).breaches;
    firstTickCounted = (await counted()) - countedBefore;

    clock.set(at(50));
    await arrive('apptMet');
    clock.set(at(60));
    await arrive('normalMet');
    await respond('responseMet');
    clock.set(at(61));
    await dispatch('doorMissed');
    clock.set(at(100));
    await dispatch('faultMet');

    // A day later, after a "restart": a new timer instance picks up the rest from the table.
    clock.set(at(25 * 60));
    await tickets().timer.stop();
    secondTick = (await tickets().newTimer().tick()).breaches;
    // Restart again and race two instances: nothing is published twice.
    const ours = async () => (await outboxEvents(db, 'ticket.sla_breached', Object.values(id))).length;
    const afterSecond = await ours();
    await Promise.all([tickets().newTimer().tick(), tickets().newTimer().tick()]);
    // The timer serves every tenant (other test files may run at the same time): count ours only.
    thirdTick = (await ours()) - afterSecond;

    // R-VIS-2: both complaints close; the sampled one's visit is due in 3 days and is missed.
    for (const n of ['responseMet', 'responseMissed'])
      await run(
        `mutation($id: ID!) { completeTicket(id: $id, input: { charges: [], customerSigned: false }) { id } }`,
        { id: id[n] },
      );
    clock.set(at(25 * 60 + 4 * 24 * 60));
    const ourMissed = async () =>
      (await outboxEvents(db, 'visit.missed', [id.responseMet, id.responseMissed])).length;
    await tickets().newTimer().tick();
    const once = await ourMissed();
    await tickets().newTimer().tick();
    missed = [once, (await ourMissed()) - once];
  }, 120_000);

  afterAll(async () => {
    await removeCompanies([a]);
    await db?.end();
    await p?.stop();
  }, 30_000);

  it('R-TKT-1: order filled within 2 min of the call — filled at 1 min MET, at 3 min BREACHED', async () => {
    await expectMetAndBreached('fillOnTime', 'fillLate', 'ORDER_FILLED', 'R-TKT-1');
  });

  it('R-TKT-1: engineering notified within 3 min — dispatched at 2 min MET, at 4 min BREACHED', async () => {
    await expectMetAndBreached('urgentMet', 'urgentMissed', 'ENGINEERING_NOTIFIED', 'R-TKT-1', 3);
  });

  it('R-TKT-7 urgent: on site within 10 min — arrived at 9 min MET, never BREACHED', async () => {
    await expectMetAndBreached('urgentMet', 'urgentMissed', 'ON_SITE', 'R-TKT-7', 10);
  });

  it('R-TKT-7 express: on site within 15 min', async () => {
    await expectMetAndBreached('expressMet', 'expressMissed', 'ON_SITE', 'R-TKT-7', 15);
  });

  it('R-TKT-7 normal: on site the same day (end of day in Asia/Shanghai = 16:00 UTC)', async () => {
    await expectMetAndBreached('normalMet', 'normalMissed', 'ON_SITE', 'R-TKT-7');
    expect(new Date((await deadline('normalMissed', 'ON_SITE')).dueAt).toISOString()).toBe(
      '2026-11-27T16:00:00.000Z',
    );
  });

  it('R-TKT-2: with an appointment on site 5 min before it', async () => {
    await expectMetAndBreached('apptMet', 'apptMissed', 'ON_SITE', 'R-TKT-2', 55);
  });

  it('R-TKT-3: unlisted item quoted within 15 min', async () => {
    await expectMetAndBreached('quoteMet', 'quoteMissed', 'QUOTE', 'R-TKT-3', 15);
  });

  it('R-TKT-6: public area — engineering notified within 10 min and on site within 15 min', async () => {
    await expectMetAndBreached('publicMet', 'publicMissed', 'PUBLIC_NOTIFY', 'R-TKT-6', 10);
    await expectMetAndBreached('publicMet', 'publicMissed', 'PUBLIC_ON_SITE', 'R-TKT-6', 15);
  });

  it('R-TKT-9: escalated help request answered within 10 min', async () => {
    await expectMetAndBreached('helpMet', 'helpMissed', 'HELP_ANSWER', 'R-TKT-9', 10);
  });

  it('R-TKT-10: patrol fault reported within 2 h (MET at 100 min), door within 1 h (BREACHED at 61 min)', async () => {
    const fault = await deadline('faultMet', 'PATROL_REPORT');
    const door = await deadline('doorMissed', 'PATROL_REPORT');
    expect(fault.state).toBe('MET');
    expect(new Date(fault.dueAt).getTime()).toBe(at(120).getTime());
    expect(door.state).toBe('BREACHED');
    expect(new Date(door.dueAt).getTime()).toBe(at(60).getTime());
    expect(await breaches('faultMet', 'PATROL_REPORT')).toHaveLength(0);
    expect(await breaches('doorMissed', 'PATROL_REPORT')).toHaveLength(1);
  });

  it('R-KPI-1: first response within 24 h', async () => {
    await expectMetAndBreached('responseMet', 'responseMissed', 'FIRST_RESPONSE', 'R-KPI-1', 24 * 60);
  });

  it('exactly once: the first pass published the early breaches, the restarted timer the rest, racing timers nothing more', async () => {
    const all = await outboxEvents(db, 'ticket.sla_breached', Object.values(id));
    const keys = all.map((e) => `${e.payload.ticketId}:${e.payload.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Our tenant's share of each pass (the timer serves every tenant).
    const before30 = all.filter((e) => new Date(e.payload.dueAt) <= at(30)).length;
    expect(firstTick).toBeGreaterThanOrEqual(before30);
    expect(before30).toBeGreaterThan(0);
    // pm_sla_breaches_total of the tickets deployable moved by what the pass published.
    expect(firstTickCounted).toBe(firstTick);
    expect(secondTick).toBeGreaterThanOrEqual(all.length - before30);
    expect(thirdTick).toBe(0);
    const rows = await db.query(
      `select count(*)::int as n from sla_deadlines where ticket_id = any($1::uuid[]) and state = 'BREACHED' and breach_published_at is not null`,
      [Object.values(id)],
    );
    expect(rows.rows[0].n).toBe(all.length);
    // R-APR-7: the assignee answers for a breach once dispatched; before that, whoever took the call.
    const urgent = (await breaches('urgentMissed', 'ON_SITE'))[0];
    expect(urgent.payload.responsibleStaffId).toBe(tech.id);
    const filled = (await breaches('fillLate', 'ORDER_FILLED'))[0];
    expect(filled.payload.responsibleStaffId).toBe(desk.id);
  });

  it('R-VIS-2: a sampled visit not recorded by its due date publishes visit.missed once; the unsampled one none', async () => {
    const ids = [id.responseMet, id.responseMissed];
    const { rows } = await db.query(
      `select ticket_id, selected, status, sequence_no from visit_tasks where ticket_id = any($1::uuid[]) order by sequence_no`,
      [ids],
    );
    expect(rows.map((r) => [r.sequence_no, r.selected])).toEqual([
      [1, false],
      [2, true],
    ]);
    const events = await outboxEvents(db, 'visit.missed', ids);
    expect(events).toHaveLength(1);
    expect(events[0].payload.ticketId).toBe(rows[1].ticket_id);
    // R-APR-7: the property assistant (R-VIS-1, a general complaint) answers for the missed visit.
    expect(events[0].payload.responsibleStaffId).toBe(assistant.id);
    expect(rows[1].status).toBe('MISSED');
    expect(missed).toEqual([1, 0]);
  });

  it('overdue filter lists the breached tickets', async () => {
    const r = await run(`{ tickets(filter: { overdue: true }, first: 200) { edges { node { id } } } }`);
    const ids = new Set(r.tickets.edges.map((e: any) => e.node.id));
    expect(ids.has(id.urgentMissed)).toBe(true);
    expect(ids.has(id.faultMet)).toBe(false);
  });
});
