import { isUuid } from '@pm/contracts';
import { Clock, DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Check } from '../check/check.entity';
import { CheckService, scoreOf } from '../check/check.service';
import { CheckDue, MissedCheck, RankingRow, StaffKpis } from '../check/check.types';
import { allStaff, callerInfo, frequencies } from '../check/appraisal.context';
import { PropertyProjection } from '../property/property-projection.entity';
import { latestPeriodEnd, periodRange } from '../schedule/dates';
import {
  FREQUENCY_POLICY_KEYS,
  Obligation,
  frequencyPolicies,
  isDone,
  obligations,
  obligationsOn,
} from '../schedule/schedule';
import { staffKpiInputs } from './reports.queries';

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;

export class ReportsService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  private range(period: string) {
    const r = periodRange(period);
    if (!r)
      throw validationFailed('period must be YYYY-MM or YYYY-MM-DD', [
        { field: 'period', message: 'bad period' },
      ]);
    return r;
  }

  private async property(em: EntityManager, principal: Principal, propertyId: string) {
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    const p = await em.findOne(PropertyProjection, { id: propertyId });
    if (!p) throw notFound('property');
    return p;
  }

  /** R-APR-1: what the caller owes on `date` (one row per person and relation). */
  async checksDue(principal: Principal, date: string): Promise<CheckDue[]> {
    return this.db.tx(async (em) => {
      const me = await callerInfo(em, principal);
      if (!me) return [];
      const all = await allStaff(em);
      const due = obligationsOn(all, await frequencies(em, date), date).filter((o) => o.checkerId === me.id);
      const checks = asDone(
        await this.checksOf(
          em,
          due.map((o) => o.targetId),
          minStart(due, date),
          date,
        ),
      );
      return due.map((o) => ({
        staff: { id: o.targetId },
        relation: o.relation,
        frequency: o.frequency,
        periodStart: o.periodStart,
        periodEnd: o.periodEnd,
        done: isDone(o, checks),
      }));
    });
  }

  /** Scheduled checks of the property's people whose period ended (before today, property zone) without one. */
  async missedChecks(principal: Principal, propertyId: string, period: string): Promise<MissedCheck[]> {
    const r = this.range(period);
    return this.db.tx(async (em) => {
      const p = await this.property(em, principal, propertyId);
      const { due, checks, today } = await this.schedule(em, p, r);
      return due
        .filter((o) => o.periodEnd < today && !isDone(o, checks))
        .map((o) => ({
          checker: { id: o.checkerId },
          staff: { id: o.targetId },
          relation: o.relation,
          frequency: o.frequency,
          periodStart: o.periodStart,
          periodEnd: o.periodEnd,
        }));
    });
  }

  async rankings(principal: Principal, propertyId: string, period: string): Promise<RankingRow[]> {
    const r = this.range(period);
    return this.db.tx(async (em) => {
      const p = await this.property(em, principal, propertyId);
      const staffIds = (await allStaff(em)).filter((s) => s.propertyIds.includes(p.id)).map((s) => s.id);
      const views = await CheckService.views(em, await this.checksOf(em, staffIds, r.from, r.to));
      const rows = staffIds
        .map((id) => {
          const totals = views.filter((v) => v.staff.id === id).map((v) => v.total);
          return { staff: { id }, checks: totals.length, meanScore: totals.length ? mean(totals) : NaN };
        })
        .filter((x) => x.checks > 0)
        .sort((a, b) => b.meanScore - a.meanScore || a.staff.id.localeCompare(b.staff.id));
      return rows.map((row) => ({
        ...row,
        rank: rows.findIndex((o) => o.meanScore === row.meanScore) + 1,
      }));
    });
  }

  /**
   * `Property.staffKpis` for every (property, period) of one request at once — a dashboard's page
   * of properties, a trend of months — from one statement (`staffKpiInputs`): the schedule and
   * scoring rules then run on what it read. A property this service has not yet heard of (event
   * lag) has no staff and so zero checks — never an error that would null the whole page.
   */
  async staffKpisMany(
    principal: Principal,
    requests: readonly { propertyId: string; period: string }[],
  ): Promise<StaffKpis[]> {
    const ranges = new Map(requests.map((q) => [q.period, this.range(q.period)]));
    for (const q of requests) if (!isUuid(q.propertyId)) throw notFound('property');
    for (const q of requests) assertPropertyVisible(principal, q.propertyId);
    if (!requests.length) return [];
    const periods = [...ranges.values()];
    // Obligations start inside their period; checks up to the latest end any of them may have
    // settle them all, and `isDone` keeps each check to the period it falls in.
    const window = {
      from: periods.reduce((m, r) => (r.from < m ? r.from : m), periods[0].from),
      to: latestPeriodEnd(periods.reduce((m, r) => (r.to > m ? r.to : m), periods[0].to)),
    };
    return this.db.tx(async (em) => {
      const input = await staffKpiInputs(
        em,
        [...new Set(requests.map((q) => q.propertyId))],
        periods,
        window,
        Object.values(FREQUENCY_POLICY_KEYS),
      );
      const dueIn = new Map(
        [...ranges].map(([period, r], i) => [
          period,
          obligations(input.staff, frequencyPolicies(input.policies[i]), r.from, r.to),
        ]),
      );
      const done = asDone(input.checks);
      const totals = new Map(
        input.checks.flatMap((c) => (c.scored ? [[c.id, scoreOf(c.scored, c.scored.findings).total]] : [])),
      );
      return requests.map(({ propertyId, period }) => {
        const r = ranges.get(period)!;
        const p = input.properties.find((k) => k.id === propertyId);
        const today = dateIn(this.clock.now(), p?.timeZone || DEFAULT_TIME_ZONE);
        const staffIds = new Set(
          input.staff.filter((s) => s.propertyIds.includes(propertyId)).map((s) => s.id),
        );
        const owed = dueIn.get(period)!.filter((o) => staffIds.has(o.targetId) && o.periodStart <= today);
        const mine = done.filter((c) => staffIds.has(c.staffId));
        const inPeriod = input.checks
          .filter((c) => staffIds.has(c.staffId) && c.date >= r.from && c.date <= r.to)
          .map((c) => totals.get(c.id)!);
        return {
          meanScore: inPeriod.length ? mean(inPeriod) : null,
          checksDone: inPeriod.length,
          checksDue: owed.length,
          scheduledChecksDone: owed.filter((o) => isDone(o, mine)).length,
          checksMissed: owed.filter((o) => o.periodEnd < today && !isDone(o, mine)).length,
        };
      });
    });
  }

  private async schedule(em: EntityManager, p: PropertyProjection, r: { from: string; to: string }) {
    const today = dateIn(this.clock.now(), p.timeZone || DEFAULT_TIME_ZONE);
    const all = await allStaff(em);
    const staffIds = all.filter((s) => s.propertyIds.includes(p.id)).map((s) => s.id);
    const due = obligations(all, await frequencies(em, r.from), r.from, r.to).filter((o) =>
      staffIds.includes(o.targetId),
    );
    const checks = asDone(await this.checksOf(em, staffIds, minStart(due, r.from), maxEnd(due, r.to)));
    return { due, checks, today, staffIds };
  }

  private async checksOf(em: EntityManager, staffIds: string[], from: string, to: string) {
    if (!staffIds.length) return [];
    const rows = await em.find(Check, {
      staffId: { $in: [...new Set(staffIds)] },
      date: { $gte: from, $lte: to },
    });
    return rows;
  }
}

const minStart = (o: Obligation[], d: string) =>
  o.reduce((m, x) => (x.periodStart < m ? x.periodStart : m), d);
const maxEnd = (o: Obligation[], d: string) => o.reduce((m, x) => (x.periodEnd > m ? x.periodEnd : m), d);

const asDone = (checks: { staffId: string; checkerStaffId?: string | null; date: string }[]) =>
  checks.map((c) => ({ checkerId: c.checkerStaffId ?? null, staffId: c.staffId, date: c.date }));
