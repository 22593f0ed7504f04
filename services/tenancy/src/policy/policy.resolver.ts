import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { PolicyService } from './policy.service';
import { Policy, PolicyChange, SetPolicyInput } from './policy.types';

@Resolver()
export class PolicyResolver {
  constructor(private policies: PolicyService) {}

  @Authorized()
  @Query(() => Policy, {
    description: 'Rule values in force for the company, or for one property with its overrides.',
  })
  policy(
    @Ctx() ctx: GraphQLContext,
    @Arg('propertyId', () => ID, { nullable: true }) propertyId?: string,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string,
  ): Promise<Policy> {
    return this.policies.get(requirePrincipal(ctx), propertyId ?? null, asOf);
  }

  @Authorized()
  @Query(() => [PolicyChange], { description: 'Every change of one key, newest first.' })
  policyHistory(
    @Arg('key') key: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('propertyId', () => ID, { nullable: true }) propertyId?: string,
  ): Promise<PolicyChange[]> {
    return this.policies.history(requirePrincipal(ctx), key, propertyId ?? null);
  }

  @Authorized(StaffRole.HQ)
  @Mutation(() => Policy)
  setPolicy(@Arg('input') input: SetPolicyInput, @Ctx() ctx: GraphQLContext): Promise<Policy> {
    return this.policies.set(requirePrincipal(ctx), input);
  }
}
