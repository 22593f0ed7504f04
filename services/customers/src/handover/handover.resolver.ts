import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { UnitHandover } from './handover.entity';
import { HouseholdFormInput, SignHandoverInput } from './handover.inputs';
import { HandoverService } from './handover.service';

const HandoverConnection = connectionOf(UnitHandover);

@Resolver(() => UnitHandover)
export class HandoverResolver {
  constructor(private service: HandoverService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => UnitHandover, {
    description:
      'R-CUS-12: the handover inspection signed by both sides: defect list (each to engineering) and key register.',
  })
  signHandover(
    @Arg('input', {
      description: 'The customer, unit, defects, keys and signature.',
    })
    input: SignHandoverInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.sign(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => UnitHandover, { description: 'R-CUS-12: engineering fixed a defect of the handover list.' })
  fixHandoverDefect(
    @Arg('handoverId', () => ID, { description: 'The handover.' }) id: string,
    @Arg('defectId', () => ID, { description: 'The defect fixed.' }) defectId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.fixDefect(requirePrincipal(ctx), id, defectId);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => UnitHandover, {
    description: 'R-CUS-12: keys kept back go to the customer once no defect is open (CONFLICT before).',
  })
  releaseRetainedKeys(
    @Arg('handoverId', () => ID, { description: 'The handover.' }) id: string,
    @Arg('receivedBy', { description: 'Who receives the keys.' }) receivedBy: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.releaseKeys(requirePrincipal(ctx), id, receivedBy);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => UnitHandover, { description: 'R-CUS-12: the household information form (业户基本情况表).' })
  submitHouseholdForm(
    @Arg('input', { description: 'The household form.' }) input: HouseholdFormInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.submitHouseholdForm(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => HandoverConnection, { description: 'R-CUS-12: the handovers of a property, oldest first.' })
  handovers(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.list(requirePrincipal(ctx), propertyId, page);
  }
}
