import { Field, ID, InputType } from 'type-graphql';
import { BillStatus } from './bill.rules';

@InputType('BillFilter', {
  description:
    'Filters of the bill list; every given field must match.	账单列表筛选条件；所填字段须全部匹配。',
})
export class BillFilterInput {
  @Field(() => ID, { description: 'Only bills of this property.	仅该项目的账单。', nullable: true })
  propertyId?: string;
  @Field(() => ID, { description: 'Only bills of this customer.	仅该客户的账单。', nullable: true })
  customerId?: string;
  @Field(() => ID, { description: 'Only bills of this unit.	仅该单元的账单。', nullable: true })
  unitId?: string;
  @Field({ description: 'Only bills of this month, YYYY-MM.	仅该月份（YYYY-MM）的账单。', nullable: true })
  period?: string;
  @Field(() => BillStatus, { description: 'Only bills in this status.	仅该状态的账单。', nullable: true })
  status?: BillStatus;
}
