import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FenScalar, KpiMeasure } from '@pm/graphql';

@ObjectType()
export class ArrearsByStage {
  @Field()
  stage!: string;
  @Field(() => Int)
  customers!: number;
  @Field(() => FenScalar)
  overdueFen!: number;
}

@ObjectType({ description: 'R-KPI-8 fee collection for a period, with the counts it was computed from.' })
export class BillingKpis {
  @Field()
  period!: string;
  @Field(() => FenScalar)
  billedFen!: number;
  @Field(() => FenScalar)
  collectedFen!: number;
  @Field(() => Int)
  bills!: number;
  @Field(() => Int)
  paidBills!: number;
  @Field(() => Float, { description: 'collectedFen / billedFen in [0, 1] (0 when nothing was billed).' })
  collectionRate!: number;
  @Field(() => Float, { description: 'Policy target (kpi.feeCollectionRateMin).' })
  target!: number;
  @Field(() => KpiMeasure, { description: 'R-KPI-8: collectionRate against kpi.feeCollectionRateMin.' })
  collection!: KpiMeasure;
  @Field(() => FenScalar, { description: 'Overdue fen of the property as of today.' })
  arrearsFen!: number;
  @Field(() => DateScalar)
  arrearsAsOf!: string;
  @Field(() => [ArrearsByStage])
  arrearsByStage!: ArrearsByStage[];
}
