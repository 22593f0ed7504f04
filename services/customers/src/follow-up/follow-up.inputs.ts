import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { FollowUpMethod } from './follow-up.entity';

@InputType({ description: 'R-VIS-2: a community event (社区活动) held at a property and who took part.' })
export class RecordCommunityEventInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;

  @Field({ description: 'Name of the event, 1–200 characters.' })
  name!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  heldOn!: string;

  @Field(() => [ID], { description: 'Customers of the property who took part.' })
  participantIds!: string[];
}

@InputType({ description: 'R-VIS-2, R-VIS-3: a community-event or new-customer follow-up visit made.' })
export class RecordFollowUpVisitInput {
  @Field(() => ID, { description: 'The follow-up (CustomerFollowUp.id) visited.' })
  followUpId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  visitedOn!: string;

  @Field(() => FollowUpMethod, { description: 'R-VIS-3: by phone or on site.' })
  method!: FollowUpMethod;

  @Field(() => Int, { description: 'Satisfaction 1–5.' })
  satisfaction!: number;

  @Field({ defaultValue: false, description: 'R-VIS-3: required on site.' })
  customerSigned!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the customer said (回访记录), at most 2000 characters.',
  })
  notes?: string | null;
}
