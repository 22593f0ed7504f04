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
  planPatrolRound(@Arg('input') input: PlanPatrolRoundInput, @Ctx() ctx: GraphQLContext) {
    return this.patrols.plan(requirePrincipal(ctx), input);
  }

  @Authorized(...PATROL_ROLES, R.TECHNICIAN)
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

  @Authorized(...PATROL_ROLES)
  @Query(() => PatrolCoverage, {
    description:
      'R-TKT-10: whether every checkpoint (floor) was patrolled often enough in the week of `weekOf`.',
  })
  patrolCoverage(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('weekOf', { description: 'Any day of the week, YYYY-MM-DD.' }) weekOf: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.patrols.coverage(requirePrincipal(ctx), propertyId, weekOf);
  }
}
