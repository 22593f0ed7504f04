import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';
import { DepositKind } from './deposit.rules';

@InputType({ description: 'A deposit received for a unit.' })
export class RecordDepositInput {
  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;
  @Field(() => ID, {
    description: 'The customer who paid (optional).',
    nullable: true,
  })
  customerId?: string | null;
  @Field(() => DepositKind, { description: 'What the deposit secures.' })
  kind!: DepositKind;
  @Field(() => FenScalar, {
    description: 'Amount received, in fen (greater than 0).',
  })
  amountFen!: number;
  @Field(() => DateScalar, { description: 'Day received (YYYY-MM-DD).' })
  receivedOn!: string;
}
