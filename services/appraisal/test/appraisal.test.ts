import { addPeriods, dateIn } from '@pm/time';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { headers as natsHeaders, NatsConnection, connect } from 'nats';
import { Events } from '@pm/contracts';
import { ReportsService } from '../src/reports/reports.service';
import { uuidv7 } from '@pm/db';
import { codes, gql, testClock, testNats } from '@pm/testing';
import { periodOf } from '../src/schedule/dates';
import { ADMIN_URL, Person, invite, startWithAppraisal, waitForProjections } from './helpers';
import {
  Company,
  createProperty,
  Platform,
  removeCompanies,
  signInternalForTest,
  quiet,
  signUpCompany,
  until,
} from '@pm/testing/kit';

/**
 * R-APR-1..7 through the real gateway, Keycloak tokens, PostgreSQL and JetStream.
 * Company A: site P1 with director → supervisor → leader → clerk (reporting line), site P2
 * with its own director. Company B only has its admin.
 */
const RECORD = `mutation($i: RecordCheckInput!) { recordCheck(input: $i) {
  id total sheet items { item max score } findings { id item points status rootCause } } }`;
const SHEET = `query($s: ID!, $p: String!) { scoreSheet(staffId: $s, period: $p) {
  staff { id } period sheet total checks items { item max score } findings { id status } } }`;

const today = dateIn(testClock.now(), 'Asia/Shanghai');
const month = today.slice(0, 7);
const item = (r: any, code: string) => r.items.find((i: any) => i.item === code).score;

describe('appraisal subgraph (R-APR-*)', () => {
  let p: Platform;
  let a: Company;
  let b: Company;
  let admin: Client;
  let nc: NatsConnection;
  let p1: string;
  let p2: string;
  let director: Person;
  let sup: Person;
  let leader: Person;
  let clerk: Person;
  let director2: Person;
  const record = (who: Person | Company, input: object) =>
    gql(p.gatewayUrl, RECORD, { i: { date: today, deductions: [], ...input } }, who.token);
  const checkCount = async () =>
    (
      await admin.query('select count(*)::int n from checks where staff_id = any($1::uuid[])', [
        [clerk.id, sup.id, director.id],
      ])
    ).rows[0].n as number;

  beforeAll(async () => {
    p = await startWithAppraisal();
    [a, b] = await Promise.all([signUpCompany(p.gatewayUrl), signUpCompany(p.gatewayUrl)]);
    p1 = await createProperty(p.gatewayUrl, a.token, 'P1');
    p2 = await createProperty(p.gatewayUrl, a.token, 'P2');
    director = await invite(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [p1]);
    director2 = await invite(p.gatewayUrl, a.token, a.slug, ['SITE_MANAGER'], [p2]);
    sup = await invite(p.gatewayUrl, a.token, a.slug, ['CS_SUPERVISOR'], [p1], director.id);
    leader = await invite(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [p1], sup.id);
    clerk = await invite(p.gatewayUrl, a.token, a.slug, ['FRONT_DESK'], [p1], leader.id);
    admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await waitForProjections(admin, [director.id, director2.id, sup.id, leader.id, clerk.id], [p1, p2]);
    nc = await connect(testNats());
  }, 60_000);

  afterAll(async () => {
    await nc?.drain();
    await admin?.end();
    await removeCompanies([a, b]);
    await p?.stop();
  }, 30_000);

  it('R-APR-4: an item floors at zero with several findings; other items keep full marks (R-APR-6)', async () => {
    const r = await record(leader, {
      staffId: clerk.id,
      kind: 'DAILY',
      deductions: [
        { item: 'HANDOVER', severity: 'CONSEQUENTIAL', points: 8, reason: 'left the desk unattended' },
        { item: 'HANDOVER', severity: 'SERIOUS', points: 4, reason: 'no hand-over log' },
        { item: 'HANDOVER', severity: 'GENERAL', points: 1, reason: 'log unsigned' },
      ],
    });
    expect(r.errors).toBeUndefined();
    const c = r.data.recordCheck;
    expect(c.sheet).toBe('STAFF');
    expect(item(c, 'HANDOVER')).toBe(0);
    expect(item(c, 'JOB_QUALITY')).toBe(20);
    expect(c.total).toBe(90);
  });

  it('R-APR-6: commendations add 1–20 and the total is capped at 100', async () => {
    const ok = await record(director, {
      staffId: clerk.id,
      kind: 'MONTHLY',
      deductions: [{ item: 'EFFICIENCY', severity: 'SERIOUS', points: 3, reason: 'late report' }],
      commendationPoints: 20,
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.recordCheck.total).toBe(100);
    const before = await checkCount();
    const bad = await record(director, { staffId: clerk.id, kind: 'SPOT', commendationPoints: 21 });
    expect(codes(bad)).toEqual(['VALIDATION_FAILED']);
    expect(await checkCount()).toBe(before);
  });

  it('R-APR-5: a manager finding is deducted from its item and from its root cause; root cause required', async () => {
    const r = await record(director, {
      staffId: sup.id,
      kind: 'WEEKLY',
      deductions: [
        {
          item: 'RESULTS',
          severity: 'SERIOUS',
          points: 4,
          reason: 'team missed targets',
          rootCause: 'RESPONSIBILITY',
        },
      ],
    });
    expect(r.errors).toBeUndefined();
    const c = r.data.recordCheck;
    expect(c.sheet).toBe('MANAGER');
    expect(item(c, 'RESULTS')).toBe(6);
    expect(item(c, 'RESPONSIBILITY')).toBe(6);
    expect(c.total).toBe(92);
    const missing = await record(director, {
      staffId: sup.id,
      kind: 'SPOT',
      deductions: [{ item: 'RESULTS', severity: 'GENERAL', points: 1, reason: 'x' }],
    });
    expect(codes(missing)).toEqual(['VALIDATION_FAILED']);
    expect((missing.errors![0].extensions as any).details.problems[0].field).toBe('deductions[0].rootCause');
  });

  it.each([
    ['GENERAL', 3, '1–2'],
    ['SERIOUS', 6, '3–5'],
    ['CONSEQUENTIAL', 21, '6–20'],
  ])(
    'R-APR-4: %s points %d outside the band → VALIDATION_FAILED naming %s, nothing written',
    async (sev, pts, band) => {
      const before = await checkCount();
      const r = await record(leader, {
        staffId: clerk.id,
        kind: 'DAILY',
        deductions: [{ item: 'JOB_QUALITY', severity: sev, points: pts, reason: 'r' }],
      });
      expect(codes(r)).toEqual(['VALIDATION_FAILED']);
      expect((r.errors![0].extensions as any).details.problems[0].message).toContain(band);
      expect(await checkCount()).toBe(before);
    },
  );

  it('R-APR-1: a team leader cannot check a site director; nobody checks themselves; other sites look absent', async () => {
    const before = await checkCount();
    expect(codes(await record(leader, { staffId: director.id, kind: 'SPOT' }))).toEqual(['FORBIDDEN']);
    expect(codes(await record(clerk, { staffId: clerk.id, kind: 'SPOT' }))).toEqual(['FORBIDDEN']);
    expect(codes(await record(sup, { staffId: director.id, kind: 'WEEKLY' }))).toEqual(['FORBIDDEN']);
    // Cross-property: P2's director cannot see P1's clerk at all.
    expect(codes(await record(director2, { staffId: clerk.id, kind: 'MONTHLY' }))).toEqual(['NOT_FOUND']);
    const sheet = await gql(p.gatewayUrl, SHEET, { s: clerk.id, p: month }, director2.token);
    expect(codes(sheet)).toEqual(['NOT_FOUND']);
    expect(await checkCount()).toBe(before);
  });

  it('score sheet of a month and a day = mean of the checks; the staff stub resolves through tenancy', async () => {
    const r = await gql(p.gatewayUrl, SHEET, { s: clerk.id, p: month }, director.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.scoreSheet.checks).toBe(2);
    expect(r.data.scoreSheet.total).toBe(95); // (90 + 100) / 2
    expect(item(r.data.scoreSheet, 'HANDOVER')).toBe(5);
    const day = await gql(p.gatewayUrl, SHEET, { s: clerk.id, p: today }, clerk.token);
    expect(day.data.scoreSheet.total).toBe(95);
    const viaStaff = await gql(
      p.gatewayUrl,
      `query($s: ID!, $p: String!) { scoreSheet(staffId: $s, period: $p) { staff { id name roles } } }`,
      { s: clerk.id, p: month },
      director.token,
    );
    expect(viaStaff.data.scoreSheet.staff).toEqual({
      id: clerk.id,
      name: 'Staff FRONT_DESK',
      roles: ['FRONT_DESK'],
    });
    expect(codes(await gql(p.gatewayUrl, SHEET, { s: clerk.id, p: '2026-13' }, director.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
  });

  it('R-APR-1: checksDue lists what the caller owes, done after the check', async () => {
    const r = await gql(
      p.gatewayUrl,
      `query($d: Date!) { checksDue(date: $d) { staff { id } relation frequency periodStart periodEnd done } }`,
      { d: today },
      leader.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.checksDue).toEqual([
      {
        staff: { id: clerk.id },
        relation: 'LEADER_OF_STAFF',
        frequency: 'DAILY',
        periodStart: today,
        periodEnd: today,
        done: true,
      },
    ]);
    const sup2 = await gql(
      p.gatewayUrl,
      `query($d: Date!) { checksDue(date: $d) { staff { id } done } }`,
      { d: today },
      sup.token,
    );
    expect(sup2.data.checksDue.map((x: any) => x.staff.id).sort()).toEqual([clerk.id, leader.id].sort());
    expect(sup2.data.checksDue.every((x: any) => x.done === false)).toBe(true);
  });

  it('appeal: the checked person disputes, the checker cannot decide, a higher role overturns; the sheet shows it', async () => {
    const c = await record(leader, {
      staffId: clerk.id,
      kind: 'SPOT',
      deductions: [{ item: 'JOB_QUALITY', severity: 'SERIOUS', points: 5, reason: 'wrong form' }],
    });
    expect(c.data.recordCheck.total).toBe(95);
    const findingId = c.data.recordCheck.findings[0].id;
    const DISPUTE = `mutation($f: ID!, $r: String!) { disputeFinding(findingId: $f, reason: $r) { id status } }`;
    expect(codes(await gql(p.gatewayUrl, DISPUTE, { f: findingId, r: 'not me' }, leader.token))).toEqual([
      'FORBIDDEN',
    ]);
    const ap = await gql(p.gatewayUrl, DISPUTE, { f: findingId, r: 'the form was right' }, clerk.token);
    expect(ap.data.disputeFinding.status).toBe('PENDING');
    const DECIDE = `mutation($id: ID!, $u: Boolean!) { decideAppeal(id: $id, upheld: $u) { status } }`;
    expect(
      codes(await gql(p.gatewayUrl, DECIDE, { id: ap.data.disputeFinding.id, u: true }, leader.token)),
    ).toEqual(['FORBIDDEN']);
    const d = await gql(p.gatewayUrl, DECIDE, { id: ap.data.disputeFinding.id, u: true }, sup.token);
    expect(d.data.decideAppeal.status).toBe('UPHELD');
    const after = await gql(
      p.gatewayUrl,
      `query($id: ID!) { check(id: $id) { total findings { status appeal { status } } } }`,
      { id: c.data.recordCheck.id },
      director.token,
    );
    expect(after.data.check).toEqual({
      total: 100,
      findings: [{ status: 'OVERTURNED', appeal: { status: 'UPHELD' } }],
    });
  });

  it('rankings and Property.staffKpis for the site (federated onto Property)', async () => {
    const r = await gql(
      p.gatewayUrl,
      `query($p: ID!, $m: String!) { rankings(propertyId: $p, period: $m) { rank staff { id } meanScore checks }
        property(id: $p) { name staffKpis(period: $m) { meanScore checksDone checksDue scheduledChecksDone checksMissed } } }`,
      { p: p1, m: month },
      director.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.rankings.map((x: any) => [x.rank, x.staff.id, x.checks])).toEqual([
      [1, clerk.id, 3],
      [2, sup.id, 1],
    ]);
    expect(r.data.property.name).toBe('P1');
    const k = r.data.property.staffKpis;
    expect(k.checksDone).toBe(4);
    expect(k.meanScore).toBe((90 + 100 + 100 + 92) / 4);
    expect(k.checksDue).toBeGreaterThanOrEqual(k.scheduledChecksDone);
    // Leader daily and director monthly; the director's weekly check counts in this month only
    // when this week started in it (a week belongs to the month it starts in).
    const weekInMonth = periodOf('WEEKLY', today).start >= `${month}-01` ? 1 : 0;
    expect(k.scheduledChecksDone).toBeGreaterThanOrEqual(2 + weekInMonth);
    const trend = await gql(
      p.gatewayUrl,
      `query($p: ID!, $m: String!) { property(id: $p) { staffKpiTrend(from: $m, to: $m) { meanScore checksDone checksDue scheduledChecksDone checksMissed } } }`,
      { p: p1, m: month },
      director.token,
    );
    expect(trend.data.property.staffKpiTrend).toEqual([k]);
    const front = await gql(
      p.gatewayUrl,
      `query($p: ID!, $m: String!) { rankings(propertyId: $p, period: $m) { rank } }`,
      { p: p1, m: month },
      clerk.token,
    );
    expect(codes(front)).toEqual(['FORBIDDEN']);
    const other = await gql(
      p.gatewayUrl,
      `query($p: ID!, $m: String!) { rankings(propertyId: $p, period: $m) { rank } }`,
      { p: p1, m: month },
      director2.token,
    );
    expect(codes(other)).toEqual(['NOT_FOUND']);
  });

  it("cross-tenant: company B's admin with A's ids gets NOT_FOUND and changes nothing", async () => {
    const before = await checkCount();
    expect(codes(await gql(p.gatewayUrl, SHEET, { s: clerk.id, p: month }, b.token))).toEqual(['NOT_FOUND']);
    expect(codes(await record(b, { staffId: clerk.id, kind: 'SPOT' }))).toEqual(['NOT_FOUND']);
    const rk = await gql(
      p.gatewayUrl,
      `query($p: ID!, $m: String!) { rankings(propertyId: $p, period: $m) { rank } }`,
      { p: p1, m: month },
      b.token,
    );
    expect(codes(rk)).toEqual(['NOT_FOUND']);
    const { rows } = await admin.query('select id from findings where staff_id = $1 limit 1', [clerk.id]);
    const dispute = await gql(
      p.gatewayUrl,
      `mutation($f: ID!) { disputeFinding(findingId: $f, reason: "x") { id } }`,
      { f: rows[0].id },
      b.token,
    );
    expect(codes(dispute)).toEqual(['NOT_FOUND']);
    expect(await checkCount()).toBe(before);
  });

  it('_entities: Staff.scoreSheet and Property.staffKpis resolve on the appraisal subgraph', async () => {
    const res = await fetch(p.subgraphUrls.appraisal, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${director.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${director.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) {
          ... on Staff { id scoreSheet(period: "${month}") { checks } } ... on Property { id staffKpis(period: "${month}") { checksDone } } } }`,
        variables: {
          r: [
            { __typename: 'Staff', id: clerk.id },
            { __typename: 'Property', id: p1 },
          ],
        },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      { id: clerk.id, scoreSheet: { checks: 3 } },
      { id: p1, staffKpis: { checksDone: 4 } },
    ]);
  });

  it('Property.staffKpis is resolved for a whole page at once; a property not yet seen answers zeros', async () => {
    const spy = jest.spyOn(ReportsService.prototype, 'staffKpisMany');
    const unseen = uuidv7();
    const res = await fetch(p.subgraphUrls.appraisal, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${a.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${a.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Property { id staffKpis(period: "${month}") { checksDone checksDue meanScore } } } }`,
        variables: {
          r: [
            { __typename: 'Property', id: p1 },
            { __typename: 'Property', id: unseen },
          ],
        },
      }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].staffKpis.checksDone).toBe(4);
    expect(body.data._entities[1]).toEqual({
      id: unseen,
      staffKpis: { checksDone: 0, checksDue: 0, meanScore: null },
    });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('R-APR-7: one ticket.sla_breached delivered twice gives exactly one suggestion; accepting it deducts, dismissing needs a reason', async () => {
    const ticketId = uuidv7();
    const envelope = {
      id: uuidv7(),
      type: Events.ticketSlaBreached.type,
      version: Events.ticketSlaBreached.version,
      tenantId: a.tenantId,
      occurredAt: testClock.now().toISOString(),
      actor: { kind: 'system' },
      payload: {
        ticketId,
        propertyId: p1,
        rule: 'ON_SITE',
        dueAt: testClock.now().toISOString(),
        responsibleStaffId: clerk.id,
      },
    };
    const js = nc.jetstream();
    for (const msgID of [uuidv7(), uuidv7()]) {
      const h = natsHeaders();
      h.set('Pm-Tenant-Id', a.tenantId);
      await js.publish(Events.ticketSlaBreached.subject, JSON.stringify(envelope), { msgID, headers: h });
    }
    // A second envelope for the same person, to dismiss.
    const second = { ...envelope, id: uuidv7(), payload: { ...envelope.payload, ticketId: uuidv7() } };
    await js.publish(Events.ticketSlaBreached.subject, JSON.stringify(second), { msgID: second.id });
    await until('both suggestions', async () => {
      const { rows } = await admin.query(
        'select count(*)::int n from suggestions where source_event_id = $1',
        [second.id],
      );
      return rows[0].n === 1;
    });
    // The duplicate had its chance: the consumer processes in order, the second envelope came after it.
    const { rows } = await admin.query(
      'select id, item, status from suggestions where source_event_id = $1',
      [envelope.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ item: 'EFFICIENCY', status: 'SUGGESTED' });

    const list = await gql(
      p.gatewayUrl,
      `query($s: ID!) { suggestedFindings(staffId: $s, status: SUGGESTED) { id item ticketId source } }`,
      { s: clerk.id },
      leader.token,
    );
    expect(list.data.suggestedFindings.map((x: any) => x.ticketId).sort()).toEqual(
      [ticketId, second.payload.ticketId].sort(),
    );
    // Never auto-deducted: the sheet did not move.
    const sheet = await gql(p.gatewayUrl, SHEET, { s: clerk.id, p: today }, leader.token);
    expect(sheet.data.scoreSheet.checks).toBe(3);

    const accepted = await record(leader, {
      staffId: clerk.id,
      kind: 'SPOT',
      deductions: [
        {
          item: 'EFFICIENCY',
          severity: 'GENERAL',
          points: 2,
          reason: 'SLA breached',
          suggestionId: rows[0].id,
        },
      ],
    });
    expect(accepted.errors).toBeUndefined();
    expect(item(accepted.data.recordCheck, 'EFFICIENCY')).toBe(18);
    const again = await record(leader, {
      staffId: clerk.id,
      kind: 'SPOT',
      deductions: [
        { item: 'EFFICIENCY', severity: 'GENERAL', points: 2, reason: 'again', suggestionId: rows[0].id },
      ],
    });
    expect(codes(again)).toEqual(['VALIDATION_FAILED']);

    const secondId = (await admin.query('select id from suggestions where source_event_id = $1', [second.id]))
      .rows[0].id;
    const DISMISS = `mutation($id: ID!, $r: String!) { dismissSuggestion(id: $id, reason: $r) { status dismissReason } }`;
    expect(codes(await gql(p.gatewayUrl, DISMISS, { id: secondId, r: ' ' }, leader.token))).toEqual([
      'VALIDATION_FAILED',
    ]);
    expect(
      codes(await gql(p.gatewayUrl, DISMISS, { id: secondId, r: 'customer not home' }, clerk.token)),
    ).toEqual(['FORBIDDEN']);
    const d = await gql(p.gatewayUrl, DISMISS, { id: secondId, r: 'customer not home' }, leader.token);
    expect(d.data.dismissSuggestion).toEqual({ status: 'DISMISSED', dismissReason: 'customer not home' });
  }, 30_000);

  it('pending appeals: a site manager pages the appeals of their site by cursor and decides one with a reason; other sites, own findings and roles are kept out', async () => {
    const PENDING = `query($p: ID, $first: Int, $after: String) {
      pendingAppeals(propertyId: $p, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id status reason filedAt decisionReason staff { id } finding { id item points reason } } } } }`;
    const DISPUTE = `mutation($f: ID!, $r: String!) { disputeFinding(findingId: $f, reason: $r) { id } }`;
    const DECIDE = `mutation($id: ID!, $u: Boolean!, $r: String) {
      decideAppeal(id: $id, upheld: $u, reason: $r) { id status decidedAt decisionReason } }`;
    const byLeader = await record(leader, {
      staffId: clerk.id,
      kind: 'SPOT',
      deductions: ['desk untidy', 'log late', 'badge missing'].map((reason) => ({
        item: 'HANDOVER',
        severity: 'GENERAL',
        points: 1,
        reason,
      })),
    });
    expect(byLeader.errors).toBeUndefined();
    const byDirector = await record(director, {
      staffId: clerk.id,
      kind: 'SPOT',
      deductions: [{ item: 'JOB_QUALITY', severity: 'GENERAL', points: 1, reason: 'form half filled' }],
    });
    expect(byDirector.errors).toBeUndefined();
    const appealIds: string[] = [];
    for (const f of [...byLeader.data.recordCheck.findings, ...byDirector.data.recordCheck.findings]) {
      const r = await gql(p.gatewayUrl, DISPUTE, { f: f.id, r: `not so: ${f.id}` }, clerk.token);
      expect(r.errors).toBeUndefined();
      appealIds.push(r.data.disputeFinding.id);
    }
    const [fromLeader, ownFinding] = [appealIds.slice(0, 3), appealIds[3]];

    // Two a page, oldest first; the director's own finding is for someone else to decide.
    const seen: any[] = [];
    let after: string | undefined;
    do {
      const r = await gql(p.gatewayUrl, PENDING, { p: p1, first: 2, after }, director.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.pendingAppeals.totalCount).toBe(3);
      seen.push(...r.data.pendingAppeals.edges.map((e: any) => e.node));
      after = r.data.pendingAppeals.pageInfo.hasNextPage
        ? r.data.pendingAppeals.pageInfo.endCursor
        : undefined;
    } while (after);
    expect(seen.map((n) => n.id)).toEqual(fromLeader);
    expect(seen[0]).toMatchObject({
      status: 'PENDING',
      staff: { id: clerk.id },
      decisionReason: null,
      finding: { item: 'HANDOVER', points: 1, reason: 'desk untidy' },
    });
    expect(Date.parse(seen[0].filedAt)).not.toBeNaN();
    // The company admin sees every site's, the director's finding among them.
    const all = await gql(p.gatewayUrl, PENDING, { first: 200 }, a.token);
    expect(all.data.pendingAppeals.edges.map((e: any) => e.node.id)).toEqual([...fromLeader, ownFinding]);
    // Another site's manager sees none of them and may not ask for P1; a front desk may not ask.
    expect((await gql(p.gatewayUrl, PENDING, {}, director2.token)).data.pendingAppeals.totalCount).toBe(0);
    expect(codes(await gql(p.gatewayUrl, PENDING, { p: p1 }, director2.token))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(p.gatewayUrl, PENDING, {}, leader.token))).toEqual(['FORBIDDEN']);
    expect((await gql(p.gatewayUrl, PENDING, {}, b.token)).data.pendingAppeals.totalCount).toBe(0);

    // A blank reason is refused and decides nothing; with one, the appeal leaves the list.
    expect(
      codes(await gql(p.gatewayUrl, DECIDE, { id: fromLeader[0], u: false, r: '  ' }, director.token)),
    ).toEqual(['VALIDATION_FAILED']);
    const rejected = await gql(
      p.gatewayUrl,
      DECIDE,
      { id: fromLeader[0], u: false, r: ' 监控录像显示未清理 ' },
      director.token,
    );
    expect(rejected.data.decideAppeal).toMatchObject({
      status: 'REJECTED',
      decisionReason: '监控录像显示未清理',
    });
    const left = await gql(p.gatewayUrl, PENDING, { p: p1 }, director.token);
    expect(left.data.pendingAppeals.edges.map((e: any) => e.node.id)).toEqual(fromLeader.slice(1));
    const sheet = await gql(
      p.gatewayUrl,
      `query($id: ID!) { check(id: $id) { findings { status appeal { status decisionReason } } } }`,
      { id: byLeader.data.recordCheck.id },
      director.token,
    );
    expect(sheet.data.check.findings[0]).toEqual({
      status: 'ACTIVE',
      appeal: { status: 'REJECTED', decisionReason: '监控录像显示未清理' },
    });
  }, 30_000);

  it('R-APR-1: a dashboard page of properties × months costs appraisal one SQL statement and equals the single-property answers', async () => {
    // A company manager (checks directors monthly) and a reporting line there since last month: last
    // month's checks were all missed, this month's are partly done and scored.
    const hq = await invite(p.gatewayUrl, a.token, a.slug, ['HQ'], []);
    const scored = await record(leader, {
      staffId: clerk.id,
      kind: 'DAILY',
      deductions: [{ item: 'HANDOVER', severity: 'SERIOUS', points: 4, reason: 'no hand-over log' }],
    });
    expect(scored.data.recordCheck.total).toBe(96);
    const more: string[] = [];
    for (let i = 0; i < 11; i++) more.push(await createProperty(p.gatewayUrl, a.token, `Dashboard ${i}`));
    await waitForProjections(admin, [hq.id], more);
    const prev = addPeriods(month, -1);
    await admin.query('update staff_members set joined_on = $1 where tenant_id = $2', [
      `${prev}-01`,
      a.tenantId,
    ]);
    // The company's people (the manager, and the admin where sign-up gave it a staff record) each
    // owe P2's director, who has no line manager, a monthly check (R-APR-1).
    const companyLevel = (
      await admin.query(
        `select count(*)::int n from staff_members where tenant_id = $1 and roles && '{HQ,ADMIN}'::text[]`,
        [a.tenantId],
      )
    ).rows[0].n as number;
    expect(companyLevel).toBeGreaterThanOrEqual(1);
    const FIGURES = 'meanScore checksDone checksDue scheduledChecksDone checksMissed';
    const execute = jest.spyOn(PostgreSqlConnection.prototype, 'execute');
    let page: any[];
    try {
      await quiet(execute, 'appraisal');
      const r = await gql(
        p.gatewayUrl,
        `query($m: String!, $prev: String!) { properties(first: 50) { edges { node { id
           staffKpis(period: $m) { ${FIGURES} } staffKpiTrend(from: $prev, to: $m) { ${FIGURES} } } } } }`,
        { m: month, prev },
        a.token,
      );
      expect(r.errors).toBeUndefined();
      page = r.data.properties.edges.map((e: any) => e.node);
      const statements = execute.mock.calls
        .filter((_, i) => /appraisal/.test((execute.mock.contexts[i] as any).config.get('dbName')))
        .map((c) => String(c[0]))
        // The transaction's tenant setting is not a read.
        .filter((q) => !/set_config/.test(q));
      expect(statements).toHaveLength(1);
    } finally {
      execute.mockRestore();
    }
    expect(page.map((n) => n.id)).toEqual(expect.arrayContaining([p1, p2, ...more]));
    expect(page.length).toBeGreaterThanOrEqual(13);
    for (const n of page) {
      const one = await gql(
        p.gatewayUrl,
        `query($p: ID!, $m: String!, $prev: String!) { property(id: $p) {
           now: staffKpis(period: $m) { ${FIGURES} } before: staffKpis(period: $prev) { ${FIGURES} } } }`,
        { p: n.id, m: month, prev },
        a.token,
      );
      expect(one.errors).toBeUndefined();
      expect(n.staffKpis).toEqual(one.data.property.now);
      expect(n.staffKpiTrend).toEqual([one.data.property.before, one.data.property.now]);
    }
    const [before, now] = page.find((n) => n.id === p1).staffKpiTrend;
    expect(now.checksDone).toBeGreaterThan(0);
    expect(now.meanScore).toBeGreaterThan(0);
    expect(now.meanScore).toBeLessThan(100);
    expect(now.scheduledChecksDone).toBeGreaterThan(0);
    expect(before).toMatchObject({ checksDone: 0, meanScore: null, scheduledChecksDone: 0 });
    expect(before.checksMissed).toBe(before.checksDue);
    expect(before.checksMissed).toBeGreaterThan(20);
    // Last month's checks of P2's director were all missed.
    expect(page.find((n) => n.id === p2).staffKpiTrend[0]).toMatchObject({
      checksDue: companyLevel,
      checksMissed: companyLevel,
    });
    // Row-level security holds inside the one statement: another company asking for P1 directly
    // on the subgraph sees none of A's staff or checks.
    const res = await fetch(p.subgraphUrls.appraisal, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${b.token}`,
        'x-pm-internal': signInternalForTest(`Bearer ${b.token}`),
      },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Property { staffKpiTrend(from: "${prev}", to: "${month}") { ${FIGURES} } } } }`,
        variables: { r: [{ __typename: 'Property', id: p1 }] },
      }),
    });
    const foreign = (await res.json()) as any;
    expect(foreign.errors).toBeUndefined();
    const nothing = { meanScore: null, checksDone: 0, checksDue: 0, scheduledChecksDone: 0, checksMissed: 0 };
    expect(foreign.data._entities[0].staffKpiTrend).toEqual([nothing, nothing]);
    for (const id of more) expect(page.find((n) => n.id === id).staffKpis).toEqual(nothing);
  }, 120_000);
});
