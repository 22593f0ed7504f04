import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RequestChannel } from './request.entity';

@ObjectType({ description: 'Requests received by one channel.' })
export class RequestChannelCount {
  @Field(() => RequestChannel, { description: 'The channel.' })
  channel!: RequestChannel;
  @Field(() => Int, { description: 'Requests by that channel.' })
  requests!: number;
}

@ObjectType({
  description: 'R-TKT-13: requests of a property received in a period and the share answered.',
})
export class RequestReplyRate {
  @Field({ description: 'First day, YYYY-MM-DD, property-local.' })
  from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD.' })
  to!: string;
  @Field(() => Int, { description: 'Requests received in the period.' })
  requests!: number;
  @Field(() => Int, { description: 'Of them, answered.' })
  answered!: number;
  @Field(() => Int, { description: 'Requests that became a ticket.' })
  ticketed!: number;
  @Field(() => Float, { nullable: true, description: 'answered / requests; null with no request.' })
  rate!: number | null;
  @Field(() => Float, { description: 'tickets.requestReplyRateMin.' })
  target!: number;
  @Field(() => Boolean, { nullable: true, description: 'rate ≥ target; null with no request.' })
  met!: boolean | null;
  @Field(() => [RequestChannelCount], { description: 'Requests per channel.' })
  byChannel!: RequestChannelCount[];
}
