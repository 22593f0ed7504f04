import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a dunning run generated.	一次催缴运行的生成结果。' })
export class DunningResult {
  @Field(() => Int, { description: 'Dunning rounds generated.	生成的催缴轮次数。' })
  roundsCreated!: number;
  @Field(() => Int, { description: 'Bills that passed their last round and went on the enforcement list.' })
  enforcementListed!: number;
}
