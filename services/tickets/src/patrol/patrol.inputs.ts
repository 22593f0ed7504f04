import { Field, ID, InputType } from 'type-graphql';
import { PatrolFindingKind } from '../ticket/ticket.enums';

@InputType({ description: 'A patrol round to plan.' })
export class PlanPatrolRoundInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD' })
  plannedFor!: string;
  @Field(() => [String], { description: 'Floors / plant rooms to check in at.' })
  checkpoints!: string[];
}

@InputType({
  description: 'Something found on a patrol (see R-TKT-10 in docs/domain-rules.md).',
})
export class ReportPatrolFindingInput {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field(() => ID, {
    description: 'The round it was found on (optional).',
    nullable: true,
  })
  roundId?: string;
  @Field(() => PatrolFindingKind, {
    description: 'Fault, door or renovation violation.',
  })
  kind!: PatrolFindingKind;
  @Field({ description: 'What was found (1–2000 characters).' })
  description!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was found; default now. R-TKT-10 counts from it.',
  })
  foundAt?: Date;
}
