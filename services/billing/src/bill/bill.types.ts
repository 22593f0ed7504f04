import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf, DateScalar, FenScalar } from '@pm/graphql';
import { Bill } from './bill.entity';

@ObjectType({ description: 'How a late fee was computed: Σ days × base × rate, rounded once.' })
export class LateFeeSegment {
  @Field(() => DateScalar, {
    description: 'First overdue day of the segment (YYYY-MM-DD).	该段首个逾期日（YYYY-MM-DD）。',
  })
  from!: string;
  @Field(() => DateScalar, {
    description: 'Last day of the segment, inclusive (YYYY-MM-DD).	该段最后一日，含当日（YYYY-MM-DD）。',
  })
  to!: string;
  @Field(() => Int, { description: 'Days in the segment.	该段天数。' })
  days!: number;
  @Field(() => FenScalar, {
    description: 'Overdue amount during the segment, in fen.	该段内的逾期金额，单位：分。',
  })
  baseFen!: number;
}

@ObjectType({
  description:
    'The late fee of a bill as of a date and how it was computed (see R-BIL-4 in docs/domain-rules.md).	某账单截至某日的滞纳金及其计算过程（见 docs/domain-rules.md 中的 R-BIL-4）。',
})
export class LateFeeExplanation {
  @Field(() => FenScalar, {
    description: 'The late fee, in fen, rounded once.	滞纳金，单位：分，只舍入一次。',
  })
  feeFen!: number;
  @Field({ description: 'Rate per day as an exact decimal, e.g. "0.0005".' })
  ratePerDay!: string;
  @Field({
    description:
      'Rounding rule applied once to the sum, e.g. HALF_UP.	对总和仅舍入一次所用规则，例如 HALF_UP。',
  })
  rounding!: string;
  @Field(() => [LateFeeSegment], {
    description:
      'Periods with a constant overdue base (payments split them).	逾期基数不变的各时间段（缴款会分割时间段）。',
  })
  segments!: LateFeeSegment[];
  @Field({
    description: "The computation in words, in the bill's language.	计算过程的文字说明，使用账单语言。",
  })
  text!: string;
}

export const BillConnection = connectionOf(Bill);
