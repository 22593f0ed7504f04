import { Events } from '@pm/contracts';
import { projectionHandler } from '@pm/events';
import { PropertyProjection, UnitProjection } from '../property/property.entity';
import { DEFAULT_TIME_ZONE } from '@pm/time';

/** Properties and units as this service knows them: fed only by tenancy's events. */
export const propertyCreatedHandler = projectionHandler({
  name: 'customers.property-projection',
  contract: Events.propertyCreated,
  entity: PropertyProjection,
  row: (p) => ({ id: p.propertyId, name: p.name, timeZone: p.timeZone || DEFAULT_TIME_ZONE }),
  merge: ['name', 'timeZone'],
});

export const unitCreatedHandler = projectionHandler({
  name: 'customers.unit-projection',
  contract: Events.unitCreated,
  entity: UnitProjection,
  row: (p) => ({ id: p.unitId, propertyId: p.propertyId, building: p.building, number: p.number }),
});
