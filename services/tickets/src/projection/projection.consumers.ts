import { Events } from '@pm/contracts';
import { projectionHandler } from '@pm/events';
import {
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
