import { Field, ID, InputType } from 'type-graphql';
import { TicketKind, TicketStatus } from './ticket.enums';

/**
 * The fields every intake of a customer's matter starts with (repair, complaint, help); not a type of
 * its own in the schema (referenced by no field), its fields come first in each input that extends it.
 */
@InputType()
export class TicketIntakeInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field(() => ID, { description: 'The unit concerned (optional).	涉及的单元（可选）。', nullable: true })
  unitId?: string;
  @Field(() => ID, { description: 'The customer reporting (optional).	报告的客户（可选）。', nullable: true })
  customerId?: string;
}

@InputType({
  description:
    'Filters of the ticket list; every given field must match.	工单列表筛选条件；所填字段须全部匹配。',
})
export class TicketFilter {
  @Field(() => TicketKind, { description: 'Only tickets of this kind.	仅该类型的工单。', nullable: true })
  kind?: TicketKind;
  @Field(() => TicketStatus, { description: 'Only tickets in this status.	仅该状态的工单。', nullable: true })
  status?: TicketStatus;
  @Field(() => ID, { description: 'Only tickets of this property.	仅该项目的工单。', nullable: true })
  propertyId?: string;
  @Field(() => ID, {
    description: 'Only tickets dispatched to this staff member.	仅派给该员工的工单。',
    nullable: true,
  })
  assigneeId?: string;
  @Field(() => ID, { description: 'Only tickets of this customer.	仅该客户的工单。', nullable: true })
  customerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Tickets with a breached or past-due open deadline.' })
  overdue?: boolean;
  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date;
  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date;
}
