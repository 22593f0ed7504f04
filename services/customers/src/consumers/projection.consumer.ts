import { Events } from '@pm/contracts';
import { EventHandler, projectionHandler } from '@pm/events';
import { PropertyProjection, UnitProjection } from '../property/property.entity';
import { Clock, DEFAULT_TIME_ZONE } from '@pm/time';
import { armArchiveCompletenessCheck } from '../archive/archive.jobs';
import { armFireSafetyInspections } from '../fire-safety/fire-safety.service';

/**
 * Properties and units as this service knows them: fed only by tenancy's events. A property new
 * here gets its periodic jobs from the business clock: this cycle's fire-safety inspection at
 * once (R-CUS-9), the archive completeness check on the next policy day (R-ARC-4).
 */
export const propertyCreatedHandler = (
  clock: Clock,
): EventHandler<(typeof Events.propertyCreated)['shape']> => ({
  name: 'customers.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p) {
    const values = { name: p.name, timeZone: p.timeZone || DEFAULT_TIME_ZONE };
    const property = await em.findOne(PropertyProjection, p.propertyId);
    if (property) {
      Object.assign(property, values);
      return;
    }
    em.create(PropertyProjection, { id: p.propertyId, ...values });
    await em.flush();
    const now = clock.now();
    await armFireSafetyInspections(em, p.propertyId, now);
    await armArchiveCompletenessCheck(em, p.propertyId, values.timeZone, now);
  },
});

export const unitCreatedHandler = projectionHandler({
  name: 'customers.unit-projection',
  contract: Events.unitCreated,
  entity: UnitProjection,
  row: (p) => ({ id: p.unitId, propertyId: p.propertyId, building: p.building, number: p.number }),
});
