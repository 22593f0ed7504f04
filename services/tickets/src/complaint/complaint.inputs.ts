import { Field, InputType } from 'type-graphql';
import { ComplaintCategory, Severity } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType({
  description:
    'R-TKT-8 intake: listen, ask, repeat, record clearly (what, where, who, when, expectation), report.',
})
export class FileComplaintInput extends TicketIntakeInput {
  @Field(() => ComplaintCategory, {
    description: 'What the complaint is about; decides the department.',
  })
  category!: ComplaintCategory;
  @Field({ description: 'The complaint (1–2000 characters).' })
  description!: string;
  @Field(() => Severity, { nullable: true, description: 'MAJOR escalates to leadership at once.' })
  severity?: Severity;
  @Field(() => String, { description: 'What happened.', nullable: true })
  what?: string;
  @Field(() => String, { description: 'Where.', nullable: true })
  where?: string;
  @Field(() => String, { description: 'Who is involved.', nullable: true })
  who?: string;
  @Field(() => String, { description: 'When it happened, as told.', nullable: true })
  when?: string;
  @Field(() => String, { description: 'What the customer expects.', nullable: true })
  expectation?: string;
  @Field(() => Boolean, { nullable: true, description: 'Anonymous complaints get no follow-up visit.' })
  anonymous?: boolean;
  @Field(() => Date, {
    description: 'When the customer called; default now.',
    nullable: true,
  })
  calledAt?: Date;
}
