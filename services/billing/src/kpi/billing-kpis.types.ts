import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FenScalar, KpiMeasure } from '@pm/graphql';

@ObjectType({
  description: 'Customers and overdue fen of one arrears stage.	某一欠费阶段的客户数与逾期金额（分）。',
})
export class ArrearsByStage {
  @Field({
    description:
      'The stage, an ArrearsStage value (OVERDUE, ARREARS, MEDIATION, PUBLIC_LISTING, LEGAL).	阶段，取 ArrearsStage 的值（OVERDUE、ARREARS、MEDIATION、PUBLIC_LISTING、LEGAL）。',
  })
  stage!: string;
  @Field(() => Int, { description: 'Customers in this stage.	处于该阶段的客户数。' })
  customers!: number;
  @Field(() => FenScalar, { description: 'Their overdue amount, in fen.	其逾期金额，单位：分。' })
  overdueFen!: number;
}

@ObjectType({ description: 'R-KPI-8 fee collection for a period, with the counts it was computed from.' })
export class BillingKpis {
  @Field({ description: 'Month, YYYY-MM.	月份，YYYY-MM。' })
  period!: string;
  @Field(() => FenScalar, {
    description:
      "Total of the month's bills, in fen (1 yuan = 100 fen).	当月账单合计，单位：分（1 元 = 100 分）。",
  })
  billedFen!: number;
  @Field(() => FenScalar, {
    description: 'Paid of those bills so far, in fen.	这些账单迄今已收金额，单位：分。',
  })
  collectedFen!: number;
  @Field(() => Int, { description: 'Bills of the month.	当月账单数。' })
  bills!: number;
  @Field(() => Int, { description: 'Bills of the month paid in full.	当月已全额缴清的账单数。' })
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
    description:
      "The day arrearsFen is computed for (today in the property's time zone).	计算 arrearsFen 的日期（项目时区的今天）。",
  })
  arrearsAsOf!: string;
  @Field(() => [ArrearsByStage], {
    description:
      'Arrears split by ageing stage (see R-BIL-7 in docs/domain-rules.md).	按账龄阶段划分的欠费（见 docs/domain-rules.md 中的 R-BIL-7）。',
  })
  arrearsByStage!: ArrearsByStage[];
}
