import { EntityManager } from '@mikro-orm/postgresql';
import { KpiComparison, kpiMeasure } from '@pm/graphql';
import { policyValues } from '@pm/policy';
import { isPeriod, periodDays, periodInstants } from '@pm/time';
import { serviceKpiCounts } from './kpi.queries';
import { ServiceKpis } from './kpi.types';

const rate = (n: number, d: number) => (d ? n / d : null);

/** Each rate of R-KPI-1/2/3/6/7 with the policy target it is held against. */
const TARGETS = [
  ['R-KPI-1', 'kpi.responseRateMin', KpiComparison.AT_LEAST],
  ['R-KPI-2', 'kpi.resolutionRateMin', KpiComparison.AT_LEAST],
  ['R-KPI-3', 'kpi.satisfactionMeanMin', KpiComparison.AT_LEAST],
  ['R-KPI-6', 'kpi.complaintTimelyRateMin', KpiComparison.AT_LEAST],
  ['R-KPI-7', 'kpi.followUpHandlingRateMin', KpiComparison.AT_LEAST],
] as const;

/** The service KPIs of one property for a month of its own time zone; null for a malformed period. */
export async function serviceKpis(
  em: EntityManager,
  propertyId: string,
  period: string,
  tz: string,
): Promise<ServiceKpis | null> {
  if (!isPeriod(period)) return null;
  const { from, to } = periodInstants(period, tz);
  const c = await serviceKpiCounts(em, propertyId, from, to);
  const targets = await policyValues(
    em,
    TARGETS.map(([, key]) => key),
    propertyId,
    periodDays(period).to,
  );
  const [response, resolution, satisfaction, timely, followUp] = TARGETS.map(
    ([rule, key, comparison]) =>
      (value: number | null) =>
        kpiMeasure(rule, key, comparison, value, Number(targets[key])),
  );
  const resolutionRate = rate(c.resolved, c.tickets);
  const responseWithin24hRate = rate(c.respondedInTime, c.responsesDue);
  const timelyRate = rate(c.timely, c.complaints);
  const followUpHandlingRate = rate(c.done, c.sampled);
  return {
    period,
    tickets: c.tickets,
    resolved: c.resolved,
    resolutionRate,
    responsesDue: c.responsesDue,
    respondedInTime: c.respondedInTime,
    responseWithin24hRate,
    complaints: c.complaints,
    timelyComplaints: c.timely,
    timelyRate,
    visitRates: {
      complaintsClosed: c.complaintsClosed,
      complaintsVisited: c.complaintsVisited,
      complaintRate: rate(c.complaintsVisited, c.complaintsClosed),
      repairsClosed: c.repairsClosed,
      repairsVisited: c.repairsVisited,
      repairRate: rate(c.repairsVisited, c.repairsClosed),
    },
    visitTasksSampled: c.sampled,
    visitTasksDone: c.done,
    followUpHandlingRate,
    satisfactionCount: c.satisfactionCount,
    satisfactionMean: c.satisfactionMean,
    response: response(responseWithin24hRate),
    resolution: resolution(resolutionRate),
    satisfaction: satisfaction(c.satisfactionMean),
    timely: timely(timelyRate),
    followUp: followUp(followUpHandlingRate),
  };
}
