import { DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { Events } from '@pm/contracts';
import { projectionHandler } from '@pm/events';
import { PropertyProjection } from '../property/property-projection.entity';
import { StaffMember } from '../staff/staff-member.entity';

/** Staff projection: who the person is, their Keycloak user, roles, sites and reporting line. */
export const staffJoinedHandler = projectionHandler({
  name: 'appraisal.staff-projection',
  contract: Events.staffJoined,
  entity: StaffMember,
  row: (p, envelope) => ({
    id: p.staffId,
    userId: p.userId,
    name: p.name,
    roles: p.roles,
    propertyIds: p.propertyIds,
    managerId: p.managerId ?? null,
    joinedOn: dateIn(new Date(envelope.occurredAt), DEFAULT_TIME_ZONE),
  }),
  merge: ['userId', 'name', 'roles', 'propertyIds', 'managerId'],
});

/** Property projection: name and the time zone "today" is evaluated in. */
export const propertyCreatedHandler = projectionHandler({
  name: 'appraisal.property-projection',
  contract: Events.propertyCreated,
  entity: PropertyProjection,
  row: (p) => ({ id: p.propertyId, name: p.name, timeZone: p.timeZone || DEFAULT_TIME_ZONE }),
  merge: ['name', 'timeZone'],
});
