import { Field, ID, InputType } from 'type-graphql';
import { TicketKind, TicketStatus } from './ticket.enums';

/**
 * The fields every intake of a customer's matter starts with (repair, complaint, help); not a type of
 * its own in the schema (referenced by no field), its fields come first in each input that extends it.
 */
@InputType()
export class TicketIntakeInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field(() => ID, { description: 'The unit concerned (optional).', nullable: true })
  unitId?: string;
  @Field(() => ID, { description: 'The customer reporting (optional).', nullable: true })
  customerId?: string;
}

@InputType({
  description: 'Filters of the ticket list; every given field must match.',
})
export class TicketFilter {
  @Field(() => TicketKind, { description: 'Only tickets of this kind.', nullable: true })
  kind?: TicketKind;
  @Field(() => TicketStatus, { description: 'Only tickets in this status.', nullable: true })
  status?: TicketStatus;
  @Field(() => ID, { description: 'Only tickets of this property.', nullable: true })
  propertyId?: string;
  @Field(() => ID, {
    description: 'Only tickets dispatched to this staff member.',
    nullable: true,
  })
  assigneeId?: string;
  @Field(() => ID, { description: 'Only tickets of this customer.', nullable: true })
  customerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Tickets with a breached or past-due open deadline.' })
  overdue?: boolean;
  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date;
  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date;
}
