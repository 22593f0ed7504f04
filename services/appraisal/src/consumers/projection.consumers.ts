import { DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';

/** Staff projection: who the person is, their Keycloak user, roles, sites and reporting line. */
export const staffJoinedHandler: EventHandler<(typeof Events.staffJoined)['shape']> = {
  name: 'appraisal.staff-projection',
  contract: Events.staffJoined,
  async handle(em, p, envelope) {
    await em.execute(
      `insert into staff_members (id, tenant_id, user_id, name, roles, property_ids, manager_id, joined_on)
       values (?, ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), array(select jsonb_array_elements_text(?::jsonb)), ?, ?)
       on conflict (id) do update set user_id = excluded.user_id, name = excluded.name, roles = excluded.roles,
         property_ids = excluded.property_ids, manager_id = excluded.manager_id`,
      [
        p.staffId,
        envelope.tenantId,
        p.userId,
        p.name,
        JSON.stringify(p.roles),
        JSON.stringify(p.propertyIds),
        p.managerId ?? null,
        dateIn(new Date(envelope.occurredAt), DEFAULT_TIME_ZONE),
      ],
    );
  },
};

/** Property projection: name and the time zone "today" is evaluated in. */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'appraisal.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p, envelope) {
    await em.execute(
      `insert into properties (id, tenant_id, name, time_zone) values (?, ?, ?, ?)
       on conflict (id) do update set name = excluded.name, time_zone = excluded.time_zone`,
      [p.propertyId, envelope.tenantId, p.name, p.timeZone || DEFAULT_TIME_ZONE],
    );
  },
};
