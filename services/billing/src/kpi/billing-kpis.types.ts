import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FenScalar, KpiMeasure } from '@pm/graphql';

@ObjectType({
  description: 'Customers and overdue fen of one arrears stage.',
})
export class ArrearsByStage {
  @Field({
    description: 'The stage, an ArrearsStage value (OVERDUE, ARREARS, MEDIATION, PUBLIC_LISTING, LEGAL).',
  })
  stage!: string;
  @Field(() => Int, { description: 'Customers in this stage.' })
  customers!: number;
  @Field(() => FenScalar, { description: 'Their overdue amount, in fen.' })
  overdueFen!: number;
}

@ObjectType({ description: 'R-KPI-8 fee collection for a period, with the counts it was computed from.' })
export class BillingKpis {
  @Field({ description: 'Month, YYYY-MM.' })
  period!: string;
  @Field(() => FenScalar, {
    description: "Total of the month's bills, in fen (1 yuan = 100 fen).",
  })
  billedFen!: number;
  @Field(() => FenScalar, {
    description: 'Paid of those bills so far, in fen.',
  })
  collectedFen!: number;
  @Field(() => Int, { description: 'Bills of the month.' })
  bills!: number;
  @Field(() => Int, { description: 'Bills of the month paid in full.' })
  paidBills!: number;
  @Field(() => Float, { description: 'collectedFen / billedFen in [0, 1] (0 when nothing was billed).' })
  collectionRate!: number;
  @Field(() => Float, { description: 'Policy target (kpi.feeCollectionRateMin).' })
  target!: number;
  @Field(() => KpiMeasure, { description: 'R-KPI-8: collectionRate against kpi.feeCollectionRateMin.' })
  collection!: KpiMeasure;
  @Field(() => FenScalar, { description: 'Overdue fen of the property as of today.' })
  arrearsFen!: number;
  @Field(() => DateScalar, {
    description: "The day arrearsFen is computed for (today in the property's time zone).",
  })
  arrearsAsOf!: string;
  @Field(() => [ArrearsByStage], {
    description: 'Arrears split by ageing stage (see R-BIL-7 in docs/domain-rules.md).',
  })
  arrearsByStage!: ArrearsByStage[];
}
