import { Entity, Index, Opt, Property as Column } from '@mikro-orm/core';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database, TenantEntity } from '@pm/db';
import {
  GraphQLContext,
  assertPropertyVisible,
  notFound,
  requirePrincipal,
  validationFailed,
} from '@pm/graphql';
import { Clock, isCalendarDate } from '@pm/time';
import { PropertyProjection } from '../projection/projection.entities';

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

@InputType()
export class PlanPatrolRoundInput {
  @Field(() => ID)
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD' })
  plannedFor!: string;
  @Field(() => [String], { description: 'Floors / plant rooms to check in at.' })
  checkpoints!: string[];
}

export class PatrolService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async plan(principal: Principal, input: PlanPatrolRoundInput): Promise<PatrolRound> {
    assertPropertyVisible(principal, input.propertyId);
    const checkpoints = [...new Set(input.checkpoints.map((c) => c.trim()).filter(Boolean))];
    const problems = [];
    if (!isCalendarDate(input.plannedFor)) problems.push({ field: 'plannedFor', message: 'YYYY-MM-DD' });
    if (!checkpoints.length) problems.push({ field: 'checkpoints', message: 'at least one' });
    if (problems.length) throw validationFailed('round is invalid', problems);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: input.propertyId }))) throw notFound('property');
      const r = em.create(PatrolRound, {
        propertyId: input.propertyId,
        plannedFor: input.plannedFor,
        checkpoints,
        status: 'PLANNED',
        createdAt: this.clock.now(),
      });
      await em.flush();
      return r;
    }, principal);
  }

  async checkIn(principal: Principal, roundId: string, checkpoint: string): Promise<PatrolRound> {
    return this.db.tx(async (em) => {
      const r = await em.findOne(PatrolRound, { id: roundId });
      if (!r) throw notFound('round');
      if (!r.checkpoints.includes(checkpoint.trim()))
        throw validationFailed('unknown checkpoint', [
          { field: 'checkpoint', message: 'not a checkpoint of this round' },
        ]);
      r.checkIns = [
        ...r.checkIns,
        { checkpoint: checkpoint.trim(), at: this.clock.now().toISOString(), actorId: principal.actor.id },
      ];
      const done = new Set(r.checkIns.map((c) => c.checkpoint));
      r.status = r.checkpoints.every((c) => done.has(c)) ? 'DONE' : 'IN_PROGRESS';
      await em.flush();
      return r;
    }, principal);
  }

  async get(principal: Principal, id: string): Promise<PatrolRound | null> {
    return this.db.tx((em) => em.findOne(PatrolRound, { id }), principal);
  }
}

const PATROL_ROLES = [
  StaffRole.SECURITY,
  StaffRole.SITE_MANAGER,
  StaffRole.CS_SUPERVISOR,
  StaffRole.ENGINEERING_SUPERVISOR,
];

@Resolver(() => PatrolRound)
export class PatrolResolver {
  constructor(private patrols: PatrolService) {}

  @Authorized(...PATROL_ROLES)
  @Mutation(() => PatrolRound, { description: 'Plans a patrol round (R-TKT-10).' })
  planPatrolRound(@Arg('input') input: PlanPatrolRoundInput, @Ctx() ctx: GraphQLContext) {
    return this.patrols.plan(requirePrincipal(ctx), input);
  }

  @Authorized(...PATROL_ROLES, StaffRole.TECHNICIAN)
  @Mutation(() => PatrolRound)
  checkInPatrol(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('checkpoint') checkpoint: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.checkIn(requirePrincipal(ctx), roundId, checkpoint);
  }

  @Authorized()
  @Query(() => PatrolRound, { nullable: true })
  patrolRound(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.patrols.get(requirePrincipal(ctx), id);
  }
}
