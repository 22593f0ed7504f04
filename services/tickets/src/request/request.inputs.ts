import { Field, ID, InputType } from 'type-graphql';
import { RequestChannel } from './request.entity';

@InputType({
  description: 'A customer request for the register (see R-TKT-13 in docs/domain-rules.md).',
})
export class LogRequestInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field(() => RequestChannel, { description: 'How it came in.' })
  channel!: RequestChannel;
  @Field({ description: 'What was asked (1–2000 characters).' })
  content!: string;
  @Field(() => ID, {
    description: 'The customer who asked (optional).',
    nullable: true,
  })
  customerId?: string;
  @Field(() => String, { nullable: true, description: 'Who asked, when not a known customer.' })
  requester?: string;
  @Field(() => Date, { nullable: true, description: 'When it came in; default now, at most 7 days back.' })
  receivedAt?: Date;
  @Field(() => ID, {
    nullable: true,
    description: 'Staff member who handles it (working on the property); default the caller.',
  })
  handlerId?: string;
  @Field(() => ID, { nullable: true, description: 'The ticket it became, of the same property.' })
  ticketId?: string;
  @Field(() => String, { nullable: true, description: 'Answered at once: the outcome.' })
  outcome?: string;
}

@InputType({ description: 'The outcome of an open request.' })
export class AnswerRequestInput {
  @Field(() => ID, { description: 'Id of the request.' })
  id!: string;
  @Field({ description: 'The reply or result given to the customer (1–2000 characters).' })
  outcome!: string;
  @Field(() => ID, { nullable: true, description: 'The ticket it became, of the same property.' })
  ticketId?: string;
}
