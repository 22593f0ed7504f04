import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { FireSafetyFinding, FireSafetyInspection } from './fire-safety.entity';
import { FireSafetyFindingInput } from './fire-safety.inputs';
import { FireSafetyService } from './fire-safety.service';

@Resolver(() => FireSafetyInspection)
export class FireSafetyResolver {
  constructor(private inspections: FireSafetyService) {}

  @FieldResolver(() => [FireSafetyFinding], { description: 'Findings per unit, in the order recorded.' })
  findings(@Root() i: FireSafetyInspection, @Ctx() ctx: GraphQLContext) {
    return this.inspections.findings(requirePrincipal(ctx), i.id);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => [FireSafetyInspection], {
    description: 'R-CUS-9: fire-safety inspections of a property, latest cycle first.',
  })
  fireSafetyInspections(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.inspections.list(requirePrincipal(ctx), propertyId);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => FireSafetyInspection, {
    description: 'One fire-safety inspection; null when not visible to the caller.',
    nullable: true,
  })
  fireSafetyInspection(
    @Arg('id', () => ID, { description: 'Id of the inspection.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.inspections.get(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => FireSafetyFinding, {
    description:
      'R-CUS-9: records a finding in a unit; one needing rectification drafts a rectification letter to its customer.',
  })
  recordFireSafetyFinding(
    @Arg('input', { description: 'The inspection, unit and what was found.' }) input: FireSafetyFindingInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.inspections.recordFinding(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => FireSafetyInspection, { description: 'R-CUS-9: closes an inspection; no findings after.' })
  completeFireSafetyInspection(
    @Arg('id', () => ID, { description: 'Id of the open inspection.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.inspections.complete(requirePrincipal(ctx), id);
  }
}
