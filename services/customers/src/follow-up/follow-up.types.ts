import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CommunityEvent, CustomerFollowUp } from './follow-up.entity';

@ObjectType({ description: 'A community event with the follow-ups its sampled participants are owed.' })
export class CommunityEventView extends CommunityEvent {
  @Field(() => [CustomerFollowUp], {
    description:
      'Follow-up visits owed to the sampled participants (R-VIS-2 share), due within the policy period.',
  })
  followUps!: CustomerFollowUp[];
}

@ObjectType({ description: 'Follow-ups of one kind due in a period (R-VIS-2).' })
export class FollowUpCounts {
  @Field(() => Int, { description: 'Follow-ups due in the period.' })
  due!: number;
  @Field(() => Int, { description: 'Of those, visits made (on time or late).' })
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
  @Field(() => [CustomerFollowUp], { description: 'The follow-ups due in the period, of both kinds.' })
  followUps!: CustomerFollowUp[];
  @Field(() => FollowUpCounts, { description: 'Community-event follow-ups (社区活动回访).' })
  events!: FollowUpCounts;
  @Field(() => FollowUpCounts, { description: 'New-customer follow-ups (入伙回访).' })
  newCustomers!: FollowUpCounts;
}
