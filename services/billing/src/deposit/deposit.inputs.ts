import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';
import { DepositKind } from './deposit.rules';

@InputType()
export class RecordDepositInput {
  @Field(() => ID)
  unitId!: string;
  @Field(() => ID, { nullable: true })
  customerId?: string | null;
  @Field(() => DepositKind)
  kind!: DepositKind;
  @Field(() => FenScalar)
  amountFen!: number;
  @Field(() => DateScalar)
  receivedOn!: string;
}
