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
    @Arg('input', { description: 'The property, day and checkpoints.' })
    input: PlanPatrolRoundInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.plan(requirePrincipal(ctx), input);
  }

  @Authorized(...PATROL_ROLES, R.TECHNICIAN)
  @Mutation(() => PatrolRound, {
    description:
      'Checks in at a checkpoint of a round; the round is DONE once every checkpoint is checked in (see R-TKT-10 in docs/domain-rules.md).',
  })
  checkInPatrol(
    @Arg('roundId', () => ID, { description: 'The round.' }) roundId: string,
    @Arg('checkpoint', { description: 'The checkpoint, as planned.' }) checkpoint: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.checkIn(requirePrincipal(ctx), roundId, checkpoint);
  }

  @Authorized()
  @Query(() => PatrolRound, {
    description: 'One patrol round with its check-ins; null when not visible.',
    nullable: true,
  })
  patrolRound(
    @Arg('id', () => ID, { description: 'Id of the round.' }) id: string,
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
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('weekOf', { description: 'Any day of the week, YYYY-MM-DD.' }) weekOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.coverage(requirePrincipal(ctx), propertyId, weekOf);
  }
}
