import { Directive, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { addPeriods, isPeriod } from '@pm/time';
import { validationFailed } from './errors';

export enum KpiComparison {
  AT_LEAST = 'AT_LEAST',
  AT_MOST = 'AT_MOST',
  BELOW = 'BELOW',
}

registerEnumType(KpiComparison, {
  name: 'KpiComparison',
  description: 'How a KPI value is held against its target: ≥ target, ≤ target, or strictly below it.',
  valuesConfig: {
    AT_LEAST: { description: 'Met when value ≥ target (rates to reach, e.g. collection).' },
    AT_MOST: { description: 'Met when value ≤ target (rates to keep down, e.g. churn).' },
    BELOW: { description: 'Met when value < target (e.g. the data error rate).' },
  },
});

/** Several subgraphs answer KPIs, each with the same shape: federation must know it is shared. */
@Directive('@shareable')
@ObjectType({ description: "A KPI held against its target from the company's policy (R-KPI-1…9)." })
export class KpiMeasure {
  @Field({ description: 'The rule measured, e.g. R-KPI-2.' })
  rule!: string;

  @Field({ description: 'The policy key the target is read from, e.g. kpi.resolutionRateMin.' })
  targetKey!: string;

  @Field(() => Float, { nullable: true, description: 'Null when there was nothing to measure.' })
  value!: number | null;

  @Field(() => Float, {
    description: "The target in force for the property (company value or the property's own).",
  })
  target!: number;

  @Field(() => KpiComparison, {
    description: 'Whether the value must be at least (AT_LEAST) or at most (AT_MOST) the target.',
  })
  comparison!: KpiComparison;

  @Field(() => Boolean, { nullable: true, description: 'Null when value is null.' })
  met!: boolean | null;
}

const MET: Record<KpiComparison, (value: number, target: number) => boolean> = {
  AT_LEAST: (v, t) => v >= t,
  AT_MOST: (v, t) => v <= t,
  BELOW: (v, t) => v < t,
};

/** A value against its target; nothing measured is neither met nor missed. */
export function kpiMeasure(
  rule: string,
  targetKey: string,
  comparison: KpiComparison,
  value: number | null,
  target: number,
): KpiMeasure {
  return {
    rule,
    targetKey,
    comparison,
    value,
    target,
    met: value === null ? null : MET[comparison](value, target),
  };
}

/** A trend is for charts: two years of months at the most. */
export const MAX_TREND_MONTHS = 24;

/** The months from `from` to `to` (YYYY-MM, both included); VALIDATION_FAILED when malformed or too long. */
export function kpiMonths(from: string, to: string): string[] {
  if (!isPeriod(from) || !isPeriod(to))
    throw validationFailed('period is YYYY-MM', [
      { field: isPeriod(from) ? 'to' : 'period', message: 'YYYY-MM' },
    ]);
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_TREND_MONTHS; m = addPeriods(m, 1)) months.push(m);
  if (!months.length || months.length > MAX_TREND_MONTHS)
    throw validationFailed(`from..to must be 1 to ${MAX_TREND_MONTHS} months`, [
      { field: 'to', message: `1 to ${MAX_TREND_MONTHS} months from \`from\`` },
    ]);
  return months;
}

/** `__resolveReference` of the company's KPIs (keyed by period): a malformed one resolves to nothing. */
export const resolveCompanyKpisReference = (ref: Record<string, unknown>): { period: string } | null =>
  typeof ref.period === 'string' && isPeriod(ref.period) ? { period: ref.period } : null;
