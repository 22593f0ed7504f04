import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { PatrolCoverage, PatrolRound } from './patrol.entity';
import { PlanPatrolRoundInput } from './patrol.inputs';
import { PatrolService } from './patrol.service';

const R = StaffRole;
const PATROL_ROLES = [R.SECURITY, R.SITE_MANAGER, R.CS_SUPERVISOR, R.ENGINEERING_SUPERVISOR];

@Resolver(() => PatrolRound)
export class PatrolResolver {
  constructor(private patrols: PatrolService) {}

  @Authorized(...PATROL_ROLES)
  @Mutation(() => PatrolRound, { description: 'Plans a patrol round (R-TKT-10).' })
  planPatrolRound(
    @Arg('input', { description: 'The property, day and checkpoints.	物业项目、日期与检查点。' })
    input: PlanPatrolRoundInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.plan(requirePrincipal(ctx), input);
  }

  @Authorized(...PATROL_ROLES, R.TECHNICIAN)
  @Mutation(() => PatrolRound, {
    description:
      'Checks in at a checkpoint of a round; the round is DONE once every checkpoint is checked in (see R-TKT-10 in docs/domain-rules.md).	在巡查轮次的检查点签到；所有检查点签到后轮次为 DONE（见 docs/domain-rules.md 中的 R-TKT-10）。',
  })
  checkInPatrol(
    @Arg('roundId', () => ID, { description: 'The round.	巡查轮次。' }) roundId: string,
    @Arg('checkpoint', { description: 'The checkpoint, as planned.	计划中的检查点。' }) checkpoint: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.checkIn(requirePrincipal(ctx), roundId, checkpoint);
  }

  @Authorized()
  @Query(() => PatrolRound, {
    description:
      'One patrol round with its check-ins; null when not visible.	一次巡查轮次及其签到；不可见时为 null。',
    nullable: true,
  })
  patrolRound(
    @Arg('id', () => ID, { description: 'Id of the round.	巡查轮次 ID。' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.get(requirePrincipal(ctx), id);
  }

  @Authorized(...PATROL_ROLES)
  @Query(() => PatrolCoverage, {
    description:
      'R-TKT-10: whether every checkpoint (floor) was patrolled often enough in the week of `weekOf`.',
  })
  patrolCoverage(
    @Arg('propertyId', () => ID, { description: 'The property.	物业项目。' }) propertyId: string,
    @Arg('weekOf', { description: 'Any day of the week, YYYY-MM-DD.' }) weekOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.coverage(requirePrincipal(ctx), propertyId, weekOf);
  }
}
