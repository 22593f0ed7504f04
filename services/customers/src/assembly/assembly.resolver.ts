import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { AssemblyRequest } from './assembly.entity';
import { RecordTenantAssemblyInput } from './assembly.inputs';
import { AssemblyService } from './assembly.service';
import { TenantAssemblyView, TenantAssemblyYear } from './assembly.types';

@Resolver(() => TenantAssemblyView)
export class AssemblyResolver {
  constructor(private service: AssemblyService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => TenantAssemblyView, {
    description: 'R-CUS-14: a tenant assembly held: minutes, attendance and the requests raised.',
  })
  recordTenantAssembly(
    @Arg('input', {
      description: 'The property, day, minutes, attendees and requests.',
    })
    input: RecordTenantAssemblyInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.record(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => AssemblyRequest, { description: 'R-CUS-14: the reply to a request raised at an assembly.' })
  replyToAssemblyRequest(
    @Arg('requestId', () => ID, { description: 'The request.' }) requestId: string,
    @Arg('reply', { description: 'The reply (1–2000 characters).' }) reply: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.reply(requirePrincipal(ctx), requestId, reply);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => TenantAssemblyYear, {
    description:
      'R-CUS-14 / R-KPI-9: a property’s assemblies of a year, coverage and reply rate against their targets.',
  })
  tenantAssemblyYear(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('year', () => Int, { description: 'The year, e.g. 2026.' }) year: number,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.year(requirePrincipal(ctx), propertyId, year);
  }
}
