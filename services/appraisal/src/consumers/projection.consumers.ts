import { DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { Events } from '@pm/contracts';
import { EventHandler, projectionHandler } from '@pm/events';
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

/** `staff.left` (R-PLT-2): the day they left; the schedule releases every period from then on. */
export const staffLeftHandler: EventHandler<(typeof Events.staffLeft)['shape']> = {
  name: 'appraisal.staff-left',
  contract: Events.staffLeft,
  async handle(em, p) {
    const staff = await em.findOne(StaffMember, { id: p.staffId });
    if (!staff) return;
    staff.leftOn = dateIn(new Date(p.leftAt), DEFAULT_TIME_ZONE);
    await em.flush();
  },
};

/** `staff.changed`: roles, sites and reporting line follow (the schedule reads them). */
export const staffChangedHandler: EventHandler<(typeof Events.staffChanged)['shape']> = {
  name: 'appraisal.staff-changed',
  contract: Events.staffChanged,
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
      { onConflictMergeFields: ['name', 'roles', 'propertyIds', 'managerId'] },
    );
  },
};
