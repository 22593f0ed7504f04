import { Field, ID, InputType } from 'type-graphql';
import { PatrolFindingKind } from '../ticket/ticket.enums';

@InputType()
export class PlanPatrolRoundInput {
  @Field(() => ID)
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD' })
  plannedFor!: string;
  @Field(() => [String], { description: 'Floors / plant rooms to check in at.' })
  checkpoints!: string[];
}

@InputType()
export class ReportPatrolFindingInput {
  @Field(() => ID)
  propertyId!: string;
  @Field(() => ID, { nullable: true })
  roundId?: string;
  @Field(() => PatrolFindingKind)
  kind!: PatrolFindingKind;
  @Field()
  description!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was found; default now. R-TKT-10 counts from it.',
  })
  foundAt?: Date;
}
