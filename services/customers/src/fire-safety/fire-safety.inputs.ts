import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'R-CUS-9: what a fire-safety inspection found in a unit.' })
export class FireSafetyFindingInput {
  @Field(() => ID, { description: 'The open inspection.' })
  inspectionId!: string;

  @Field(() => ID, { description: 'A unit of the inspected property.' })
  unitId!: string;

  @Field({ description: 'What was found.' })
  description!: string;

  @Field({
    description:
      'Whether it must be put right: a rectification letter (整改通知) to the unit’s customer is drafted.',
  })
  needsRectification!: boolean;
}
