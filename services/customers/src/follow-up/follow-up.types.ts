import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CommunityEvent, CustomerFollowUp } from './follow-up.entity';

@ObjectType({ description: 'A community event with the follow-ups its sampled participants are owed.' })
export class CommunityEventView extends CommunityEvent {
  @Field(() => [CustomerFollowUp])
  followUps!: CustomerFollowUp[];
}

@ObjectType({ description: 'Follow-ups of one kind due in a period (R-VIS-2).' })
export class FollowUpCounts {
  @Field(() => Int)
  due!: number;
  @Field(() => Int)
  visited!: number;
  @Field(() => Int, { description: 'Made by their due date.' })
  onTime!: number;
  @Field(() => Int, { description: 'Past their due date and not made.' })
  overdue!: number;
  @Field(() => Float, { nullable: true, description: 'onTime ÷ due.' })
  onTimeRate!: number | null;
}

@ObjectType({ description: 'A property’s community-event and new-customer follow-ups due in a period.' })
export class FollowUpReport {
  @Field(() => [CustomerFollowUp])
  followUps!: CustomerFollowUp[];
  @Field(() => FollowUpCounts)
  events!: FollowUpCounts;
  @Field(() => FollowUpCounts)
  newCustomers!: FollowUpCounts;
}
