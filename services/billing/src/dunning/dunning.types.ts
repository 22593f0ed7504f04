import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class DunningResult {
  @Field(() => Int)
  roundsCreated!: number;
  @Field(() => Int, { description: 'Bills that passed their last round and went on the enforcement list.' })
  enforcementListed!: number;
}
