import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { DEFAULT_TIME_ZONE, instantAt } from '@pm/time';
import { one, q } from '@pm/db';
import { uuidv7 } from '@pm/db';

/** Properties, units and occupancies as billing knows them: fed only by other services' events. */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'billing.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p, env) {
    await q(
      em,
      `insert into property_projection (id, tenant_id, name, time_zone) values (?, ?, ?, ?)
       on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone`,
      [p.propertyId, env.tenantId, p.name, p.timeZone || DEFAULT_TIME_ZONE],
    );
    await q(em, 'insert into billing_tenants (id) values (?) on conflict do nothing', [env.tenantId]);
  },
};

export const unitCreatedHandler: EventHandler<(typeof Events.unitCreated)['shape']> = {
  name: 'billing.unit-projection',
  contract: Events.unitCreated,
  async handle(em, p, env) {
    await q(
      em,
      `insert into units_projection (id, tenant_id, property_id, building, number, area_sqm, kind)
       values (?, ?, ?, ?, ?, round(?::numeric, 2), ?) on conflict (id) do nothing`,
      [p.unitId, env.tenantId, p.propertyId, p.building, p.number, String(p.areaSqm), p.kind],
    );
  },
};

const METERS = ['WATER', 'ELECTRICITY', 'GAS'];

/** Who pays for a unit, and the handover meter readings (R-CUS-4 → R-BIL-2). */
export const occupancyStartedHandler: EventHandler<(typeof Events.occupancyStarted)['shape']> = {
  name: 'billing.occupancy-started',
  contract: Events.occupancyStarted,
  async handle(em, p, env) {
    await q(
      em,
      `insert into occupancy_projection (id, tenant_id, customer_id, unit_id, property_id, kind, start_date)
       values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing`,
      [p.occupancyId, env.tenantId, p.customerId, p.unitId, p.propertyId, p.kind, p.startDate],
    );
    const readings = Array.isArray(p.meterReadings) ? (p.meterReadings as unknown[]) : [];
    if (!readings.length) return;
    const tz =
      (
        await one<{ time_zone: string }>(em, 'select time_zone from property_projection where id = ?', [
          p.propertyId,
        ])
      )?.time_zone ?? DEFAULT_TIME_ZONE;
    const at = instantAt(p.startDate, tz);
    for (const r of readings) {
      const { meter, reading } = (r ?? {}) as { meter?: string; reading?: number };
      // Malformed entries are skipped, not fatal: the rest of the handover still counts.
      if (!meter || !METERS.includes(meter) || typeof reading !== 'number' || !(reading >= 0)) continue;
      await q(
        em,
        `insert into meter_readings (id, tenant_id, property_id, unit_id, meter, reading, read_at, status, source, reader_id)
         values (?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', 'HANDOVER', ?)`,
        [uuidv7(), env.tenantId, p.propertyId, p.unitId, meter, String(reading), at, env.actor?.id ?? null],
      );
    }
  },
};

export const occupancyEndedHandler: EventHandler<(typeof Events.occupancyEnded)['shape']> = {
  name: 'billing.occupancy-ended',
  contract: Events.occupancyEnded,
  async handle(em, p) {
    await q(em, 'update occupancy_projection set end_date = ? where id = ?', [p.endDate, p.occupancyId]);
  },
};

export async function findUnit(
  em: EntityManager,
  id: string,
): Promise<{ id: string; propertyId: string; areaSqm: string } | null> {
  const r = await one(em, 'select id, property_id, area_sqm from units_projection where id = ?', [id]);
  return r ? { id: r.id, propertyId: r.property_id, areaSqm: r.area_sqm } : null;
}

export async function propertyKnown(em: EntityManager, id: string): Promise<boolean> {
  return !!(await one(em, 'select 1 from property_projection where id = ?', [id]));
}
