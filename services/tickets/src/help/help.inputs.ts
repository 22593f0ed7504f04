import { Field, InputType } from 'type-graphql';
import { HelpCategory } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType({
  description: 'A help request (求助) (see R-TKT-9 in docs/domain-rules.md).',
})
export class RequestHelpInput extends TicketIntakeInput {
  @Field(() => HelpCategory, { description: 'Kind of help asked for.' })
  category!: HelpCategory;
  @Field({ description: 'What is asked (1–2000 characters).' })
  description!: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Answered at once by the staff member taking it; otherwise escalated with a 10-minute answer deadline (R-TKT-9).',
  })
  answered?: boolean;
  @Field(() => Date, {
    description: 'When the customer called; default now.',
    nullable: true,
  })
  calledAt?: Date;
}
