import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';

/**
 * Projections of tenancy's data, fed only by its events. Plain upserts: cheap when a new
 * durable consumer replays the whole stream, idempotent, and indifferent to unknown tenants.
 */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'tickets.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p, env) {
    await em.execute(
      `insert into tkt_properties (id, tenant_id, name, time_zone) values (?, ?, ?, ?)
       on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone`,
      [p.propertyId, env.tenantId, p.name, p.timeZone],
    );
  },
};

export const unitCreatedHandler: EventHandler<(typeof Events.unitCreated)['shape']> = {
  name: 'tickets.unit-projection',
  contract: Events.unitCreated,
  async handle(em, p, env) {
    await em.execute(
      `insert into tkt_units (id, tenant_id, property_id) values (?, ?, ?) on conflict (id) do nothing`,
      [p.unitId, env.tenantId, p.propertyId],
    );
  },
};

export const staffJoinedHandler: EventHandler<(typeof Events.staffJoined)['shape']> = {
  name: 'tickets.staff-projection',
  contract: Events.staffJoined,
  async handle(em, p, env) {
    await em.execute(
      `insert into tkt_staff (id, tenant_id, user_id, name, roles, property_ids, manager_id)
       values (?, ?, ?, ?, ?::text[], ?::text[], ?)
       on conflict (id) do update set name = excluded.name, roles = excluded.roles,
         property_ids = excluded.property_ids, manager_id = excluded.manager_id`,
      [
        p.staffId,
        env.tenantId,
        p.userId,
        p.name,
        `{${p.roles.map((r) => `"${r}"`).join(',')}}`,
        `{${p.propertyIds.join(',')}}`,
        p.managerId ?? null,
      ],
    );
  },
};
