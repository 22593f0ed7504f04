import { EntityManager } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { DEFAULT_TIME_ZONE } from '@pm/time';
import { one, q } from '@pm/db';

/** Properties and units as this service knows them: fed only by tenancy's events. */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'customers.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p, env) {
    await q(
      em,
      `insert into property_projection (id, tenant_id, name, time_zone) values (?, ?, ?, ?)
       on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone`,
      [p.propertyId, env.tenantId, p.name, p.timeZone || DEFAULT_TIME_ZONE],
    );
  },
};

export const unitCreatedHandler: EventHandler<(typeof Events.unitCreated)['shape']> = {
  name: 'customers.unit-projection',
  contract: Events.unitCreated,
  async handle(em, p, env) {
    await q(
      em,
      `insert into unit_projection (id, tenant_id, property_id, building, number) values (?, ?, ?, ?, ?)
       on conflict (id) do nothing`,
      [p.unitId, env.tenantId, p.propertyId, p.building, p.number],
    );
  },
};

export interface KnownProperty {
  id: string;
  name: string;
  timeZone: string;
}

export async function findProperty(em: EntityManager, id: string): Promise<KnownProperty | null> {
  const r = await one(em, 'select id, name, time_zone from property_projection where id = ?', [id]);
  return r ? { id: r.id, name: r.name, timeZone: r.time_zone } : null;
}

export async function timeZoneOf(em: EntityManager, propertyId: string): Promise<string> {
  return (await findProperty(em, propertyId))?.timeZone ?? DEFAULT_TIME_ZONE;
}

export async function findUnit(
  em: EntityManager,
  id: string,
): Promise<{ id: string; propertyId: string; building: string; number: string } | null> {
  const r = await one(em, 'select id, property_id, building, number from unit_projection where id = ?', [id]);
  return r ? { id: r.id, propertyId: r.property_id, building: r.building, number: r.number } : null;
}
