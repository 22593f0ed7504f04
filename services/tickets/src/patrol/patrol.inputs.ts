import { Field, ID, InputType } from 'type-graphql';
import { PatrolFindingKind } from '../ticket/ticket.enums';

@InputType({ description: 'A patrol round to plan.	计划的巡查轮次。' })
export class PlanPatrolRoundInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD' })
  plannedFor!: string;
  @Field(() => [String], { description: 'Floors / plant rooms to check in at.' })
  checkpoints!: string[];
}

@InputType({
  description:
    'Something found on a patrol (see R-TKT-10 in docs/domain-rules.md).	巡查中的发现（见 docs/domain-rules.md 中的 R-TKT-10）。',
})
export class ReportPatrolFindingInput {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field(() => ID, {
    description: 'The round it was found on (optional).	发现问题的巡查轮次（可选）。',
    nullable: true,
  })
  roundId?: string;
  @Field(() => PatrolFindingKind, {
    description: 'Fault, door or renovation violation.	设施故障、门未关或违章装修。',
  })
  kind!: PatrolFindingKind;
  @Field({ description: 'What was found (1–2000 characters).	发现内容（1–2000 个字符）。' })
  description!: string;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was found; default now. R-TKT-10 counts from it.',
  })
  foundAt?: Date;
}
