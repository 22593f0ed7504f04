import { Events } from '@pm/contracts';
import { projectionHandler } from '@pm/events';
import { PropertyProjection, StaffProjection, UnitProjection } from './projection.entities';

/** Projections of tenancy's data, fed only by its events. */
export const propertyCreatedHandler = projectionHandler({
  name: 'tickets.property-projection',
  contract: Events.propertyCreated,
  entity: PropertyProjection,
  row: (p) => ({ id: p.propertyId, name: p.name, timeZone: p.timeZone }),
  merge: ['name', 'timeZone'],
});

export const unitCreatedHandler = projectionHandler({
  name: 'tickets.unit-projection',
  contract: Events.unitCreated,
  entity: UnitProjection,
  row: (p) => ({ id: p.unitId, propertyId: p.propertyId, building: p.building, number: p.number }),
});

export const staffJoinedHandler = projectionHandler({
  name: 'tickets.staff-projection',
  contract: Events.staffJoined,
  entity: StaffProjection,
  row: (p) => ({
    id: p.staffId,
    userId: p.userId,
    name: p.name,
    roles: p.roles,
    propertyIds: p.propertyIds,
    managerId: p.managerId ?? undefined,
  }),
  merge: ['name', 'roles', 'propertyIds', 'managerId'],
});
