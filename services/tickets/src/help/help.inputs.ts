import { Field, InputType } from 'type-graphql';
import { HelpCategory } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType()
export class RequestHelpInput extends TicketIntakeInput {
  @Field(() => HelpCategory)
  category!: HelpCategory;
  @Field()
  description!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Answered at once by the staff member taking it; otherwise escalated with a 10-minute answer deadline (R-TKT-9).',
  })
  answered?: boolean;
  @Field(() => Date, { nullable: true })
  calledAt?: Date;
}
