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
    @Arg('propertyId', () => ID, {
      description: 'A property, to include its own overrides; the company values when absent.',
      nullable: true,
    })
    propertyId?: string,
    @Arg('asOf', () => DateScalar, {
      description:
        "Date the values apply on (YYYY-MM-DD); default today in the property's time zone (Asia/Shanghai for the company).",
      nullable: true,
    })
    asOf?: string,
  ): Promise<Policy> {
    return this.policies.get(requirePrincipal(ctx), propertyId ?? null, asOf);
  }

  @Authorized()
  @Query(() => [PolicyChange], { description: 'Every change of one key, newest first.' })
  policyHistory(
    @Arg('key', {
      description: 'A key of the policy catalog, e.g. billing.lateFeeRatePerDay.',
    })
    key: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('propertyId', () => ID, {
      description: "Only changes of this property's override; the company-level changes when absent.",
      nullable: true,
    })
    propertyId?: string,
  ): Promise<PolicyChange[]> {
    return this.policies.history(requirePrincipal(ctx), key, propertyId ?? null);
  }

  @Authorized(StaffRole.HQ)
  @Mutation(() => Policy, {
    description:
      'Sets a policy value for the company or one property from a date; history is kept, so past bills and KPIs stay explainable.',
  })
  setPolicy(
    @Arg('input', {
      description: 'The key, value, optional property and first day.',
    })
    input: SetPolicyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Policy> {
    return this.policies.set(requirePrincipal(ctx), input);
  }
}
