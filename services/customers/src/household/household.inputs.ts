import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType({
  description: 'A member joining an occupancy’s household (see R-CUS-8 in docs/domain-rules.md).',
})
export class AddHouseholdMemberInput {
  @Field(() => ID, { description: 'The occupancy (customer and unit).' })
  occupancyId!: string;

  @Field({ description: 'Name of the member.' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. 配偶, 子女, 父母.' })
  relation!: string;

  @Field(() => String, { nullable: true, description: 'Phone, kept encrypted and shown masked.' })
  phone?: string | null;

  @Field(() => DateScalar, { description: 'First day in the household (YYYY-MM-DD).' })
  since!: string;
}
