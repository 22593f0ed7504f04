import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { Events } from '@pm/contracts';
import { uuidv7 } from '@pm/db';
import { closeForeignEvents, codes, gql, publishForeignEvent, testClock } from '@pm/testing';
import { DEFAULT_TIME_ZONE, FakeClock, addDays, dateIn, instantAt } from '@pm/time';
import { TicketService } from '../src/ticket/ticket.service';
import { TICKET_FIELDS, adminDb, ok, outboxEvents, startTicketsPlatform, waitForProjection } from './helpers';
import {
  Company,
  createProperty,
  inviteStaff,
  Platform,
  removeCompanies,
  signInternalForTest,
  signUpCompany,
  until,
  quiet,
} from '@pm/testing/kit';

const REPORT = `mutation($i: ReportRepairInput!) { reportRepair(input: $i) { ${TICKET_FIELDS} } }`;
const DISPATCH = `mutation($id: ID!, $a: ID!) { dispatchTicket(id: $id, assigneeId: $a) { ${TICKET_FIELDS} } }`;
const ARRIVE = `mutation($id: ID!) { arriveTicket(id: $id) { ${TICKET_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $i: CompleteTicketInput!) { completeTicket(id: $id, input: $i) { ${TICKET_FIELDS} visitTask { selected sampleRule dueAt responsibleRole } } }`;
const VISIT = `mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id method satisfaction } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) { id status } }`;

describe('tickets subgraph through the gateway: repairs, quotes, visits, roles and isolation', () => {
  const clock = new FakeClock(testClock.now().getTime());
  let p: Platform;
  let db: Client;
  let a: Company;
  let b: Company;
  let X: string;
  let Y: string;
  let techX: { token: string; id: string };
  let techY: { token: string; id: string };
  let assistant: { token: string; id: string };
  let assistantY: { token: string; id: string };
  let gw: string;

  beforeAll(async () => {
    const started = await startTicketsPlatform(clock);
    p = started.p;
    gw = p.gatewayUrl;
    db = await adminDb();
    [a, b] = await Promise.all([signUpCompany(gw), signUpCompany(gw)]);
    X = await createProperty(gw, a.token, 'X Garden');
    Y = await createProperty(gw, a.token, 'Y Tower');
    [techX, techY, assistant, assistantY] = await Promise.all([
      inviteStaff(gw, a.token, a.slug, ['TECHNICIAN'], [X]),
      inviteStaff(gw, a.token, a.slug, ['TECHNICIAN'], [Y]),
      inviteStaff(gw, a.token, a.slug, ['PROPERTY_ASSISTANT'], [X]),
      inviteStaff(gw, a.token, a.slug, ['PROPERTY_ASSISTANT'], [Y]),
    ]);
    await waitForProjection(db, [X, Y], [techX.id, techY.id, assistant.id, assistantY.id]);
  }, 90_000);

  afterAll(async () => {
    await closeForeignEvents();
    await removeCompanies([a, b]);
    await db?.end();
    await p?.stop();
  }, 30_000);

  const report = (token: string, i: Record<string, unknown>) =>
    gql(gw, REPORT, { i: { propertyId: X, description: 'leaking tap', priority: 'URGENT', ...i } }, token);

  it('R-TKT-2/R-TKT-5: report → dispatch → arrive → complete; charges at list prices arrive in ticket.completed', async () => {
    const list = (
      await ok(gw, a.token, `query($p: ID!) { priceList(propertyId: $p) { code name priceFen } }`, { p: X })
    ).priceList;
    expect(list.length).toBeGreaterThan(0);
    const tap = list.find((i: any) => i.code === 'TAP_REPLACE');
    expect(tap.priceFen).toBeGreaterThan(0);

    const r = await report(assistant.token, { priceItemCode: 'TAP_REPLACE' });
    expect(r.errors).toBeUndefined();
    const t = r.data.reportRepair;
    expect(t.kind).toBe('REPAIR');
    expect(t.status).toBe('OPEN');
    expect(t.slaDeadlines.map((d: any) => d.kind).sort()).toEqual([
      'ENGINEERING_NOTIFIED',
      'FIRST_RESPONSE',
      'ON_SITE',
      'ORDER_FILLED',
    ]);

    clock.advance(60_000);
    const d = await gql(gw, DISPATCH, { id: t.id, a: techX.id }, a.token);
    expect(d.data.dispatchTicket.status).toBe('DISPATCHED');
    expect(d.data.dispatchTicket.assigneeId).toBe(techX.id);
    clock.advance(5 * 60_000);
    const arrived = await gql(gw, ARRIVE, { id: t.id }, techX.token);
    expect(arrived.data.arriveTicket.status).toBe('ON_SITE');

    // The price changes after the order: the order keeps the price in force at completion…
    const up = await gql(
      gw,
      `mutation($i: UpsertPriceItemInput!) { upsertPriceItem(input: $i) { code priceFen version } }`,
      { i: { propertyId: X, code: 'TAP_REPLACE', name: tap.name, priceFen: tap.priceFen + 500 } },
      a.token,
    );
    expect(up.data.upsertPriceItem.version).toBe(2);

    const unsigned = await gql(
      gw,
      COMPLETE,
      { id: t.id, i: { charges: [{ priceItemCode: 'TAP_REPLACE', quantity: 1 }], customerSigned: false } },
      techX.token,
    );
    expect(codes(unsigned)).toEqual(['VALIDATION_FAILED']);

    clock.advance(10 * 60_000);
    const c = await gql(
      gw,
      COMPLETE,
      {
        id: t.id,
        i: {
          charges: [
            { priceItemCode: 'TAP_REPLACE', quantity: 2 },
            { priceItemCode: 'CALL_OUT', quantity: 1 },
          ],
          customerSigned: true,
        },
      },
      techX.token,
    );
    expect(c.errors).toBeUndefined();
    const done = c.data.completeTicket;
    const callOut = list.find((i: any) => i.code === 'CALL_OUT').priceFen;
    const expected = 2 * (tap.priceFen + 500) + callOut;
    expect(done.status).toBe('COMPLETED');
    expect(done.chargesFen).toBe(expected);
    expect(done.charges[0]).toEqual({
      code: 'TAP_REPLACE',
      name: tap.name,
      quantity: 2,
      unitPriceFen: tap.priceFen + 500,
      amountFen: 2 * (tap.priceFen + 500),
    });
    expect(done.timeline.map((e: any) => e.action)).toEqual([
      'REPORTED',
      'DISPATCHED',
      'ARRIVED',
      'COMPLETED',
    ]);
    expect(done.slaDeadlines.find((x: any) => x.kind === 'ON_SITE').state).toBe('MET');
    expect(done.visitTask.sampleRule).toMatch(/^n=\d+/);
    expect(done.visitTask.responsibleRole).toBe('PROPERTY_ASSISTANT');

    const [ev] = await outboxEvents(db, 'ticket.completed', [t.id]);
    expect(ev.payload.totalFen).toBe(expected);
    expect(ev.payload.propertyId).toBe(X);
    expect(ev.payload.charges).toEqual(done.charges);
    expect(await outboxEvents(db, 'ticket.created', [t.id])).toHaveLength(1);
    // …and once relayed it is on JetStream (published_at set by the relay).
    await until(
      'relay',
      async () =>
        (await db.query('select published_at from outbox where id = $1', [ev.id])).rows[0]?.published_at,
    );
  });

  it('R-TKT-3: an unlisted item needs a quote accepted before arrive/complete (VALIDATION_FAILED until then)', async () => {
    const t = (await report(a.token, { description: 'replace custom shelf' })).data.reportRepair;
    expect(t.slaDeadlines.map((d: any) => d.kind)).toContain('QUOTE');
    await ok(gw, a.token, DISPATCH, { id: t.id, a: techX.id });
    expect(codes(await gql(gw, ARRIVE, { id: t.id }, techX.token))).toEqual(['VALIDATION_FAILED']);
    // A technician cannot quote (the engineering supervisor does).
    const q = `mutation($id: ID!) { quoteTicket(id: $id, input: { name: "shelf", priceFen: 12000, code: "SHELF" }) { quoteState } }`;
    expect(codes(await gql(gw, q, { id: t.id }, techX.token))).toEqual(['FORBIDDEN']);
    expect((await ok(gw, a.token, q, { id: t.id })).quoteTicket.quoteState).toBe('PENDING');
    expect(codes(await gql(gw, ARRIVE, { id: t.id }, techX.token))).toEqual(['VALIDATION_FAILED']);
    const acc = await ok(
      gw,
      a.token,
      `mutation($id: ID!) { acceptQuote(id: $id) { quoteState slaDeadlines { kind state } } }`,
      { id: t.id },
    );
    expect(acc.acceptQuote.quoteState).toBe('ACCEPTED');
    expect(acc.acceptQuote.slaDeadlines.map((d: any) => d.kind)).toContain('ON_SITE');
    expect((await ok(gw, techX.token, ARRIVE, { id: t.id })).arriveTicket.status).toBe('ON_SITE');
    const c = await ok(gw, techX.token, COMPLETE, {
      id: t.id,
      i: { charges: [{ priceItemCode: 'SHELF', quantity: 1 }], customerSigned: true },
    });
    expect(c.completeTicket.chargesFen).toBe(12000);
  });

  it('roles: a technician cannot dispatch (FORBIDDEN) nor report; nothing changes', async () => {
    const t = (await report(a.token, { priceItemCode: 'CALL_OUT' })).data.reportRepair;
    expect(codes(await gql(gw, DISPATCH, { id: t.id, a: techX.id }, techX.token))).toEqual(['FORBIDDEN']);
    expect(codes(await report(techX.token, { priceItemCode: 'CALL_OUT' }))).toEqual(['FORBIDDEN']);
    expect((await ok(gw, a.token, TICKET, { id: t.id })).ticket.status).toBe('OPEN');
    // Dispatch needs an assignee working on the ticket's property.
    expect(codes(await gql(gw, DISPATCH, { id: t.id, a: techY.id }, a.token))).toEqual(['VALIDATION_FAILED']);
  });

  it('cross-property: a technician of property X cannot see tickets of property Y', async () => {
    const ty = (await report(a.token, { propertyId: Y, priceItemCode: 'CALL_OUT' })).data.reportRepair;
    const tx = (await report(a.token, { priceItemCode: 'CALL_OUT' })).data.reportRepair;
    expect((await ok(gw, techX.token, TICKET, { id: ty.id })).ticket).toBeNull();
    expect((await ok(gw, techY.token, TICKET, { id: ty.id })).ticket.id).toBe(ty.id);
    const listed = await ok(
      gw,
      techX.token,
      `{ tickets(first: 200) { totalCount edges { node { id propertyId } } } }`,
    );
    const props = new Set(listed.tickets.edges.map((e: any) => e.node.propertyId));
    expect(props).toEqual(new Set([X]));
    expect(listed.tickets.edges.map((e: any) => e.node.id)).toContain(tx.id);
    expect(codes(await gql(gw, ARRIVE, { id: ty.id }, techX.token))).toEqual(['NOT_FOUND']);
    const filtered = await gql(
      gw,
      `query($p: ID!) { tickets(filter: { propertyId: $p }) { totalCount } }`,
      { p: Y },
      techX.token,
    );
    expect(codes(filtered)).toEqual(['NOT_FOUND']);
  });

  it('cross-tenant: company B sees none of A’s tickets and cannot change them', async () => {
    const t = (await report(a.token, { priceItemCode: 'CALL_OUT' })).data.reportRepair;
    expect((await ok(gw, b.token, TICKET, { id: t.id })).ticket).toBeNull();
    expect((await ok(gw, b.token, `{ tickets { totalCount } }`)).tickets.totalCount).toBe(0);
    expect(codes(await gql(gw, DISPATCH, { id: t.id, a: techX.id }, b.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await gql(gw, REPORT, { i: { propertyId: X, description: 'x', priority: 'URGENT' } }, b.token)),
    ).toEqual(['NOT_FOUND']);
    expect((await ok(gw, a.token, TICKET, { id: t.id })).ticket.status).toBe('OPEN');
  });

  it('engineering queue: open repairs page by cursor, the pending deadline that runs out first on top, ties by id; scope and roles hold', async () => {
    const QUEUE = `query($p: ID, $first: Int, $after: String) {
      repairQueue(propertyId: $p, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id kind status propertyId slaDeadlines { dueAt state metAt } } } } }`;
    // Two reported at the same instant with the same priority share every deadline: the id decides.
    const reported = [];
    for (const [priority, step] of [
      ['NORMAL', 0],
      ['URGENT', 0],
      ['URGENT', 0],
      ['EXPRESS', 60_000],
      ['URGENT', 60_000],
    ] as const) {
      clock.advance(step);
      reported.push(
        (await report(assistantY.token, { propertyId: Y, priority, priceItemCode: 'CALL_OUT' })).data
          .reportRepair,
      );
    }
    // A dispatched one has met its dispatch deadlines: the one still pending counts.
    await ok(gw, a.token, DISPATCH, { id: reported[0].id, a: techY.id });

    const pages: any[] = [];
    let after: string | undefined;
    do {
      const page = (await ok(gw, a.token, QUEUE, { p: Y, first: 2, after })).repairQueue;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    const nodes = pages.flatMap((pg) => pg.edges.map((e: any) => e.node));
    const open = (
      await ok(
        gw,
        a.token,
        `query($p: ID!) { tickets(first: 200, filter: { propertyId: $p, kind: REPAIR }) { edges { node { id status } } } }`,
        { p: Y },
      )
    ).tickets.edges
      .map((e: any) => e.node)
      .filter((t: any) => ['OPEN', 'DISPATCHED', 'ON_SITE'].includes(t.status));
    expect(pages.every((pg) => pg.totalCount === open.length)).toBe(true);
    expect(pages.slice(0, -1).every((pg) => pg.edges.length === 2)).toBe(true);
    expect(nodes.map((n: any) => n.id).sort()).toEqual(open.map((t: any) => t.id).sort());
    for (const r of reported) expect(nodes.map((n: any) => n.id)).toContain(r.id);
    const due = (n: any) =>
      Math.min(
        ...n.slaDeadlines
          .filter((d: any) => !d.metAt && ['OPEN', 'BREACHED'].includes(d.state))
          .map((d: any) => Date.parse(d.dueAt)),
      );
    const expected = [...nodes].sort((m, n) => due(m) - due(n) || (m.id < n.id ? -1 : m.id > n.id ? 1 : 0));
    expect(nodes.map((n: any) => n.id)).toEqual(expected.map((n: any) => n.id));
    expect(nodes.every((n: any) => n.kind === 'REPAIR' && n.propertyId === Y)).toBe(true);
    const [u1, u2] = [reported[1].id, reported[2].id].sort();
    expect(nodes.map((n: any) => n.id).indexOf(u2)).toBe(nodes.map((n: any) => n.id).indexOf(u1) + 1);

    // The technician of Y sees the same queue; the one of X none of it; an assistant is no engineer.
    expect((await ok(gw, techY.token, QUEUE, { p: Y, first: 200 })).repairQueue.totalCount).toBe(open.length);
    expect(
      (await ok(gw, techX.token, QUEUE, { first: 200 })).repairQueue.edges.every(
        (e: any) => e.node.propertyId === X,
      ),
    ).toBe(true);
    expect(codes(await gql(gw, QUEUE, { p: Y }, techX.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, QUEUE, { p: Y }, assistantY.token))).toEqual(['FORBIDDEN']);
    expect((await ok(gw, b.token, QUEUE, {})).repairQueue.totalCount).toBe(0);
    // A cursor of another list, or garbage, is refused rather than read as a position.
    const idCursor = Buffer.from(reported[0].id).toString('base64url');
    expect(codes(await gql(gw, QUEUE, { p: Y, after: idCursor }, a.token))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await gql(gw, QUEUE, { p: Y, first: 0 }, a.token))).toEqual(['VALIDATION_FAILED']);
  });

  it('R-VIS-3: on-site visit without signature and satisfaction outside 1–5 are VALIDATION_FAILED; a valid visit publishes visit.recorded', async () => {
    const f = await ok(
      gw,
      assistant.token,
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id department } }`,
      {
        i: {
          propertyId: X,
          category: 'NOISE',
          description: 'music at night',
          customerId: '01900000-0000-7000-8000-00000000abcd',
          what: 'music',
          where: '3-201',
          when: 'nightly',
        },
      },
    );
    expect(f.fileComplaint.department).toBe('CUSTOMER_SERVICE');
    const id = f.fileComplaint.id;
    await ok(gw, a.token, COMPLETE, { id, i: { charges: [], customerSigned: false } });
    const noSig = await gql(
      gw,
      VISIT,
      { i: { ticketId: id, method: 'ON_SITE', satisfaction: 5 } },
      assistant.token,
    );
    expect(codes(noSig)).toEqual(['VALIDATION_FAILED']);
    expect((noSig.errors![0].extensions as any).details.problems[0].field).toBe('customerSigned');
    for (const s of [0, 6])
      expect(
        codes(
          await gql(gw, VISIT, { i: { ticketId: id, method: 'PHONE', satisfaction: s } }, assistant.token),
        ),
      ).toEqual(['VALIDATION_FAILED']);
    expect(await outboxEvents(db, 'visit.recorded', [id])).toHaveLength(0);
    // A technician may not record visits.
    expect(
      codes(await gql(gw, VISIT, { i: { ticketId: id, method: 'PHONE', satisfaction: 4 } }, techX.token)),
    ).toEqual(['FORBIDDEN']);
    const v = await ok(gw, assistant.token, VISIT, {
      i: { ticketId: id, method: 'ON_SITE', satisfaction: 4, customerSigned: true },
    });
    expect(v.recordVisit.satisfaction).toBe(4);
    const [ev] = await outboxEvents(db, 'visit.recorded', [id]);
    expect(ev.payload).toMatchObject({ ticketId: id, method: 'ON_SITE', satisfaction: 4, propertyId: X });
    // Anonymous complaints get no visit.
    const anon = (
      await ok(gw, assistant.token, `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, {
        i: { propertyId: X, category: 'MAIL', description: 'lost parcel', anonymous: true },
      })
    ).fileComplaint.id;
    await ok(gw, a.token, COMPLETE, { id: anon, i: { charges: [], customerSigned: false } });
    expect(
      codes(
        await gql(gw, VISIT, { i: { ticketId: anon, method: 'PHONE', satisfaction: 3 } }, assistant.token),
      ),
    ).toEqual(['VALIDATION_FAILED']);
  });

  it('R-TKT-8: a duplicate complaint of the same customer and category is recorded once; mergeTickets folds complaints filed with other departments', async () => {
    const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id department escalated timeline { action } } }`;
    const customerId = '01900000-0000-7000-8000-00000000beef';
    const first = (
      await ok(gw, assistant.token, FILE, {
        i: { propertyId: X, customerId, category: 'FACILITY', description: 'lift stuck', severity: 'MAJOR' },
      })
    ).fileComplaint;
    expect(first.department).toBe('ENGINEERING');
    expect(first.escalated).toBe(true);
    const again = (
      await ok(gw, assistant.token, FILE, {
        i: { propertyId: X, customerId, category: 'FACILITY', description: 'lift stuck (told security too)' },
      })
    ).fileComplaint;
    expect(again.id).toBe(first.id);
    expect(again.timeline.map((e: any) => e.action)).toEqual(['FILED', 'DUPLICATE_RECORDED']);
    const other = (
      await ok(gw, assistant.token, FILE, {
        i: { propertyId: X, category: 'SAFETY', description: 'lift unsafe' },
      })
    ).fileComplaint;
    expect(other.department).toBe('SECURITY');
    const MERGE = `mutation($t: ID!, $s: [ID!]!) { mergeTickets(targetId: $t, sourceIds: $s) { id timeline { action } } }`;
    expect(codes(await gql(gw, MERGE, { t: first.id, s: [other.id] }, assistant.token))).toEqual([
      'FORBIDDEN',
    ]);
    const merged = await ok(gw, a.token, MERGE, { t: first.id, s: [other.id] });
    expect(merged.mergeTickets.timeline.map((e: any) => e.action)).toContain('MERGED_IN');
    expect((await ok(gw, a.token, TICKET, { id: other.id })).ticket.status).toBe('MERGED');
  });

  it('R-TKT-10: a patrol round is planned and checked in; a finding becomes a ticket with its own deadline', async () => {
    const round = (
      await ok(
        gw,
        a.token,
        `mutation($i: PlanPatrolRoundInput!) { planPatrolRound(input: $i) { id status } }`,
        { i: { propertyId: X, plannedFor: '2026-11-28', checkpoints: ['B1 plant room', 'F1'] } },
      )
    ).planPatrolRound;
    const CHECK = `mutation($r: ID!, $c: String!) { checkInPatrol(roundId: $r, checkpoint: $c) { status checkIns { checkpoint } } }`;
    expect((await ok(gw, a.token, CHECK, { r: round.id, c: 'F1' })).checkInPatrol.status).toBe('IN_PROGRESS');
    expect((await ok(gw, a.token, CHECK, { r: round.id, c: 'B1 plant room' })).checkInPatrol.status).toBe(
      'DONE',
    );
    expect(codes(await gql(gw, CHECK, { r: round.id, c: 'roof' }, a.token))).toEqual(['VALIDATION_FAILED']);
    const f = await ok(
      gw,
      a.token,
      `mutation($i: ReportPatrolFindingInput!) { reportPatrolFinding(input: $i) { kind roundId slaDeadlines { kind state } } }`,
      { i: { propertyId: X, roundId: round.id, kind: 'DOOR', description: 'plant room door open' } },
    );
    expect(f.reportPatrolFinding.kind).toBe('PATROL_FINDING');
    expect(f.reportPatrolFinding.slaDeadlines).toEqual([{ kind: 'PATROL_REPORT', state: 'OPEN' }]);

    // Every floor twice a week: a second round the same week (Mon 2026-11-23 … Sun 11-29) covers F1 again.
    const COVERAGE = `query($p: ID!, $d: String!) { patrolCoverage(propertyId: $p, weekOf: $d) { weekStart weekEnd required uncovered met checkpoints { checkpoint checkIns met } } }`;
    const week1 = (await ok(gw, a.token, COVERAGE, { p: X, d: '2026-11-25' })).patrolCoverage;
    expect(week1).toMatchObject({ weekStart: '2026-11-23', weekEnd: '2026-11-29', required: 2, met: false });
    expect(week1.uncovered).toEqual(['B1 plant room', 'F1']);
    const second = (
      await ok(gw, a.token, `mutation($i: PlanPatrolRoundInput!) { planPatrolRound(input: $i) { id } }`, {
        i: { propertyId: X, plannedFor: '2026-11-29', checkpoints: ['F1'] },
      })
    ).planPatrolRound;
    await ok(gw, a.token, CHECK, { r: second.id, c: 'F1' });
    const week2 = (await ok(gw, a.token, COVERAGE, { p: X, d: '2026-11-29' })).patrolCoverage;
    expect(week2.checkpoints).toEqual([
      { checkpoint: 'B1 plant room', checkIns: 1, met: false },
      { checkpoint: 'F1', checkIns: 2, met: true },
    ]);
    expect(week2.uncovered).toEqual(['B1 plant room']);
    // The next week nothing is checked in yet; another company sees no such property.
    const next = (await ok(gw, a.token, COVERAGE, { p: X, d: '2026-11-30' })).patrolCoverage;
    expect(next.uncovered).toEqual(['B1 plant room', 'F1']);
    expect(codes(await gql(gw, COVERAGE, { p: X, d: '2026-11-30' }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, COVERAGE, { p: X, d: '30/11/2026' }, a.token))).toEqual(['VALIDATION_FAILED']);
  });

  it('_entities: Ticket references resolve in one batch; other tenants’ ids resolve to null', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await report(a.token, { priceItemCode: 'CALL_OUT' })).data.reportRepair.id);
    const spy = jest.spyOn(TicketService, 'byIds');
    const call = async (token: string) => {
      const res = await fetch(p.subgraphUrls.tickets, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-pm-internal': signInternalForTest(`Bearer ${token}`),
        },
        body: JSON.stringify({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Ticket { id status } } }`,
          variables: { r: ids.map((id) => ({ __typename: 'Ticket', id })) },
        }),
      });
      return (await res.json()) as any;
    };
    const mine = await call(a.token);
    expect(mine.data._entities.map((e: any) => e.id)).toEqual(ids);
    expect(spy).toHaveBeenCalledTimes(1);
    const theirs = await call(b.token);
    expect(theirs.data._entities).toEqual([null, null, null]);
    spy.mockRestore();
    // Customer.tickets: the field this subgraph adds to Customer.
    const cust = '01900000-0000-7000-8000-00000000c0de';
    const t = (await report(a.token, { priceItemCode: 'CALL_OUT', customerId: cust })).data.reportRepair;
    const res = await fetch(p.subgraphUrls.tickets, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${techX.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${techX.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { tickets { totalCount edges { node { id } } } } } }`,
        variables: { r: [{ __typename: 'Customer', id: cust }] },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.data._entities[0].tickets.edges.map((e: any) => e.node.id)).toEqual([t.id]);
  });

  it('R-KPI-3: Property.serviceKpis (satisfaction from the annual survey, not visits) and Customer.tickets are served through the gateway', async () => {
    const period = dateIn(clock.now(), 'Asia/Shanghai').slice(0, 7);
    const year = Number(period.slice(0, 4));
    // R-KPI-3: satisfaction is the annual survey's (survey.answered from customers), not the visit
    // scored 4 above. Counted: this year's answers given by the month's end, in this tenant only.
    const answer = (tenantId: string, o: { year?: number; scores: number[]; at?: Date }) =>
      publishForeignEvent(Events.surveyAnswered, tenantId, {
        responseId: uuidv7(),
        campaignId: campaign,
        propertyId: X,
        year: o.year ?? year,
        scoreSum: o.scores.reduce((x, y) => x + y, 0),
        scoreCount: o.scores.length,
        answeredAt: (o.at ?? clock.now()).toISOString(),
      });
    const campaign = uuidv7();
    const sent = [
      await answer(a.tenantId, { scores: [5, 4] }),
      await answer(a.tenantId, { scores: [4, 4] }),
      await answer(a.tenantId, {
        year: year - 1,
        scores: [1, 1],
        at: new Date(clock.now().getTime() - 366 * 86_400_000),
      }),
      await answer(a.tenantId, { scores: [1, 1], at: new Date(clock.now().getTime() + 40 * 86_400_000) }),
      await answer(b.tenantId, { scores: [1, 1] }),
    ];
    await until(
      'tickets holds the survey answers',
      async () =>
        (
          await db.query('select count(*)::int as n from tkt_survey_answers where id = any($1)', [
            sent.map((e) => e.payload.responseId),
          ])
        ).rows[0].n === sent.length,
    );
    const k = await ok(
      gw,
      a.token,
      `query($p: ID!, $period: String!) { property(id: $p) { id name serviceKpis(period: $period) { tickets resolved resolutionRate complaints timelyComplaints timelyRate responsesDue respondedInTime responseWithin24hRate satisfactionCount satisfactionMean visitRates { complaintsClosed complaintsVisited complaintRate } } } }`,
      { p: X, period },
    );
    const s = k.property.serviceKpis;
    expect(s.tickets).toBeGreaterThanOrEqual(8);
    expect(s.resolved).toBeGreaterThanOrEqual(4);
    expect(s.resolutionRate).toBeCloseTo(s.resolved / s.tickets);
    expect(s.satisfactionCount).toBe(2);
    expect(s.satisfactionMean).toBe(4.25);
    expect(s.visitRates.complaintsVisited).toBe(1);
    expect(s.visitRates.complaintsClosed).toBe(1);
    expect(s.responseWithin24hRate).toBeCloseTo(s.respondedInTime / s.responsesDue);
    const M = '{ rule targetKey value target comparison met }';
    const m = (
      await ok(
        gw,
        a.token,
        `query($p: ID!, $period: String!) { property(id: $p) { serviceKpis(period: $period) { resolutionRate satisfactionMean response ${M} resolution ${M} satisfaction ${M} timely ${M} followUp ${M} } } }`,
        { p: X, period },
      )
    ).property.serviceKpis;
    expect(m.resolution).toEqual({
      rule: 'R-KPI-2',
      targetKey: 'kpi.resolutionRateMin',
      value: m.resolutionRate,
      target: 0.9,
      comparison: 'AT_LEAST',
      met: m.resolutionRate >= 0.9,
    });
    // The survey's mean, 17 ÷ 4 = 4.25 of 5: below the 4.5 the policy asks for.
    expect(m.satisfaction).toMatchObject({ rule: 'R-KPI-3', value: 4.25, target: 4.5, met: false });
    // The year before holds only last year's answer.
    const last = (
      await ok(
        gw,
        a.token,
        `query($p: ID!, $period: String!) { property(id: $p) { serviceKpis(period: $period) { satisfactionCount satisfaction { value } } } }`,
        { p: X, period: `${year - 1}-12` },
      )
    ).property.serviceKpis;
    expect(last).toEqual({ satisfactionCount: 1, satisfaction: { value: 1 } });
    expect(m.response).toMatchObject({ rule: 'R-KPI-1', targetKey: 'kpi.responseRateMin', target: 1 });
    expect(m.timely).toMatchObject({ rule: 'R-KPI-6', targetKey: 'kpi.complaintTimelyRateMin', target: 1 });
    expect(m.followUp).toMatchObject({
      rule: 'R-KPI-7',
      targetKey: 'kpi.followUpHandlingRateMin',
      target: 1,
    });
    const bad = await gql(
      gw,
      `query($p: ID!) { property(id: $p) { serviceKpis(period: "2026-13") { tickets } } }`,
      { p: X },
      a.token,
    );
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
  });

  it('R-TKT-11 two completions sent together: one completes, the other sees it done; ticket.closed once', async () => {
    const f = await ok(
      gw,
      assistant.token,
      `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`,
      {
        i: {
          propertyId: X,
          category: 'NOISE',
          description: 'drums',
          what: 'drums',
          where: '5-101',
          when: 'noon',
        },
      },
    );
    const id = f.fileComplaint.id;
    const both = await Promise.all(
      [0, 1].map(() => gql(gw, COMPLETE, { id, i: { charges: [], customerSigned: false } }, a.token)),
    );
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(both.flatMap((r) => codes(r))).toHaveLength(1);
    expect((await outboxEvents(db, 'ticket.closed', [id])).length).toBe(1);
    expect(
      (await db.query('select count(*)::int as n from visit_tasks where ticket_id = $1', [id])).rows[0].n,
    ).toBe(1);
    const timeline = (
      await ok(gw, a.token, `query($id: ID!) { ticket(id: $id) { timeline { action } } }`, { id })
    ).ticket.timeline;
    expect(timeline.filter((e: any) => e.action === 'COMPLETED')).toHaveLength(1);
  });

  it('R-KPI-1…7 a dashboard of 50 properties × 12 months costs tickets one SQL statement', async () => {
    const more: string[] = [];
    for (let i = 0; i < 48; i++) more.push(await createProperty(gw, a.token, `Dashboard ${i}`));
    await waitForProjection(db, more);
    const year = Number(dateIn(clock.now(), 'Asia/Shanghai').slice(0, 4));
    const execute = jest.spyOn(PostgreSqlConnection.prototype, 'execute');
    try {
      // Events of the earlier tests may still be consumed: wait until tickets is quiet, then count
      // only what the request runs.
      await quiet(execute, 'tickets');
      const d = await ok(
        gw,
        a.token,
        `query($from: String!, $to: String!) { properties(first: 50) { edges { node { id
           serviceKpiTrend(from: $from, to: $to) { period tickets resolutionRate resolution { value met } } } } } }`,
        { from: `${year}-01`, to: `${year}-12` },
      );
      // The transaction's tenant setting aside, every statement tickets ran for the request (the
      // other subgraphs of the test platform run in this process too).
      const mine = execute.mock.calls.filter((_, i) =>
        /tickets/.test((execute.mock.contexts[i] as any).config.get('dbName')),
      );
      const statements = mine
        .map((c) => String(c[0]))
        // The transaction's tenant setting, and the pollers' statements (due jobs and deadlines
        // every few seconds, with the rows they lock) are not the request's.
        .filter((q) => !/set_config|due_scheduled_jobs|tkt_due_tenants|scheduled_jobs|skip locked/.test(q));
      expect(statements).toHaveLength(1);
      const nodes = d.properties.edges.map((e: any) => e.node);
      expect(nodes).toHaveLength(50);
      for (const n of nodes)
        expect(n.serviceKpiTrend.map((k: any) => k.period)).toEqual(
          Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`),
        );
      // The batch answers what the single-month field answers.
      const month = dateIn(clock.now(), 'Asia/Shanghai').slice(0, 7);
      const one = await ok(
        gw,
        a.token,
        `query($p: ID!, $m: String!) { property(id: $p) { serviceKpis(period: $m) { period tickets resolutionRate resolution { value met } } } }`,
        { p: X, m: month },
      );
      const x = nodes.find((n: any) => n.id === X);
      expect(x.serviceKpiTrend.find((k: any) => k.period === month)).toEqual(one.property.serviceKpis);
      expect(one.property.serviceKpis.tickets).toBeGreaterThan(0);
    } finally {
      execute.mockRestore();
    }
  });

  it('R-VIS-5: the visit statistics count closed tickets, visits by method and score against the R-VIS-2 targets', async () => {
    const STATS = `query($p: ID!, $f: String!, $t: String!) { visitStatistics(propertyId: $p, from: $f, to: $t) {
      from to frequency visits satisfactionCounts onSiteUnsigned
      byKind { kind closed visited rate target met } byMethod { method visits } } }`;
    const month = dateIn(clock.now(), 'Asia/Shanghai').slice(0, 7);
    const stats = async () => (await ok(gw, a.token, STATS, { p: X, f: month, t: month })).visitStatistics;
    const kind = (s: any, k: string) => s.byKind.find((x: any) => x.kind === k);
    const method = (s: any, m: string) => s.byMethod.find((x: any) => x.method === m).visits;
    const before = await stats();
    expect(before).toMatchObject({ from: month, to: month, frequency: 'MONTHLY' });
    expect(kind(before, 'COMPLAINT').target).toBe(0.5);
    expect(kind(before, 'REPAIR').target).toBe(0.3);

    const id = (
      await ok(gw, assistant.token, `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, {
        i: {
          propertyId: X,
          customerId: '01900000-0000-7000-8000-00000000c5a7',
          category: 'NOISE',
          description: 'drilling at night',
        },
      })
    ).fileComplaint.id;
    await ok(gw, a.token, COMPLETE, { id, i: { charges: [], customerSigned: false } });
    await ok(gw, assistant.token, VISIT, { i: { ticketId: id, method: 'PHONE', satisfaction: 2 } });

    const after = await stats();
    expect(kind(after, 'COMPLAINT').closed).toBe(kind(before, 'COMPLAINT').closed + 1);
    expect(kind(after, 'COMPLAINT').visited).toBe(kind(before, 'COMPLAINT').visited + 1);
    const c = kind(after, 'COMPLAINT');
    expect(c.rate).toBeCloseTo(c.visited / c.closed, 10);
    expect(c.met).toBe(c.rate >= 0.5);
    expect(method(after, 'PHONE')).toBe(method(before, 'PHONE') + 1);
    expect(after.satisfactionCounts[1]).toBe(before.satisfactionCounts[1] + 1);
    expect(after.visits).toBe(before.visits + 1);

    // R-VIS-1: a major complaint is visited by the site manager, not the property assistant.
    const major = (
      await ok(gw, assistant.token, `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`, {
        i: { propertyId: X, category: 'SAFETY', description: 'broken gate', severity: 'MAJOR' },
      })
    ).fileComplaint.id;
    await ok(gw, a.token, COMPLETE, { id: major, i: { charges: [], customerSigned: false } });
    expect(
      codes(
        await gql(gw, VISIT, { i: { ticketId: major, method: 'PHONE', satisfaction: 4 } }, assistant.token),
      ),
    ).toEqual(['FORBIDDEN']);
    await ok(gw, a.token, VISIT, { i: { ticketId: major, method: 'PHONE', satisfaction: 4 } });

    // Leadership reads it; a property assistant does not; another company sees no such property.
    expect(codes(await gql(gw, STATS, { p: X, f: month, t: month }, assistant.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw, STATS, { p: X, f: month, t: month }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, STATS, { p: X, f: '2026-13', t: month }, a.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
  });

  it('R-KPI-7/R-VIS-2: visitTasks lists exactly the tasks each follow-up figure counts, paged; site scope and tenancy hold', async () => {
    const TASKS = `query($p: ID!, $m: String!, $s: VisitTaskSet!, $f: Int, $a: String) {
      visitTasks(propertyId: $p, period: $m, set: $s, first: $f, after: $a) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id ticketId ticketKind selected status responsibleRole dueAt visitsCount createdAt } } } }`;
    const fileAndClose = async (description: string) => {
      const id = (
        await ok(
          gw,
          assistant.token,
          `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`,
          {
            i: { propertyId: X, category: 'NOISE', description },
          },
        )
      ).fileComplaint.id;
      return (await ok(gw, a.token, COMPLETE, { id, i: { charges: [], customerSigned: false } }))
        .completeTicket;
    };
    // R-VIS-2 samples every second complaint at half the rate: of two closed in a row, one is owed a visit.
    const closed = [await fileAndClose('music at night'), await fileAndClose('dog barking')];
    const owed = closed.find((t) => t.visitTask.selected)!;
    expect(owed).toBeDefined();
    const zone = (await ok(gw, a.token, `query($p: ID!) { property(id: $p) { timeZone } }`, { p: X }))
      .property.timeZone;
    const month = dateIn(clock.now(), zone ?? DEFAULT_TIME_ZONE).slice(0, 7);
    const kpis = (
      await ok(
        gw,
        a.token,
        `query($p: ID!, $m: String!) { property(id: $p) { serviceKpis(period: $m) { visitTasksSampled visitTasksDone
          visitRates { complaintsClosed complaintsVisited repairsClosed repairsVisited } } } }`,
        { p: X, m: month },
      )
    ).property.serviceKpis;
    const list = async (token: string, set: string, first = 200, after?: string) =>
      (await ok(gw, token, TASKS, { p: X, m: month, s: set, f: first, a: after })).visitTasks;
    const r = kpis.visitRates;
    const figures: Record<string, number> = {
      SAMPLED: kpis.visitTasksSampled,
      HANDLED: kpis.visitTasksDone,
      NOT_HANDLED: kpis.visitTasksSampled - kpis.visitTasksDone,
      COMPLAINTS_CLOSED: r.complaintsClosed,
      COMPLAINTS_VISITED: r.complaintsVisited,
      REPAIRS_CLOSED: r.repairsClosed,
      REPAIRS_VISITED: r.repairsVisited,
    };
    for (const [set, figure] of Object.entries(figures)) {
      const all = await list(a.token, set);
      expect({ set, total: all.totalCount, rows: all.edges.length }).toEqual({
        set,
        total: figure,
        rows: figure,
      });
    }
    expect(figures.COMPLAINTS_CLOSED).toBeGreaterThanOrEqual(2);
    const open = await list(a.token, 'NOT_HANDLED');
    const task = open.edges.find((e: any) => e.node.ticketId === owed.id).node;
    expect(task).toMatchObject({ ticketKind: 'COMPLAINT', selected: true, status: 'OPEN', visitsCount: 0 });
    expect(open.edges.every((e: any) => e.node.selected && e.node.status !== 'DONE')).toBe(true);

    // Paged one at a time by the cursor: every task once, in the same order as the whole list.
    const whole = await list(a.token, 'COMPLAINTS_CLOSED');
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(a.token, 'COMPLAINTS_CLOSED', 1, after);
      expect(page.totalCount).toBe(whole.totalCount);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e: any) => e.node.id));

    // Handled, the task moves from NOT_HANDLED to HANDLED.
    await ok(gw, assistant.token, VISIT, { i: { ticketId: owed.id, method: 'PHONE', satisfaction: 5 } });
    expect((await list(a.token, 'NOT_HANDLED')).edges.map((e: any) => e.node.ticketId)).not.toContain(
      owed.id,
    );
    expect((await list(a.token, 'HANDLED')).edges.map((e: any) => e.node.ticketId)).toContain(owed.id);

    // Site scope and roles as visitStatistics: a CS supervisor of X reads them, a site manager of Y
    // does not see X, a property assistant may not, another company sees no such property.
    const [csX, managerY] = await Promise.all([
      inviteStaff(gw, a.token, a.slug, ['CS_SUPERVISOR'], [X]),
      inviteStaff(gw, a.token, a.slug, ['SITE_MANAGER'], [Y]),
    ]);
    expect((await list(csX.token, 'SAMPLED')).totalCount).toBe(figures.SAMPLED);
    const vars = { p: X, m: month, s: 'SAMPLED' };
    expect(codes(await gql(gw, TASKS, vars, managerY.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, TASKS, vars, assistant.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw, TASKS, vars, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, TASKS, { ...vars, m: '2026-13' }, a.token))).toEqual(['VALIDATION_FAILED']);
    expect(codes(await gql(gw, TASKS, { ...vars, a: 'garbage' }, a.token))).toEqual(['VALIDATION_FAILED']);
  });

  /** A repair at `propertyId` taken through dispatch, arrival and completion; returns its id. */
  const completedRepair = async (description: string) => {
    const id = (
      await ok(gw, assistant.token, REPORT, {
        i: { propertyId: X, description, priority: 'NORMAL', priceItemCode: 'CALL_OUT' },
      })
    ).reportRepair.id;
    await ok(gw, a.token, DISPATCH, { id, a: techX.id });
    await ok(gw, techX.token, ARRIVE, { id });
    await ok(gw, techX.token, COMPLETE, {
      id,
      i: { charges: [{ priceItemCode: 'CALL_OUT', quantity: 1 }], customerSigned: true },
    });
    return id;
  };

  it('R-TKT-12: the afternoon re-check list holds yesterday’s completed repairs; NOT_FIXED reopens one; scope and roles hold', async () => {
    const LINES = `propertyId date dueFrom share completed pending ok notFixed
      lines { id ticketId checkDate result note checkedAt overdue }`;
    const PLAN = `mutation($p: ID!, $d: String!) { planRepairRechecks(propertyId: $p, date: $d) { ${LINES} } }`;
    const LIST = `query($p: ID!, $d: String!) { repairRechecks(propertyId: $p, date: $d) { ${LINES} } }`;
    const RECORD = `mutation($i: RecordRecheckInput!) { recordRepairRecheck(input: $i) { id result note overdue } }`;
    const tz = DEFAULT_TIME_ZONE;
    const d0 = dateIn(clock.now(), tz);
    const d1 = addDays(d0, 1);
    const first = await completedRepair('kitchen tap drips');
    const second = await completedRepair('bathroom light');
    // Tomorrow's list cannot be drawn today: its repairs are not all done yet.
    expect(codes(await gql(gw, PLAN, { p: X, d: d1 }, assistant.token))).toEqual(['VALIDATION_FAILED']);

    clock.set(instantAt(d1, tz, 15 * 60));
    const list = (await ok(gw, assistant.token, PLAN, { p: X, d: d1 })).planRepairRechecks;
    expect(list).toMatchObject({ propertyId: X, date: d1, share: 1, pending: list.lines.length, ok: 0 });
    expect(new Date(list.dueFrom).toISOString()).toBe(instantAt(d1, tz, 14 * 60).toISOString());
    // Share 1 (the default): every repair completed on d0 is listed, ours among them.
    expect(list.completed).toBe(list.lines.length);
    const line = (t: string) => list.lines.find((l: any) => l.ticketId === t);
    expect(line(first)).toMatchObject({ checkDate: d1, result: 'PENDING', overdue: false });
    expect(line(second)).toBeDefined();

    await ok(gw, assistant.token, RECORD, { i: { id: line(first).id, result: 'OK' } });
    expect(
      codes(await gql(gw, RECORD, { i: { id: line(first).id, result: 'OK' } }, assistant.token)),
    ).toEqual(['CONFLICT']);
    expect(
      codes(await gql(gw, RECORD, { i: { id: line(second).id, result: 'NOT_FIXED' } }, assistant.token)),
    ).toEqual(['VALIDATION_FAILED']);
    const bad = await ok(gw, assistant.token, RECORD, {
      i: { id: line(second).id, result: 'NOT_FIXED', note: 'light still flickers' },
    });
    expect(bad.recordRepairRecheck).toMatchObject({ result: 'NOT_FIXED', note: 'light still flickers' });
    const reopened = (
      await ok(gw, a.token, `query($id: ID!) { ticket(id: $id) { status timeline { action } } }`, {
        id: second,
      })
    ).ticket;
    expect(reopened.status).toBe('OPEN');
    expect(reopened.timeline.at(-1).action).toBe('REOPENED');

    // Drawing again keeps the verdicts and adds nothing twice.
    const again = (await ok(gw, assistant.token, PLAN, { p: X, d: d1 })).planRepairRechecks;
    expect(again.lines.map((l: any) => l.id).sort()).toEqual(list.lines.map((l: any) => l.id).sort());
    expect(again).toMatchObject({ ok: 1, notFixed: 1, pending: list.lines.length - 2 });

    // The day after, a line still pending is overdue.
    clock.set(instantAt(addDays(d1, 1), tz, 9 * 60));
    const later = (await ok(gw, assistant.token, LIST, { p: X, d: d1 })).repairRechecks;
    expect(later.lines.filter((l: any) => l.overdue).length).toBe(later.pending);
    expect(later.lines.find((l: any) => l.ticketId === first).overdue).toBe(false);

    // Technicians do not re-check their own work; other sites and companies see no such list.
    expect(codes(await gql(gw, LIST, { p: X, d: d1 }, techX.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw, LIST, { p: X, d: d1 }, assistantY.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, LIST, { p: X, d: d1 }, b.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await gql(gw, RECORD, { i: { id: line(first).id, result: 'OK' } }, assistantY.token)),
    ).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, RECORD, { i: { id: line(second).id, result: 'OK' } }, b.token))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('R-TKT-13: the requests register logs channel, content, handler and outcome, links the ticket, pages per period; reply rate against the target', async () => {
    const REQ = `id propertyId channel content customerId requester handlerId status outcome answeredAt ticketId`;
    const LOG = `mutation($i: LogRequestInput!) { logRequest(input: $i) { ${REQ} } }`;
    const ANSWER = `mutation($i: AnswerRequestInput!) { answerRequest(input: $i) { ${REQ} } }`;
    const REGISTER = `query($p: ID!, $f: String!, $t: String!, $c: RequestChannel, $o: Boolean, $first: Int, $after: String) {
      requestsRegister(propertyId: $p, from: $f, to: $t, channel: $c, open: $o, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { ${REQ} } } } }`;
    const RATE = `query($p: ID!, $f: String!, $t: String!) { requestReplyRate(propertyId: $p, from: $f, to: $t) {
      from to requests answered ticketed rate target met byChannel { channel requests } } }`;
    const today = dateIn(clock.now(), DEFAULT_TIME_ZONE);
    const call = (
      await ok(gw, assistant.token, LOG, {
        i: { propertyId: X, channel: 'PHONE', content: '3栋1203 空调不制冷', requester: '王女士' },
      })
    ).logRequest;
    expect(call).toMatchObject({ channel: 'PHONE', status: 'OPEN', handlerId: assistant.id, outcome: null });
    const visit = (
      await ok(gw, assistant.token, LOG, {
        i: { propertyId: X, channel: 'VISIT', content: '咨询停车月卡', outcome: '已告知办理流程' },
      })
    ).logRequest;
    expect(visit).toMatchObject({ status: 'ANSWERED', outcome: '已告知办理流程' });
    expect(visit.answeredAt).not.toBeNull();
    // Nothing is written for a handler of another site, an unknown ticket or empty content.
    for (const bad of [
      { handlerId: techY.id },
      { ticketId: '01900000-0000-7000-8000-0000000000aa' },
      { content: ' ' },
    ])
      expect(
        codes(
          await gql(
            gw,
            LOG,
            { i: { propertyId: X, channel: 'LETTER', content: 'x', ...bad } },
            assistant.token,
          ),
        ),
      ).toEqual(['VALIDATION_FAILED']);

    // The call became a repair: the answer links it; a second answer is a CONFLICT.
    const repair = (
      await ok(gw, assistant.token, REPORT, {
        i: { propertyId: X, description: 'air conditioner', priority: 'NORMAL', priceItemCode: 'CALL_OUT' },
      })
    ).reportRepair.id;
    const answered = (
      await ok(gw, assistant.token, ANSWER, {
        i: { id: call.id, outcome: '已派工程部维修', ticketId: repair },
      })
    ).answerRequest;
    expect(answered).toMatchObject({ status: 'ANSWERED', ticketId: repair });
    expect(codes(await gql(gw, ANSWER, { i: { id: call.id, outcome: 'again' } }, assistant.token))).toEqual([
      'CONFLICT',
    ]);

    const all = (await ok(gw, a.token, REGISTER, { p: X, f: today, t: today })).requestsRegister;
    expect(all.totalCount).toBe(2);
    expect(all.edges.map((e: any) => e.node.id)).toEqual([call.id, visit.id]);
    const page1 = (await ok(gw, a.token, REGISTER, { p: X, f: today, t: today, first: 1 })).requestsRegister;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await ok(gw, a.token, REGISTER, { p: X, f: today, t: today, first: 1, after: page1.pageInfo.endCursor })
    ).requestsRegister;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([visit.id]);
    const phone = (await ok(gw, a.token, REGISTER, { p: X, f: today, t: today, c: 'PHONE' }))
      .requestsRegister;
    expect(phone.edges.map((e: any) => e.node.id)).toEqual([call.id]);
    const yesterday = addDays(today, -1);
    expect(
      (await ok(gw, a.token, REGISTER, { p: X, f: yesterday, t: yesterday })).requestsRegister.totalCount,
    ).toBe(0);

    const open = (
      await ok(gw, assistant.token, LOG, {
        i: { propertyId: X, channel: 'ASSEMBLY', content: '希望增加充电桩' },
      })
    ).logRequest;
    expect(
      (await ok(gw, a.token, REGISTER, { p: X, f: today, t: today, o: true })).requestsRegister.edges,
    ).toEqual([{ node: expect.objectContaining({ id: open.id }) }]);
    const rate = (await ok(gw, a.token, RATE, { p: X, f: today, t: today })).requestReplyRate;
    expect(rate).toMatchObject({ requests: 3, answered: 2, ticketed: 1, target: 1, met: false });
    expect(rate.rate).toBeCloseTo(2 / 3, 10);
    expect(rate.byChannel).toEqual(
      expect.arrayContaining([
        { channel: 'PHONE', requests: 1 },
        { channel: 'ASSEMBLY', requests: 1 },
        { channel: 'LETTER', requests: 0 },
      ]),
    );

    // Technicians keep no register; other sites and companies see none of it.
    expect(codes(await gql(gw, REGISTER, { p: X, f: today, t: today }, techX.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw, REGISTER, { p: X, f: today, t: today }, assistantY.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(gw, RATE, { p: X, f: today, t: today }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, ANSWER, { i: { id: open.id, outcome: 'x' } }, b.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(gw, ANSWER, { i: { id: open.id, outcome: 'x' } }, assistantY.token))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await gql(gw, REGISTER, { p: X, f: today, t: yesterday }, a.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
  });

  it('R-TKT-14: call recordings are logged by ticket or request and kept ≥ the retention days; exceptions are listed; a recording is kept apart once', async () => {
    const REC = `id propertyId ticketId requestId callAt status recordingRef reason keptUntil preserved preservedReason`;
    const LOG = `mutation($i: LogCallRecordingInput!) { logCallRecording(input: $i) { ${REC} } }`;
    const PRESERVE = `mutation($id: ID!, $r: String!) { preserveCallRecording(id: $id, reason: $r) { ${REC} } }`;
    const LIST = `query($p: ID!, $t: ID, $e: Boolean) { callRecordings(propertyId: $p, ticketId: $t, exceptionsOnly: $e) {
      totalCount edges { node { ${REC} } } } }`;
    const ticket = (
      await ok(gw, assistant.token, REPORT, {
        i: { propertyId: X, description: 'lift stuck', priority: 'URGENT', priceItemCode: 'CALL_OUT' },
      })
    ).reportRepair.id;
    const request = (
      await ok(gw, assistant.token, `mutation($i: LogRequestInput!) { logRequest(input: $i) { id } }`, {
        i: { propertyId: X, channel: 'PHONE', content: '电梯困人' },
      })
    ).logRequest.id;
    const otherSite = (
      await ok(gw, a.token, REPORT, {
        i: { propertyId: Y, description: 'y', priority: 'URGENT', priceItemCode: 'CALL_OUT' },
      })
    ).reportRepair.id;

    const kept = (
      await ok(gw, assistant.token, LOG, {
        i: { propertyId: X, ticketId: ticket, requestId: request, recordingRef: 'rec/x/0001.wav' },
      })
    ).logCallRecording;
    expect(kept).toMatchObject({ status: 'KEPT', ticketId: ticket, requestId: request, preserved: false });
    expect(new Date(kept.keptUntil).getTime() - new Date(kept.callAt).getTime()).toBe(30 * 86_400_000);
    const missing = (
      await ok(gw, assistant.token, LOG, {
        i: { propertyId: X, requestId: request, status: 'MISSING', reason: '录音系统停机' },
      })
    ).logCallRecording;
    expect(missing).toMatchObject({ status: 'MISSING', keptUntil: null, reason: '录音系统停机' });

    // Nothing is written for a short retention, an exception without reason, no ticket or request, another site's ticket.
    const short = new Date(clock.now().getTime() + 29 * 86_400_000).toISOString();
    for (const bad of [
      { ticketId: ticket, recordingRef: 'r', keptUntil: short },
      { ticketId: ticket, status: 'FAILED' },
      { recordingRef: 'r' },
      { ticketId: otherSite, recordingRef: 'r' },
    ])
      expect(codes(await gql(gw, LOG, { i: { propertyId: X, ...bad } }, assistant.token))).toEqual([
        'VALIDATION_FAILED',
      ]);
    const { rows } = await db.query('select count(*)::int as n from call_recordings where property_id = $1', [
      X,
    ]);
    expect(rows[0].n).toBe(2);

    const exceptions = (await ok(gw, a.token, LIST, { p: X, e: true })).callRecordings;
    expect(exceptions.edges.map((e: any) => e.node.id)).toEqual([missing.id]);
    expect(
      (await ok(gw, a.token, LIST, { p: X, t: ticket })).callRecordings.edges.map((e: any) => e.node.id),
    ).toEqual([kept.id]);
    expect((await ok(gw, a.token, LIST, { p: X })).callRecordings.totalCount).toBe(2);

    const apart = (await ok(gw, assistant.token, PRESERVE, { id: kept.id, r: '困人事件未结案' }))
      .preserveCallRecording;
    expect(apart).toMatchObject({ preserved: true, keptUntil: null, preservedReason: '困人事件未结案' });
    expect(codes(await gql(gw, PRESERVE, { id: kept.id, r: 'again' }, assistant.token))).toEqual([
      'CONFLICT',
    ]);
    expect(codes(await gql(gw, PRESERVE, { id: missing.id, r: 'x' }, assistant.token))).toEqual([
      'VALIDATION_FAILED',
    ]);

    expect(codes(await gql(gw, LIST, { p: X }, techX.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw, LIST, { p: X }, assistantY.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, LIST, { p: X, e: true }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, PRESERVE, { id: missing.id, r: 'x' }, b.token))).toEqual(['NOT_FOUND']);
    expect(
      codes(await gql(gw, LOG, { i: { propertyId: X, ticketId: ticket, recordingRef: 'r' } }, b.token)),
    ).toEqual(['NOT_FOUND']);
  });

  it('R-TKT-15: the monthly complaint analysis counts by category, department and severity, the timely rate and repeat complainers; corrective actions have owner, deadline and overdue', async () => {
    const ANALYSIS = `query($p: ID!, $m: String!) { complaintAnalysis(propertyId: $p, month: $m) {
      propertyId month complaints timely timelyRate target met repeatThreshold overdueActions
      byCategory { key complaints } byDepartment { key complaints } bySeverity { key complaints }
      repeatComplainers { customerId complaints } actions { id ownerId deadline status overdue result } } }`;
    const ADD = `mutation($i: AddCorrectiveActionInput!) { addCorrectiveAction(input: $i) { id ownerId deadline status overdue } }`;
    const DONE = `mutation($id: ID!, $r: String!) { completeCorrectiveAction(id: $id, result: $r) { id status overdue result doneAt } }`;
    const FILE = `mutation($i: FileComplaintInput!) { fileComplaint(input: $i) { id } }`;
    const tz = DEFAULT_TIME_ZONE;
    const today = dateIn(clock.now(), tz);
    const month = today.slice(0, 7);
    const analysis = async () => (await ok(gw, a.token, ANALYSIS, { p: X, m: month })).complaintAnalysis;
    const count = (list: any[], key: string) => list.find((x: any) => x.key === key)?.complaints ?? 0;
    const before = await analysis();
    expect(before).toMatchObject({ propertyId: X, month, target: 1, repeatThreshold: 2, actions: [] });

    const customerId = '01900000-0000-7000-8000-0000000c0115';
    const noise = (
      await ok(gw, assistant.token, FILE, {
        i: { propertyId: X, customerId, category: 'NOISE', description: 'karaoke at midnight' },
      })
    ).fileComplaint.id;
    await ok(gw, assistant.token, FILE, {
      i: { propertyId: X, customerId, category: 'FACILITY', description: 'corridor light out' },
    });
    await ok(gw, assistant.token, FILE, {
      i: {
        propertyId: X,
        category: 'SAFETY',
        description: 'gate left open',
        severity: 'MAJOR',
        anonymous: true,
      },
    });
    await ok(gw, a.token, COMPLETE, { id: noise, i: { charges: [], customerSigned: false } });

    const after = await analysis();
    expect(after.complaints).toBe(before.complaints + 3);
    expect(count(after.byCategory, 'NOISE')).toBe(count(before.byCategory, 'NOISE') + 1);
    expect(count(after.byCategory, 'FACILITY')).toBe(count(before.byCategory, 'FACILITY') + 1);
    expect(count(after.byDepartment, 'ENGINEERING')).toBe(count(before.byDepartment, 'ENGINEERING') + 1);
    expect(count(after.byDepartment, 'SECURITY')).toBe(count(before.byDepartment, 'SECURITY') + 1);
    expect(count(after.bySeverity, 'MAJOR')).toBe(count(before.bySeverity, 'MAJOR') + 1);
    expect(after.timely).toBe(before.timely + 1);
    expect(after.timelyRate).toBeCloseTo(after.timely / after.complaints, 10);
    expect(after.met).toBe(after.timelyRate >= 1);
    expect(after.repeatComplainers).toContainEqual({ customerId, complaints: 2 });

    // Corrective action: owner works on the property, deadline not in the past; nothing written otherwise.
    const deadline = addDays(today, 3);
    for (const bad of [{ ownerId: techY.id }, { deadline: addDays(today, -1) }, { issue: ' ' }])
      expect(
        codes(
          await gql(
            gw,
            ADD,
            { i: { propertyId: X, month, issue: 'noise', ownerId: assistant.id, deadline, ...bad } },
            a.token,
          ),
        ),
      ).toEqual(['VALIDATION_FAILED']);
    const action = (
      await ok(gw, a.token, ADD, {
        i: {
          propertyId: X,
          month,
          issue: '夜间噪音投诉集中: 与商户约定营业时间',
          ownerId: assistant.id,
          deadline,
        },
      })
    ).addCorrectiveAction;
    expect(action).toMatchObject({ ownerId: assistant.id, deadline, status: 'OPEN', overdue: false });

    clock.set(instantAt(addDays(deadline, 1), tz, 10 * 60));
    const late = await analysis();
    expect(late.actions).toEqual([expect.objectContaining({ id: action.id, status: 'OPEN', overdue: true })]);
    expect(late.overdueActions).toBe(1);
    const done = (await ok(gw, a.token, DONE, { id: action.id, r: '已约谈商户, 22:00 后停止营业' }))
      .completeCorrectiveAction;
    expect(done).toMatchObject({ status: 'DONE', overdue: false });
    expect(codes(await gql(gw, DONE, { id: action.id, r: 'again' }, a.token))).toEqual(['CONFLICT']);
    expect((await analysis()).overdueActions).toBe(0);

    // Property assistants do not analyse; another company sees no such property or action.
    expect(codes(await gql(gw, ANALYSIS, { p: X, m: month }, assistant.token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(gw, ANALYSIS, { p: X, m: month }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, DONE, { id: action.id, r: 'x' }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(gw, ANALYSIS, { p: X, m: '2026-13' }, a.token))).toEqual(['VALIDATION_FAILED']);
  });
});
