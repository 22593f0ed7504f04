import { Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

@ObjectType('PatrolCheckIn')
export class PatrolCheckIn {
  @Field()
  checkpoint!: string;
  @Field()
  at!: string;
  @Field(() => String, { nullable: true })
  actorId?: string;
}

/** A planned patrol round (R-TKT-10) with check-ins at its checkpoints; findings become tickets. */
@ObjectType('PatrolRound')
@Entity({ tableName: 'patrol_rounds' })
@Index({ name: 'patrol_rounds_tenant_id_idx', properties: ['tenantId'] })
export class PatrolRound extends TenantEntity {
  @Field(() => ID)
  declare id: string;
  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;
  @Field({ description: 'Local date, YYYY-MM-DD.' })
  @Column({ type: 'date' })
  plannedFor!: string;
  @Field(() => [String])
  @Column({ type: 'text[]' })
  checkpoints!: string[];
  @Field(() => [PatrolCheckIn])
  @Column({ type: 'jsonb', default: '[]' })
  checkIns: Opt<PatrolCheckIn[]> = [];
  @Field({ description: 'PLANNED, IN_PROGRESS or DONE (every checkpoint checked in).' })
  @Column({ type: 'text' })
  status!: string;
}

@ObjectType()
export class CheckpointCoverage {
  @Field()
  checkpoint!: string;
  @Field(() => Int, { description: 'Check-ins in rounds planned this week.' })
  checkIns!: number;
  @Field()
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
  @Field()
  met!: boolean;
}
