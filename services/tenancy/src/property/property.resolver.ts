import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { Property } from './property.entity';
import { CreatePropertyInput } from './property.inputs';
import { PropertyService } from './property.service';
import { Unit } from '../unit/unit.entity';
import { UnitService } from '../unit/unit.service';

export const PropertyConnection = connectionOf(Property);
export const UnitConnection = connectionOf(Unit);

@Resolver(() => Property)
export class PropertyResolver {
  constructor(
    private propertyService: PropertyService,
    private unitService: UnitService,
  ) {}

  @Authorized(StaffRole.HQ)
  @Mutation(() => Property, {
    description: 'Adds a property to the company.',
  })
  createProperty(
    @Arg('input', { description: 'The new property.' }) input: CreatePropertyInput,
  ): Promise<Property> {
    return this.propertyService.create(input);
  }

  @Authorized()
  @Query(() => PropertyConnection, {
    description:
      'Properties the caller may see: all of the company for HQ and ADMIN, their own sites otherwise.',
  })
  properties(@Args() page: PageArgsInput, @Ctx() ctx: GraphQLContext) {
    return this.propertyService.list(requirePrincipal(ctx), page);
  }

  @Authorized()
  @Query(() => Property, {
    nullable: true,
    description: 'Null when the property does not exist for the caller.',
  })
  property(
    @Arg('id', () => ID, { description: 'Id of the property.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.propertyService.get(requirePrincipal(ctx), id);
  }

  @FieldResolver(() => UnitConnection, {
    description: "The property's units, oldest first, one page at a time.",
  })
  units(@Root() property: Property, @Args() page: PageArgsInput) {
    return this.unitService.listForProperty(property.id, page);
  }
}
