import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { PropertyProjection, UnitProjection } from '../property/property.entity';
import { DEFAULT_TIME_ZONE } from '@pm/time';

/** Properties and units as this service knows them: fed only by tenancy's events. */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'customers.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p) {
    await em.upsert(
      PropertyProjection,
      { id: p.propertyId, name: p.name, timeZone: p.timeZone || DEFAULT_TIME_ZONE },
      { onConflictMergeFields: ['name', 'timeZone'] },
    );
  },
};

export const unitCreatedHandler: EventHandler<(typeof Events.unitCreated)['shape']> = {
  name: 'customers.unit-projection',
  contract: Events.unitCreated,
  async handle(em, p) {
    await em.upsert(
      UnitProjection,
      { id: p.unitId, propertyId: p.propertyId, building: p.building, number: p.number },
      { onConflictAction: 'ignore' },
    );
  },
};
