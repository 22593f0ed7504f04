import { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@pm/db';
import { policyValuesSql, withPolicyDefaults } from '@pm/policy';
import { FindingStatus } from '../check/check.entity';
import { StaffInfo } from '../schedule/schedule';
import { Severity, ScoreItemCode, RootCause } from '../scoring/codes';
import { SheetTemplate } from '../scoring/template';

/*
 * Raw SQL, and why: a dashboard asks `Property.staffKpis` of a page of properties and a trend of
 * months at once. Through the entity manager that is a read per table and month (properties,
 * every staff member, each frequency policy, checks, findings, appeals), each a round trip; here
 * one statement hands back one row of JSON aggregates — the inputs of the schedule and scoring
 * rules, which stay in their plain functions. In that JSON a date is its 'YYYY-MM-DD' text and
 * points are numbers, as the entities map them. Row-level security scopes every subquery to the
 * transaction's tenant (`Database.tx`); the caller checks the properties are in its site scope.
 */

export interface KpiFinding {
  item: ScoreItemCode;
  severity: Severity;
  points: number;
  reason: string;
  rootCause: RootCause | null;
  status: FindingStatus;
}

export interface KpiCheck {
  id: string;
  staffId: string;
  checkerStaffId: string | null;
  /** YYYY-MM-DD. */
  date: string;
  /** What its score needs, for a check inside one of the periods asked for (null outside). */
  scored: { template: SheetTemplate; commendationPoints: number | null; findings: KpiFinding[] } | null;
}

export interface StaffKpiInputs {
  /** The properties asked for that this service has heard of. */
  properties: { id: string; timeZone: string }[];
  /** Everyone of the tenant: the reporting lines decide who owes which check. */
  staff: StaffInfo[];
  /** The values of `policyKeys` in force on each period's first day, in the order asked. */
  policies: Record<string, unknown>[];
  /** The checks of the properties' staff dated inside `window`. */
  checks: KpiCheck[];
}

/**
 * Everything `staffKpis` needs for `propertyIds` and `periods` in one statement: the properties'
 * zones, every staff member, the company-wide `policyKeys` as of each period's start, and the
 * checks of the properties' staff in `window` (wide enough for every obligation of the periods),
 * with template and findings for those dated inside a period.
 */
export async function staffKpiInputs(
  em: EntityManager,
  propertyIds: string[],
  periods: { from: string; to: string }[],
  window: { from: string; to: string },
  policyKeys: string[],
): Promise<StaffKpiInputs> {
  const [policySql, policyParams] = policyValuesSql(policyKeys, 'null::uuid', 'pe.period_from');
  const [row]: Record<string, any>[] = await em.execute(
    `with req as (select ?::uuid[] as property_ids, ?::date as window_from, ?::date as window_to),
     periods as (
       select pe.i, pe.period_from, pe.period_to, ${policySql} as policies
       from unnest(?::date[], ?::date[]) with ordinality as pe(period_from, period_to, i)
     )
     select
       (select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'timeZone', p.time_zone)), '[]'::jsonb)
        from properties p where p.id = any(req.property_ids)) as properties,
       (select coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'roles', s.roles, 'propertyIds', s.property_ids,
          'managerId', s.manager_id, 'joinedOn', s.joined_on, 'leftOn', s.left_on) order by s.id), '[]'::jsonb)
        from staff_members s) as staff,
       (select jsonb_agg(pe.policies order by pe.i) from periods pe) as policies,
       (select coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'staffId', c.staff_id,
          'checkerStaffId', c.checker_staff_id, 'date', c.date,
          'scored', case when exists (select 1 from periods pe where c.date between pe.period_from and pe.period_to)
            then jsonb_build_object('template', c.template, 'commendationPoints', c.commendation_points,
              'findings', (select coalesce(jsonb_agg(jsonb_build_object('item', f.item, 'severity', f.severity,
                  'points', f.points, 'reason', f.reason, 'rootCause', f.root_cause, 'status', f.status)
                  order by f.id), '[]'::jsonb)
                from findings f where f.check_id = c.id)) end) order by c.id), '[]'::jsonb)
        from checks c
        where c.date between req.window_from and req.window_to
          and c.staff_id in (select s.id from staff_members s where s.property_ids && req.property_ids::text[])
       ) as checks
     from req`,
    [
      pgArray(propertyIds),
      window.from,
      window.to,
      ...policyParams,
      pgArray(periods.map((p) => p.from)),
      pgArray(periods.map((p) => p.to)),
    ],
  );
  return {
    properties: row.properties,
    staff: row.staff,
    policies: (row.policies ?? []).map((v: Record<string, unknown>) => withPolicyDefaults(policyKeys, v)),
    checks: row.checks,
  };
}
