import { EntityManager } from '@mikro-orm/postgresql';
import { KpiComparison, kpiMeasure } from '@pm/graphql';
import { policyValuesOn } from '@pm/policy';
import { DEFAULT_TIME_ZONE, periodDays } from '@pm/time';
import { PropertyProjection } from '../projection/projection.entities';
import { KpiRequest, ServiceKpiCounts, serviceKpiCounts } from './kpi.queries';
import { surveyMean } from './kpi.rules';
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

const TARGET_KEYS = TARGETS.map(([, key]) => key);

/**
 * The service KPIs of many (property, month) pairs — a dashboard's page of properties, a trend of
 * months — each month in its property's own time zone, in one statement: every count with the
 * targets in force at the end of its month (KPI targets are company-wide).
 */
export async function serviceKpisFor(em: EntityManager, requests: KpiRequest[]): Promise<ServiceKpis[]> {
  const counts = await serviceKpiCounts(em, requests, DEFAULT_TIME_ZONE, TARGET_KEYS);
  return requests.map((r, i) => kpisOf(r.period, counts[i], counts[i].targets));
}

/** The company's month over every property the caller may see: counts summed, then the rates. */
export async function companyServiceKpis(em: EntityManager, period: string): Promise<ServiceKpis> {
  const properties = await em.find(PropertyProjection, {}, { fields: ['id'] });
  const counts = await serviceKpiCounts(
    em,
    properties.map((p) => ({ propertyId: p.id, period })),
    DEFAULT_TIME_ZONE,
    TARGET_KEYS,
  );
  const targets =
    counts[0]?.targets ?? (await policyValuesOn(em, TARGET_KEYS, null, [periodDays(period).to]))[0];
  return kpisOf(period, sumCounts(counts), targets);
}

/** Counts add up across properties; so do the survey scores, so every score weighs the same. */
function sumCounts(all: ServiceKpiCounts[]): Omit<ServiceKpiCounts, 'targets'> {
  const sum = (f: (c: ServiceKpiCounts) => number) => all.reduce((s, c) => s + f(c), 0);
  return {
    tickets: sum((c) => c.tickets),
    resolved: sum((c) => c.resolved),
    complaints: sum((c) => c.complaints),
    timely: sum((c) => c.timely),
    responsesDue: sum((c) => c.responsesDue),
    respondedInTime: sum((c) => c.respondedInTime),
    complaintsClosed: sum((c) => c.complaintsClosed),
    complaintsVisited: sum((c) => c.complaintsVisited),
    repairsClosed: sum((c) => c.repairsClosed),
    repairsVisited: sum((c) => c.repairsVisited),
    sampled: sum((c) => c.sampled),
    done: sum((c) => c.done),
    satisfactionCount: sum((c) => c.satisfactionCount),
    scoreSum: sum((c) => c.scoreSum),
    scoreCount: sum((c) => c.scoreCount),
  };
}

function kpisOf(
  period: string,
  c: Omit<ServiceKpiCounts, 'targets'>,
  targets: Record<string, unknown>,
): ServiceKpis {
  const [response, resolution, satisfaction, timely, followUp] = TARGETS.map(
    ([rule, key, comparison]) =>
      (value: number | null) =>
        kpiMeasure(rule, key, comparison, value, Number(targets[key])),
  );
  const resolutionRate = rate(c.resolved, c.tickets);
  const responseWithin24hRate = rate(c.respondedInTime, c.responsesDue);
  const timelyRate = rate(c.timely, c.complaints);
  const followUpHandlingRate = rate(c.done, c.sampled);
  const satisfactionMean = surveyMean(c.scoreSum, c.scoreCount);
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
    satisfactionMean,
    response: response(responseWithin24hRate),
    resolution: resolution(resolutionRate),
    satisfaction: satisfaction(satisfactionMean),
    timely: timely(timelyRate),
    followUp: followUp(followUpHandlingRate),
  };
}
