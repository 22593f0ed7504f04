import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { PropertyProjection, StaffProjection, UnitProjection } from './projection.entities';

/**
 * Projections of tenancy's data, fed only by its events. Upserts: cheap when a new durable
 * consumer replays the whole stream, idempotent, and indifferent to unknown tenants.
 */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'tickets.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p) {
    await em.upsert(
      PropertyProjection,
      { id: p.propertyId, name: p.name, timeZone: p.timeZone },
      { onConflictMergeFields: ['name', 'timeZone'] },
    );
  },
};

export const unitCreatedHandler: EventHandler<(typeof Events.unitCreated)['shape']> = {
  name: 'tickets.unit-projection',
  contract: Events.unitCreated,
  async handle(em, p) {
    await em.upsert(
      UnitProjection,
      { id: p.unitId, propertyId: p.propertyId },
      { onConflictAction: 'ignore' },
    );
  },
};

export const staffJoinedHandler: EventHandler<(typeof Events.staffJoined)['shape']> = {
  name: 'tickets.staff-projection',
  contract: Events.staffJoined,
  async handle(em, p) {
    await em.upsert(
      StaffProjection,
      {
        id: p.staffId,
        userId: p.userId,
        name: p.name,
        roles: p.roles,
        propertyIds: p.propertyIds,
        managerId: p.managerId ?? undefined,
      },
      { onConflictMergeFields: ['name', 'roles', 'propertyIds', 'managerId'] },
    );
  },
};
