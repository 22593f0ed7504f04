import { Field, ID, InputType } from 'type-graphql';
import { BillStatus } from './bill.rules';

@InputType('BillFilter', {
  description: 'Filters of the bill list; every given field must match.',
})
export class BillFilterInput {
  @Field(() => ID, { description: 'Only bills of this property.', nullable: true })
  propertyId?: string;
  @Field(() => ID, { description: 'Only bills of this customer.', nullable: true })
  customerId?: string;
  @Field(() => ID, { description: 'Only bills of this unit.', nullable: true })
  unitId?: string;
  @Field({ description: 'Only bills of this month, YYYY-MM.', nullable: true })
  period?: string;
  @Field(() => BillStatus, { description: 'Only bills in this status.', nullable: true })
  status?: BillStatus;
  @Field(() => Boolean, {
    description:
      'True: only bills not paid in full (ISSUED, PARTIALLY_PAID), as R-KPI-8 counts them; false: only PAID.',
    nullable: true,
  })
  unpaid?: boolean;
}
