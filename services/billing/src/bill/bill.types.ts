import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf, DateScalar, FenScalar } from '@pm/graphql';
import { Bill } from './bill.entity';

@ObjectType({ description: 'How a late fee was computed: Σ days × base × rate, rounded once.' })
export class LateFeeSegment {
  @Field(() => DateScalar, {
    description: 'First overdue day of the segment (YYYY-MM-DD).',
  })
  from!: string;
  @Field(() => DateScalar, {
    description: 'Last day of the segment, inclusive (YYYY-MM-DD).',
  })
  to!: string;
  @Field(() => Int, { description: 'Days in the segment.' })
  days!: number;
  @Field(() => FenScalar, {
    description: 'Overdue amount during the segment, in fen.',
  })
  baseFen!: number;
}

@ObjectType({
  description:
    'The late fee of a bill as of a date and how it was computed (see R-BIL-4 in docs/domain-rules.md).',
})
export class LateFeeExplanation {
  @Field(() => FenScalar, {
    description: 'The late fee, in fen, rounded once.',
  })
  feeFen!: number;
  @Field({ description: 'Rate per day as an exact decimal, e.g. "0.0005".' })
  ratePerDay!: string;
  @Field({
    description: 'Rounding rule applied once to the sum, e.g. HALF_UP.',
  })
  rounding!: string;
  @Field(() => [LateFeeSegment], {
    description: 'Periods with a constant overdue base (payments split them).',
  })
  segments!: LateFeeSegment[];
  @Field({
    description: "The computation in words, in the bill's language.",
  })
  text!: string;
}

export const BillConnection = connectionOf(Bill);
