import { Field, ID, InputType } from 'type-graphql';

@InputType({
  description:
    'A corrective action of the monthly complaint analysis (see R-TKT-15 in docs/domain-rules.md).',
})
export class AddCorrectiveActionInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'The analysed month, YYYY-MM.' })
  month!: string;
  @Field({ description: 'The problem and what is to be done (1–1000 characters).' })
  issue!: string;
  @Field(() => ID, { description: 'Staff member working on the property who owns it.' })
  ownerId!: string;
  @Field({ description: 'YYYY-MM-DD, today or later.' })
  deadline!: string;
}
