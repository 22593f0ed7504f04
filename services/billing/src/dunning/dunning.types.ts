import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a dunning run generated.' })
export class DunningResult {
  @Field(() => Int, { description: 'Dunning rounds generated.' })
  roundsCreated!: number;
  @Field(() => Int, { description: 'Bills that passed their last round and went on the enforcement list.' })
  enforcementListed!: number;
}
