import { Events } from '@pm/contracts';
import { EventHandler, projectionHandler } from '@pm/events';
import { Clock, DEFAULT_TIME_ZONE, instantAt } from '@pm/time';
import { roundDecimal } from '../common/money';
import { MeterReading } from '../meter/meter.entity';
import { MeterKind, ReadingSource, ReadingStatus } from '../meter/meter.rules';
import { OccupancyProjection, PropertyProjection, UnitProjection } from '../projection/projection.entity';
import { propertyTimeZone } from '../projection/projection.service';
import { scheduleDunning } from '../dunning/dunning.jobs';
import { armBillingCycle } from '../run/billing-cycle.jobs';

/**
 * Properties, units and occupancies as billing knows them: fed only by other services' events.
 * The billing cycle is armed from the business clock, not the event's time: a property learnt
 * after this month's notice day is billed from next month's, never at once.
 */
export const propertyCreatedHandler = (
  clock: Clock,
): EventHandler<(typeof Events.propertyCreated)['shape']> => ({
  name: 'billing.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p, env) {
    const values = { name: p.name, timeZone: p.timeZone || DEFAULT_TIME_ZONE };
    const property = await em.findOne(PropertyProjection, p.propertyId);
    if (property) Object.assign(property, values);
    else {
      em.create(PropertyProjection, { id: p.propertyId, ...values });
      await em.flush();
      await scheduleDunning(em, p.propertyId, new Date(env.occurredAt));
      await armBillingCycle(em, p.propertyId, clock.now());
    }
  },
});

/** The first event of a unit stands (a unit's area and kind change through billing's own records). */
export const unitCreatedHandler = projectionHandler({
  name: 'billing.unit-projection',
  contract: Events.unitCreated,
  entity: UnitProjection,
  row: (p) => ({
    id: p.unitId,
    propertyId: p.propertyId,
    building: p.building,
    number: p.number,
    areaSqm: roundDecimal(p.areaSqm, 2),
    kind: p.kind,
  }),
});

const METERS: string[] = Object.values(MeterKind);

/** Who pays for a unit, and the handover meter readings (R-CUS-4 → R-BIL-2). */
export const occupancyStartedHandler: EventHandler<(typeof Events.occupancyStarted)['shape']> = {
  name: 'billing.occupancy-started',
  contract: Events.occupancyStarted,
  async handle(em, p, env) {
    const known = await em.findOne(OccupancyProjection, p.occupancyId);
    if (known?.startDate) return;
    if (known) em.assign(known, { kind: p.kind, startDate: p.startDate });
    else
      em.create(OccupancyProjection, {
        id: p.occupancyId,
        customerId: p.customerId,
        unitId: p.unitId,
        propertyId: p.propertyId,
        kind: p.kind,
        startDate: p.startDate,
      });
    const readings = Array.isArray(p.meterReadings) ? (p.meterReadings as unknown[]) : [];
    if (!readings.length) return;
    const readAt = instantAt(p.startDate, await propertyTimeZone(em, p.propertyId));
    for (const r of readings) {
      const { meter, reading } = (r ?? {}) as { meter?: string; reading?: number };
      // Malformed entries are skipped, not fatal: the rest of the handover still counts.
      if (!meter || !METERS.includes(meter) || typeof reading !== 'number' || !(reading >= 0)) continue;
      em.create(MeterReading, {
        propertyId: p.propertyId,
        unitId: p.unitId,
        meter: meter as MeterKind,
        reading: Math.round(reading * 1000) / 1000,
        readAt,
        status: ReadingStatus.ACCEPTED,
        source: ReadingSource.HANDOVER,
        readerId: env.actor?.id ?? null,
      });
    }
  },
};

export const occupancyEndedHandler: EventHandler<(typeof Events.occupancyEnded)['shape']> = {
  name: 'billing.occupancy-ended',
  contract: Events.occupancyEnded,
  async handle(em, p) {
    const occupancy = await em.findOne(OccupancyProjection, p.occupancyId);
    if (occupancy) occupancy.endDate = p.endDate;
    else
      em.create(OccupancyProjection, {
        id: p.occupancyId,
        customerId: p.customerId,
        unitId: p.unitId,
        propertyId: p.propertyId,
        endDate: p.endDate,
      });
  },
};
