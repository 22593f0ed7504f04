import { Field, Float, Int, ObjectType } from 'type-graphql';
import { VisitCounts, VisitTaskCounts } from './visit.queries';

@ObjectType({ description: 'Follow-up visits of closed tickets of one kind in the report window (R-VIS-2).' })
export class VisitKindStatistics {
  @Field({ description: 'COMPLAINT or REPAIR: the kind of the closed ticket.' })
  kind!: string;
  @Field(() => Int, { description: 'Tickets closed in the window that were considered for a visit.' })
  closed!: number;
  @Field(() => Int, { description: 'Drawn into the visit sample.' })
  sampled!: number;
  @Field(() => Int, { description: 'Visited at least once.' })
  visited!: number;
  @Field(() => Int, { description: 'Sampled tasks with an outcome.' })
  done!: number;
  @Field(() => Int, { description: 'Due date passed without a visit.' })
  missed!: number;
  @Field(() => Int, { description: 'Still to be visited, or with an issue still open (R-VIS-4).' })
  open!: number;
  @Field(() => Float, { nullable: true, description: 'visited / closed; null with nothing closed.' })
  rate!: number | null;
  @Field(() => Float, {
    description: 'The minimum share from policy (visits.complaintSampleRate / visits.repairSampleRate).',
  })
  target!: number;
  @Field(() => Boolean, { nullable: true, description: 'rate ≥ target; null with nothing closed.' })
  met!: boolean | null;
}

@ObjectType({ description: 'Visits made by one method.' })
export class VisitMethodCount {
  @Field({ description: 'PHONE or ON_SITE.' })
  method!: string;
  @Field(() => Int, { description: 'Visits made by that method.' })
  visits!: number;
}

@ObjectType({
  description:
    'Visit statistics of a property for leadership (回访统计, R-VIS-5), months in the property’s zone.',
})
export class VisitStatistics {
  @Field({ description: 'First month, YYYY-MM.' })
  from!: string;
  @Field({ description: 'Last month, YYYY-MM.' })
  to!: string;
  @Field({ description: 'How often the company reports them (policy visits.statisticsReportFrequency).' })
  frequency!: string;
  @Field(() => [VisitKindStatistics], {
    description: 'Visits of closed complaints and repairs, per kind.',
  })
  byKind!: VisitKindStatistics[];
  @Field(() => [VisitMethodCount], {
    description: 'Visits by method (phone or on site).',
  })
  byMethod!: VisitMethodCount[];
  @Field(() => Int, { description: 'Visits recorded in the window.' })
  visits!: number;
  @Field(() => [Int], { description: 'Visits per satisfaction score 1..5.' })
  satisfactionCounts!: number[];
  @Field(() => Float, {
    description: 'Mean satisfaction (1–5) of those visits; null with none.',
    nullable: true,
  })
  satisfactionMean!: number | null;
  @Field(() => Int, {
    description: 'On-site visits without the customer’s signature (R-VIS-3); should be 0.',
  })
  onSiteUnsigned!: number;
}

/** The report from the counts and the sample-rate targets in force (pure, unit-tested). */
export function visitStatistics(
  window: { from: string; to: string; frequency: string },
  tasks: VisitTaskCounts[],
  visits: VisitCounts[],
  targets: Record<string, number>,
): VisitStatistics {
  const byKind = Object.keys(targets).map((kind) => {
    const t = tasks.find((x) => x.kind === kind) ?? {
      kind,
      closed: 0,
      sampled: 0,
      visited: 0,
      done: 0,
      missed: 0,
      open: 0,
    };
    const rate = t.closed ? t.visited / t.closed : null;
    return { ...t, rate, target: targets[kind], met: rate === null ? null : rate >= targets[kind] };
  });
  const byMethod = ['PHONE', 'ON_SITE'].map((method) => ({
    method,
    visits: visits.filter((v) => v.method === method).reduce((s, v) => s + v.visits, 0),
  }));
  const satisfactionCounts = [1, 2, 3, 4, 5].map((score) =>
    visits.filter((v) => v.satisfaction === score).reduce((s, v) => s + v.visits, 0),
  );
  const total = satisfactionCounts.reduce((s, n) => s + n, 0);
  const sum = satisfactionCounts.reduce((s, n, i) => s + n * (i + 1), 0);
  return {
    ...window,
    byKind,
    byMethod,
    visits: total,
    satisfactionCounts,
    satisfactionMean: total ? Math.round((sum / total) * 100) / 100 : null,
    onSiteUnsigned: visits.reduce((s, v) => s + v.unsigned, 0),
  };
}
