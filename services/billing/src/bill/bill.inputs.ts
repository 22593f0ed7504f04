import { Field, ID, InputType } from 'type-graphql';
import { BillStatus } from './bill.rules';

@InputType('BillFilter')
export class BillFilterInput {
  @Field(() => ID, { nullable: true })
  propertyId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => ID, { nullable: true })
  unitId?: string;
  @Field({ nullable: true })
  period?: string;
  @Field(() => BillStatus, { nullable: true })
  status?: BillStatus;
}
