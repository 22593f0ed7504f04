import { Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

@ObjectType('PatrolCheckIn', {
  description: 'A check-in at a checkpoint during a round.',
})
export class PatrolCheckIn {
  @Field({ description: 'The checkpoint.' })
  checkpoint!: string;
  @Field({ description: 'When (ISO-8601, UTC).' })
  at!: string;
  @Field(() => String, {
    description: 'Keycloak user id of who checked in.',
    nullable: true,
  })
  actorId?: string;
}

/** A planned patrol round (R-TKT-10) with check-ins at its checkpoints; findings become tickets. */
@ObjectType('PatrolRound', {
  description:
    'A planned patrol round with its checkpoints and check-ins (see R-TKT-10 in docs/domain-rules.md).',
})
@Entity({ tableName: 'patrol_rounds' })
@Index({ name: 'patrol_rounds_tenant_id_idx', properties: ['tenantId'] })
export class PatrolRound extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the round.' })
  declare id: string;
  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field({ description: 'Local date, YYYY-MM-DD.' })
  @Column({ type: 'date' })
  plannedFor!: string;
  @Field(() => [String], {
    description: 'Checkpoints to visit, e.g. floors (3栋12F).',
  })
  @Column({ type: 'text[]' })
  checkpoints!: string[];
  @Field(() => [PatrolCheckIn], { description: 'Check-ins made, in order.' })
  @Column({ type: 'jsonb', default: '[]' })
  checkIns: Opt<PatrolCheckIn[]> = [];
  @Field({ description: 'PLANNED, IN_PROGRESS or DONE (every checkpoint checked in).' })
  @Column({ type: 'text' })
  status!: string;
}

@ObjectType({ description: 'Check-ins of one checkpoint in the week.' })
export class CheckpointCoverage {
  @Field({ description: 'The checkpoint.' })
  checkpoint!: string;
  @Field(() => Int, { description: 'Check-ins in rounds planned this week.' })
  checkIns!: number;
  @Field({ description: 'checkIns ≥ the required count.' })
  met!: boolean;
}

@ObjectType({ description: 'R-TKT-10 "every floor twice a week": check-ins per checkpoint in one week.' })
export class PatrolCoverage {
  @Field({ description: 'Monday, YYYY-MM-DD (property-local).' })
  weekStart!: string;
  @Field({ description: 'Sunday, YYYY-MM-DD.' })
  weekEnd!: string;
  @Field(() => Int, {
    description: 'Check-ins each checkpoint needs (policy tickets.patrolFloorVisitsPerWeek).',
  })
  required!: number;
  @Field(() => [CheckpointCoverage], {
    description: 'Every checkpoint the property’s rounds named in the last four weeks.',
  })
  checkpoints!: CheckpointCoverage[];
  @Field(() => [String], { description: 'Checkpoints below the required count.' })
  uncovered!: string[];
  @Field({ description: 'Every checkpoint has the required check-ins.' })
  met!: boolean;
}
