import { Events } from '@pm/contracts';
import { EventHandler, projectionHandler } from '@pm/events';
import {
  OccupancyProjection,
  PropertyProjection,
  StaffProjection,
  SurveyAnswerProjection,
  UnitProjection,
} from './projection.entities';

/** Projections of other services' data, fed only by their events. */
export const propertyCreatedHandler = projectionHandler({
  name: 'tickets.property-projection',
  contract: Events.propertyCreated,
  entity: PropertyProjection,
  row: (p) => ({ id: p.propertyId, name: p.name, timeZone: p.timeZone }),
  merge: ['name', 'timeZone'],
});

export const unitCreatedHandler = projectionHandler({
  name: 'tickets.unit-projection',
  contract: Events.unitCreated,
  entity: UnitProjection,
  row: (p) => ({ id: p.unitId, propertyId: p.propertyId, building: p.building, number: p.number }),
});

export const staffJoinedHandler = projectionHandler({
  name: 'tickets.staff-projection',
  contract: Events.staffJoined,
  entity: StaffProjection,
  row: (p) => ({
    id: p.staffId,
    userId: p.userId,
    name: p.name,
    roles: p.roles,
    propertyIds: p.propertyIds,
    managerId: p.managerId ?? undefined,
  }),
  merge: ['name', 'roles', 'propertyIds', 'managerId'],
});

/** Survey answers are written once (R-CUS-13): a redelivered event changes nothing. */
export const surveyAnsweredHandler = projectionHandler({
  name: 'tickets.survey-answered',
  contract: Events.surveyAnswered,
  entity: SurveyAnswerProjection,
  row: (p) => ({
    id: p.responseId,
    propertyId: p.propertyId,
    campaignId: p.campaignId,
    year: p.year,
    scoreSum: p.scoreSum,
    scoreCount: p.scoreCount,
    answeredAt: new Date(p.answeredAt),
  }),
});

/** R-TKT-16: a unit is vacant while no occupancy covers the day; redelivery changes nothing. */
export const occupancyStartedHandler: EventHandler<(typeof Events.occupancyStarted)['shape']> = {
  name: 'tickets.occupancy-started',
  contract: Events.occupancyStarted,
  async handle(em, p) {
    const known = await em.findOne(OccupancyProjection, { id: p.occupancyId });
    if (known) known.startDate ??= p.startDate;
    else
      em.create(OccupancyProjection, {
        id: p.occupancyId,
        unitId: p.unitId,
        propertyId: p.propertyId,
        startDate: p.startDate,
      });
  },
};

export const occupancyEndedHandler: EventHandler<(typeof Events.occupancyEnded)['shape']> = {
  name: 'tickets.occupancy-ended',
  contract: Events.occupancyEnded,
  async handle(em, p) {
    const known = await em.findOne(OccupancyProjection, { id: p.occupancyId });
    if (known) known.endDate = p.endDate;
    else
      em.create(OccupancyProjection, {
        id: p.occupancyId,
        unitId: p.unitId,
        propertyId: p.propertyId,
        endDate: p.endDate,
      });
  },
};
