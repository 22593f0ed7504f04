import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, loaderFor, requirePrincipal } from '@pm/graphql';
import { Property } from '../property/property.entity';
import { PropertyService } from '../property/property.service';
import { Unit } from './unit.entity';
import { CreateUnitInput } from './unit.inputs';
import { UnitService } from './unit.service';

@Resolver(() => Unit)
export class UnitResolver {
  constructor(private units: UnitService) {}

  @Authorized(StaffRole.HQ, StaffRole.SITE_MANAGER)
  @Mutation(() => Unit, {
    description: 'Adds a unit to a property.',
  })
  createUnit(
    @Arg('input', { description: 'The new unit.' }) input: CreateUnitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Unit> {
    return this.units.create(requirePrincipal(ctx), input);
  }

  @FieldResolver(() => Property, { description: 'The property the unit belongs to.' })
  async property(@Root() unit: Unit, @Ctx() ctx: GraphQLContext) {
    const principal = requirePrincipal(ctx);
    return loaderFor(ctx, 'Property', (ids) =>
      ctx.db.tx((em) => PropertyService.byIds(em, ids), principal),
    ).load(unit.property.id);
  }
}

export function resolveUnitReference(ref: { id: string }, ctx: GraphQLContext) {
  const principal = requirePrincipal(ctx);
  return loaderFor(ctx, 'Unit', (ids) => ctx.db.tx((em) => UnitService.byIds(em, ids), principal)).load(
    ref.id,
  );
}
