import { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@pm/contracts';
import { validationFailed } from '@pm/graphql';
import { PropertyProjection, UnitProjection } from './property.entity';
import { DEFAULT_TIME_ZONE } from '@pm/time';

export const findProperty = (em: EntityManager, id: string): Promise<PropertyProjection | null> =>
  em.findOne(PropertyProjection, id);

/** Business dates of a property are in its time zone (tenancy's; the default until it is known). */
export async function timeZoneOf(em: EntityManager, propertyId: string): Promise<string> {
  return (await findProperty(em, propertyId))?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The unit must be one of the customer's property (from tenancy's unit.created). */
export async function unitOfProperty(
  em: EntityManager,
  unitId: string,
  propertyId: string,
): Promise<UnitProjection> {
  const unit = isUuid(unitId) ? await em.findOne(UnitProjection, unitId) : null;
  if (!unit || unit.propertyId !== propertyId)
    throw validationFailed('unit is invalid', [
      { field: 'unitId', message: 'not a unit of the customer’s property' },
    ]);
  return unit;
}
