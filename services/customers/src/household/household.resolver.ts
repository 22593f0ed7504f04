import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { maskPhone, seesUnmasked } from '../common/pii';
import { CUSTOMER_STAFF } from '../customer/customer.resolver';
import { CustomerService } from '../customer/customer.service';
import { Occupancy } from '../occupancy/occupancy.entity';
import { HouseholdMemberRecord } from './household.entity';
import { AddHouseholdMemberInput } from './household.inputs';
import { HouseholdService } from './household.service';

@Resolver(() => HouseholdMemberRecord)
export class HouseholdResolver {
  constructor(private service: HouseholdService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => HouseholdMemberRecord, { description: 'R-CUS-8: records a member joining a household.' })
  addHouseholdMember(
    @Arg('input', { description: 'The occupancy, the member and the first day.' })
    input: AddHouseholdMemberInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.add(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => HouseholdMemberRecord, {
    description: 'R-CUS-8: records a member leaving a household; the record is kept with its last day.',
  })
  removeHouseholdMember(
    @Arg('memberId', () => ID, { description: 'The household member record.' }) memberId: string,
    @Arg('until', () => DateScalar, { description: 'Last day in the household (YYYY-MM-DD).' }) until: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.remove(requirePrincipal(ctx), memberId, until);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Masked (138****5678) unless the caller is SITE_MANAGER, an archive keeper or ADMIN; unmasked reads are logged.',
  })
  async phone(@Root() m: HouseholdMemberRecord, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!m.phone) return null;
    const principal = requirePrincipal(ctx);
    if (!seesUnmasked(principal)) return maskPhone(m.phone);
    await ctx.db.tx(async (em) => {
      const o = await em.findOneOrFail(Occupancy, m.occupancyId);
      CustomerService.logPiiReads(em, [{ customerId: o.customerId, field: 'householdMember.phone' }]);
    }, principal);
    return m.phone;
  }
}

@Resolver(() => Occupancy)
export class OccupancyHouseholdResolver {
  constructor(private service: HouseholdService) {}

  @FieldResolver(() => [HouseholdMemberRecord], {
    description: 'Household members, past and present, in order of arrival (R-CUS-8).',
  })
  household(@Root() o: Occupancy, @Ctx() ctx: GraphQLContext) {
    return this.service.forOccupancy(requirePrincipal(ctx), o.id);
  }
}
