import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { RecordRecheckInput } from './recheck.inputs';
import { RecheckService } from './recheck.service';
import { RecheckList, RepairRecheckLine } from './recheck.types';

const R = StaffRole;
/** The property staff who patrol (物业管理员) and those above them; engineering sees what it must redo. */
const RECHECK_ROLES = [R.PROPERTY_ASSISTANT, R.CS_SUPERVISOR, R.SITE_MANAGER, R.ENGINEERING_SUPERVISOR];

@Resolver(() => RecheckList)
export class RecheckResolver {
  constructor(private rechecks: RecheckService) {}

  @Authorized(...RECHECK_ROLES)
  @Mutation(() => RecheckList, {
    description:
      'R-TKT-12: draws the re-check list of `date` from the repairs completed the day before (all, or tickets.recheckShare); repeatable.',
  })
  planRepairRechecks(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('date', { description: 'YYYY-MM-DD, property-local; today or earlier.' }) date: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.rechecks.plan(requirePrincipal(ctx), propertyId, date);
  }

  @Authorized(...RECHECK_ROLES)
  @Mutation(() => RepairRecheckLine, {
    description: 'R-TKT-12: OK, or NOT_FIXED with what is wrong (reopens the repair); CONFLICT when done.',
  })
  recordRepairRecheck(
    @Arg('input', { description: 'The line and its verdict.' }) input: RecordRecheckInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.rechecks.record(requirePrincipal(ctx), input);
  }

  @Authorized(...RECHECK_ROLES)
  @Query(() => RecheckList, { description: 'R-TKT-12: the re-check list of a property for a day.' })
  repairRechecks(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('date', { description: 'YYYY-MM-DD, property-local.' }) date: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.rechecks.list(requirePrincipal(ctx), propertyId, date);
  }
}
