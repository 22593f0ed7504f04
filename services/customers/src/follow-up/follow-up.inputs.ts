import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { FollowUpMethod } from './follow-up.entity';

@InputType()
export class RecordCommunityEventInput {
  @Field(() => ID)
  propertyId!: string;

  @Field()
  name!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  heldOn!: string;

  @Field(() => [ID], { description: 'Customers of the property who took part.' })
  participantIds!: string[];
}

@InputType()
export class RecordFollowUpVisitInput {
  @Field(() => ID)
  followUpId!: string;

  @Field(() => DateScalar, { description: 'Not after today (property time).' })
  visitedOn!: string;

  @Field(() => FollowUpMethod)
  method!: FollowUpMethod;

  @Field(() => Int)
  satisfaction!: number;

  @Field({ defaultValue: false, description: 'R-VIS-3: required on site.' })
  customerSigned!: boolean;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}
