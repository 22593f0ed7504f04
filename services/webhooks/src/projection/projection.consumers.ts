import { Events } from '@pm/contracts';
import { projectionHandler } from '@pm/events';
import { PropertyProjection } from './projection.entities';

/** The properties a subscription's filter may name, fed only by tenancy's events. */
export const propertyCreatedHandler = projectionHandler({
  name: 'webhooks.property-projection',
  contract: Events.propertyCreated,
  entity: PropertyProjection,
  row: (p) => ({ id: p.propertyId, name: p.name }),
  merge: ['name'],
});
