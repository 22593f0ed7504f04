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
      description:
        'A property, to include its own overrides; the company values when absent.	指定物业项目以包含其项目级覆盖值；不填则为公司级取值。',
      nullable: true,
    })
    propertyId?: string,
    @Arg('asOf', () => DateScalar, {
      description:
        "Date the values apply on (YYYY-MM-DD); default today in the property's time zone (Asia/Shanghai for the company).	取值生效的日期（YYYY-MM-DD）；默认为项目时区的今天（公司级为 Asia/Shanghai）。",
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
      description:
        'A key of the policy catalog, e.g. billing.lateFeeRatePerDay.	政策目录中的键，例如 billing.lateFeeRatePerDay。',
    })
    key: string,
    @Ctx() ctx: GraphQLContext,
    @Arg('propertyId', () => ID, {
      description:
        "Only changes of this property's override; the company-level changes when absent.	仅列出该项目覆盖值的变更；不填则为公司级变更。",
      nullable: true,
    })
    propertyId?: string,
  ): Promise<PolicyChange[]> {
    return this.policies.history(requirePrincipal(ctx), key, propertyId ?? null);
  }

  @Authorized(StaffRole.HQ)
  @Mutation(() => Policy, {
    description:
      'Sets a policy value for the company or one property from a date; history is kept, so past bills and KPIs stay explainable. HQ only.	自某日起为公司或某项目设定政策取值；保留历史，使过去的账单与 KPI 仍可解释。仅 HQ。',
  })
  setPolicy(
    @Arg('input', {
      description: 'The key, value, optional property and first day.	键、取值、可选的物业项目及生效日期。',
    })
    input: SetPolicyInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Policy> {
    return this.policies.set(requirePrincipal(ctx), input);
  }
}
