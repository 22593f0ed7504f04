import { DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { PropertyProjection } from '../property/property-projection.entity';
import { StaffMember } from '../staff/staff-member.entity';

/** Staff projection: who the person is, their Keycloak user, roles, sites and reporting line. */
export const staffJoinedHandler: EventHandler<(typeof Events.staffJoined)['shape']> = {
  name: 'appraisal.staff-projection',
  contract: Events.staffJoined,
  async handle(em, p, envelope) {
    await em.upsert(
      StaffMember,
      {
        id: p.staffId,
        userId: p.userId,
        name: p.name,
        roles: p.roles,
        propertyIds: p.propertyIds,
        managerId: p.managerId ?? null,
        joinedOn: dateIn(new Date(envelope.occurredAt), DEFAULT_TIME_ZONE),
      },
      { onConflictMergeFields: ['userId', 'name', 'roles', 'propertyIds', 'managerId'] },
    );
  },
};

/** Property projection: name and the time zone "today" is evaluated in. */
export const propertyCreatedHandler: EventHandler<(typeof Events.propertyCreated)['shape']> = {
  name: 'appraisal.property-projection',
  contract: Events.propertyCreated,
  async handle(em, p) {
    await em.upsert(
      PropertyProjection,
      { id: p.propertyId, name: p.name, timeZone: p.timeZone || DEFAULT_TIME_ZONE },
      { onConflictMergeFields: ['name', 'timeZone'] },
    );
  },
};
