import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf, DateScalar, FenScalar } from '@pm/graphql';
import { Bill } from './bill.entity';

@ObjectType({ description: 'How a late fee was computed: Σ days × base × rate, rounded once.' })
export class LateFeeSegment {
  @Field(() => DateScalar)
  from!: string;
  @Field(() => DateScalar)
  to!: string;
  @Field(() => Int)
  days!: number;
  @Field(() => FenScalar)
  baseFen!: number;
}

@ObjectType()
export class LateFeeExplanation {
  @Field(() => FenScalar)
  feeFen!: number;
  @Field({ description: 'Rate per day as an exact decimal, e.g. "0.0005".' })
  ratePerDay!: string;
  @Field()
  rounding!: string;
  @Field(() => [LateFeeSegment])
  segments!: LateFeeSegment[];
  @Field()
  text!: string;
}

export const BillConnection = connectionOf(Bill);
