import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, FenScalar } from '@pm/graphql';
import { DepositKind } from './deposit.rules';

@InputType({ description: 'A deposit received for a unit.	某单元收取的押金。' })
export class RecordDepositInput {
  @Field(() => ID, { description: 'The unit.	单元。' })
  unitId!: string;
  @Field(() => ID, {
    description: 'The customer who paid (optional).	缴纳押金的客户（可选）。',
    nullable: true,
  })
  customerId?: string | null;
  @Field(() => DepositKind, { description: 'What the deposit secures.	押金类型。' })
  kind!: DepositKind;
  @Field(() => FenScalar, {
    description: 'Amount received, in fen (greater than 0).	收取金额，单位：分（大于 0）。',
  })
  amountFen!: number;
  @Field(() => DateScalar, { description: 'Day received (YYYY-MM-DD).	收取日期（YYYY-MM-DD）。' })
  receivedOn!: string;
}
