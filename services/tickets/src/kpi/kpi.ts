import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { isPeriod, periodInstants } from '@pm/time';

const rate = (n: number, d: number) => (d ? n / d : null);

@ObjectType({ description: 'R-VIS-2 visit rates of tickets closed in the period.' })
export class VisitRates {
  @Field(() => Int)
  complaintsClosed!: number;
  @Field(() => Int)
  complaintsVisited!: number;
  @Field(() => Float, { nullable: true, description: 'Target ≥ 0.5.' })
  complaintRate!: number | null;
  @Field(() => Int)
  repairsClosed!: number;
  @Field(() => Int)
  repairsVisited!: number;
  @Field(() => Float, { nullable: true, description: 'Target ≥ 0.3.' })
  repairRate!: number | null;
}

/** Monthly service KPIs of one property (R-KPI-1/2/3/6/7, R-VIS-5); null rate = nothing to measure. */
@ObjectType()
export class ServiceKpis {
  @Field()
  period!: string;
  @Field(() => Int, {
    description: 'Customer tickets (repair, complaint, help) created in the period, merged ones excluded.',
  })
  tickets!: number;
  @Field(() => Int)
  resolved!: number;
  @Field(() => Float, { nullable: true, description: 'R-KPI-2: resolved ÷ tickets.' })
  resolutionRate!: number | null;
  @Field(() => Int)
  responsesDue!: number;
  @Field(() => Int)
  respondedInTime!: number;
  @Field(() => Float, { nullable: true, description: 'R-KPI-1: first response within the policy hours.' })
  responseWithin24hRate!: number | null;
  @Field(() => Int)
  complaints!: number;
  @Field(() => Int)
  timelyComplaints!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-6: complaints completed with no breached deadline ÷ complaints.',
  })
  timelyRate!: number | null;
  @Field(() => VisitRates)
  visitRates!: VisitRates;
  @Field(() => Int)
  visitTasksSampled!: number;
  @Field(() => Int)
  visitTasksDone!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-7: sampled visit tasks with an outcome ÷ sampled.',
  })
  followUpHandlingRate!: number | null;
  @Field(() => Int)
  satisfactionCount!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'R-KPI-3: mean satisfaction (1–5) of visits recorded in the period.',
  })
  satisfactionMean!: number | null;
}

export async function serviceKpis(
  em: EntityManager,
  propertyId: string,
  period: string,
  tz: string,
): Promise<ServiceKpis | null> {
  if (!isPeriod(period)) return null;
  const { from, to } = periodInstants(period, tz);
  const [t] = await em.execute(
    `select
       count(*) filter (where kind <> 'PATROL_FINDING' and status <> 'MERGED')::int as tickets,
       count(*) filter (where kind <> 'PATROL_FINDING' and status = 'COMPLETED')::int as resolved,
       count(*) filter (where kind = 'COMPLAINT' and status <> 'MERGED')::int as complaints,
       count(*) filter (where kind = 'COMPLAINT' and status = 'COMPLETED' and not exists
         (select 1 from sla_deadlines d where d.ticket_id = t.id and d.state = 'BREACHED'))::int as timely
     from tickets t where property_id = ? and created_at >= ? and created_at < ?`,
    [propertyId, from, to],
  );
  const [r] = await em.execute(
    `select count(*)::int as due, count(*) filter (where d.state = 'MET')::int as met
       from sla_deadlines d join tickets t on t.id = d.ticket_id
      where d.kind = 'FIRST_RESPONSE' and t.status <> 'MERGED' and t.property_id = ? and t.created_at >= ? and t.created_at < ?`,
    [propertyId, from, to],
  );
  const [v] = await em.execute(
    `select
       count(*) filter (where t.kind = 'COMPLAINT')::int as complaints_closed,
       count(*) filter (where t.kind = 'COMPLAINT' and vt.visits_count > 0)::int as complaints_visited,
       count(*) filter (where t.kind = 'REPAIR')::int as repairs_closed,
       count(*) filter (where t.kind = 'REPAIR' and vt.visits_count > 0)::int as repairs_visited,
       count(*) filter (where vt.selected)::int as sampled,
       count(*) filter (where vt.selected and vt.status = 'DONE')::int as done
     from visit_tasks vt join tickets t on t.id = vt.ticket_id
     where vt.property_id = ? and vt.created_at >= ? and vt.created_at < ?`,
    [propertyId, from, to],
  );
  const [s] = await em.execute(
    `select count(*)::int as n, avg(satisfaction)::float as mean from visits
      where property_id = ? and recorded_at >= ? and recorded_at < ?`,
    [propertyId, from, to],
  );
  return {
    period,
    tickets: t.tickets,
    resolved: t.resolved,
    resolutionRate: rate(t.resolved, t.tickets),
    responsesDue: r.due,
    respondedInTime: r.met,
    responseWithin24hRate: rate(r.met, r.due),
    complaints: t.complaints,
    timelyComplaints: t.timely,
    timelyRate: rate(t.timely, t.complaints),
    visitRates: {
      complaintsClosed: v.complaints_closed,
      complaintsVisited: v.complaints_visited,
      complaintRate: rate(v.complaints_visited, v.complaints_closed),
      repairsClosed: v.repairs_closed,
      repairsVisited: v.repairs_visited,
      repairRate: rate(v.repairs_visited, v.repairs_closed),
    },
    visitTasksSampled: v.sampled,
    visitTasksDone: v.done,
    followUpHandlingRate: rate(v.done, v.sampled),
    satisfactionCount: s.n,
    satisfactionMean: s.n ? s.mean : null,
  };
}
