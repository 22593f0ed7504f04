import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';

@InputType({ description: 'An access card (门禁卡) to issue (see R-CUS-8 in docs/domain-rules.md).' })
export class IssueAccessCardInput {
  @Field(() => ID, { description: 'The occupancy of the unit the card opens.' })
  occupancyId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The holder: the occupancy’s customer when omitted, or a lessee the owner sublets to.',
  })
  customerId?: string | null;

  @Field({ description: 'Number printed on the card; unique per property among cards not returned.' })
  cardNumber!: string;

  @Field(() => DateScalar, { description: 'Day issued (YYYY-MM-DD).' })
  issuedOn!: string;
}
