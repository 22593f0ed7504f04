import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { DepositKind } from './deposit.rules';

@InputType()
export class RecordDepositInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID, { nullable: true })
  customerId?: string | null;
  @Field(() => DepositKind)
  kind!: DepositKind;
  @Field(() => Int)
  amountFen!: number;
  @Field(() => DateScalar)
  receivedOn!: string;
}
