import { Field, ID, InputType } from 'type-graphql';
import { RequestChannel } from './request.entity';

@InputType()
export class LogRequestInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => RequestChannel)
  channel!: RequestChannel;
  @Field({ description: 'What was asked (1–2000 characters).' })
  content!: string;
  @Field(() => ID, { nullable: true })
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

@InputType()
export class AnswerRequestInput {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'The reply or result given to the customer (1–2000 characters).' })
  outcome!: string;
  @Field(() => ID, { nullable: true, description: 'The ticket it became, of the same property.' })
  ticketId?: string;
}
