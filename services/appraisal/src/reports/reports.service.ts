import { isUuid } from '@pm/contracts';
import { Clock, DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Check } from '../check/check.entity';
import { CheckService } from '../check/check.service';
import { CheckDue, MissedCheck, RankingRow, StaffKpis } from '../check/check.types';
import { allStaff, callerInfo, frequencies } from '../check/appraisal.context';
import { PropertyProjection } from '../property/property-projection.entity';
import { periodRange } from '../schedule/dates';
import { Obligation, isDone, obligations, obligationsOn } from '../schedule/schedule';

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
   * `Property.staffKpis` for every property of one request at once (a dashboard lists many):
   * staff, schedule policies and checks are read once. A property this service has not yet
   * heard of (event lag) has no staff and so zero checks — never an error that would null the
   * whole page of properties.
   */
  async staffKpisMany(
    principal: Principal,
    propertyIds: readonly string[],
    period: string,
  ): Promise<StaffKpis[]> {
    const r = this.range(period);
    for (const id of propertyIds) if (!isUuid(id)) throw notFound('property');
    for (const id of propertyIds) assertPropertyVisible(principal, id);
    return this.db.tx(async (em) => {
      const known = await em.find(PropertyProjection, { id: { $in: [...propertyIds] } });
      const all = await allStaff(em);
      const freq = await frequencies(em, r.from);
      const plans = propertyIds.map((id) => {
        const p = known.find((k) => k.id === id);
        const today = dateIn(this.clock.now(), p?.timeZone || DEFAULT_TIME_ZONE);
        const staffIds = all.filter((s) => s.propertyIds.includes(id)).map((s) => s.id);
        const due = obligations(all, freq, r.from, r.to).filter((o) => staffIds.includes(o.targetId));
        return { today, staffIds, due };
      });
      const everyone = [...new Set(plans.flatMap((x) => x.staffIds))];
      const from = plans.reduce((m, x) => minStart(x.due, m), r.from);
      const to = plans.reduce((m, x) => maxEnd(x.due, m), r.to);
      const checks = await this.checksOf(em, everyone, from, to);
      const views = await CheckService.views(
        em,
        checks.filter((c) => c.date >= r.from && c.date <= r.to),
      );
      return plans.map(({ today, staffIds, due }) => {
        const mine = checks.filter((c) => staffIds.includes(c.staffId));
        const done = asDone(mine);
        const inPeriod = views.filter((v) => staffIds.includes(v.staff.id));
        const owed = due.filter((o) => o.periodStart <= today);
        return {
          meanScore: inPeriod.length ? mean(inPeriod.map((v) => v.total)) : null,
          checksDone: inPeriod.length,
          checksDue: owed.length,
          scheduledChecksDone: owed.filter((o) => isDone(o, done)).length,
          checksMissed: owed.filter((o) => o.periodEnd < today && !isDone(o, done)).length,
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

const asDone = (checks: Check[]) =>
  checks.map((c) => ({ checkerId: c.checkerStaffId ?? null, staffId: c.staffId, date: c.date }));
