import { Field, InputType } from 'type-graphql';
import { ComplaintCategory, Severity } from '../ticket/ticket.enums';
import { TicketIntakeInput } from '../ticket/ticket.inputs';

@InputType({
  description:
    'R-TKT-8 intake: listen, ask, repeat, record clearly (what, where, who, when, expectation), report.',
})
export class FileComplaintInput extends TicketIntakeInput {
  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;
  @Field()
  description!: string;
  @Field(() => Severity, { nullable: true, description: 'MAJOR escalates to leadership at once.' })
  severity?: Severity;
  @Field(() => String, { nullable: true })
  what?: string;
  @Field(() => String, { nullable: true })
  where?: string;
  @Field(() => String, { nullable: true })
  who?: string;
  @Field(() => String, { nullable: true })
  when?: string;
  @Field(() => String, { nullable: true })
  expectation?: string;
  @Field(() => Boolean, { nullable: true, description: 'Anonymous complaints get no follow-up visit.' })
  anonymous?: boolean;
  @Field(() => Date, { nullable: true })
  calledAt?: Date;
}
