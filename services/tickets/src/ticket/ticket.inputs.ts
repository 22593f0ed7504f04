import { Field, ID, InputType } from 'type-graphql';
import { TicketKind, TicketStatus } from './ticket.enums';

/**
 * The fields every intake of a customer's matter starts with (repair, complaint, help); not a type of
 * its own in the schema (referenced by no field), its fields come first in each input that extends it.
 */
@InputType()
export class TicketIntakeInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID, { nullable: true })
  unitId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
}

@InputType()
export class TicketFilter {
  @Field(() => TicketKind, { nullable: true })
  kind?: TicketKind;
  @Field(() => TicketStatus, { nullable: true })
  status?: TicketStatus;
  @Field(() => ID, { nullable: true })
  propertyId?: string;
  @Field(() => ID, { nullable: true })
  assigneeId?: string;
  @Field(() => ID, { nullable: true })
  customerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Tickets with a breached or past-due open deadline.' })
  overdue?: boolean;
  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date;
  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date;
}
