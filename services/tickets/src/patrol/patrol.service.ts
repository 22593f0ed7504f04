import { isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Clock, addDays, isCalendarDate } from '@pm/time';
import { policyValue } from '@pm/policy';
import { PropertyProjection } from '../projection/projection.entities';
import { TicketChanges } from '../ticket/ticket.changes';
import { Ticket } from '../ticket/ticket.entity';
import { TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { callTimeProblems, descriptionProblems } from '../ticket/ticket.rules';
import { PatrolCoverage, PatrolRound } from './patrol.entity';
import { patrolCoverage, weekStartOf } from './patrol.rules';
import { PlanPatrolRoundInput, ReportPatrolFindingInput } from './patrol.inputs';

/** Patrol rounds (R-TKT-10): planned with checkpoints, checked in, findings reported as tickets. */
export class PatrolService {
  constructor(
    private db: Database,
    private clock: Clock,
    private changes: TicketChanges,
  ) {}

  async plan(principal: Principal, input: PlanPatrolRoundInput): Promise<PatrolRound> {
    assertPropertyVisible(principal, input.propertyId);
    const checkpoints = [...new Set(input.checkpoints.map((c) => c.trim()).filter(Boolean))];
    const problems = [];
    if (!isCalendarDate(input.plannedFor)) problems.push({ field: 'plannedFor', message: 'YYYY-MM-DD' });
    if (!checkpoints.length) problems.push({ field: 'checkpoints', message: 'at least one' });
    if (problems.length) throw validationFailed('round is invalid', problems);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: input.propertyId }))) throw notFound('property');
      const r = em.create(PatrolRound, {
        propertyId: input.propertyId,
        plannedFor: input.plannedFor,
        checkpoints,
        status: 'PLANNED',
        createdAt: this.clock.now(),
      });
      await em.flush();
      return r;
    }, principal);
  }

  async checkIn(principal: Principal, roundId: string, checkpoint: string): Promise<PatrolRound> {
    return this.db.tx(async (em) => {
      const r = await em.findOne(PatrolRound, { id: roundId });
      if (!r) throw notFound('round');
      if (!r.checkpoints.includes(checkpoint.trim()))
        throw validationFailed('unknown checkpoint', [
          { field: 'checkpoint', message: 'not a checkpoint of this round' },
        ]);
      r.checkIns = [
        ...r.checkIns,
        { checkpoint: checkpoint.trim(), at: this.clock.now().toISOString(), actorId: principal.actor.id },
      ];
      const done = new Set(r.checkIns.map((c) => c.checkpoint));
      r.status = r.checkpoints.every((c) => done.has(c)) ? 'DONE' : 'IN_PROGRESS';
      await em.flush();
      return r;
    }, principal);
  }

  /** R-TKT-10: how often each checkpoint (floor) was checked in during the week of `date`. */
  async coverage(principal: Principal, propertyId: string, date: string): Promise<PatrolCoverage> {
    if (!isCalendarDate(date))
      throw validationFailed('date is YYYY-MM-DD', [{ field: 'weekOf', message: 'YYYY-MM-DD' }]);
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    const weekStart = weekStartOf(date);
    const weekEnd = addDays(weekStart, 6);
    return this.db.tx(async (em) => {
      if (!(await em.findOne(PropertyProjection, { id: propertyId }))) throw notFound('property');
      const rounds = await em.find(
        PatrolRound,
        { propertyId, plannedFor: { $gte: addDays(weekStart, -21), $lte: weekEnd } },
        { fields: ['plannedFor', 'checkpoints', 'checkIns'] },
      );
      const required = Number(await policyValue(em, 'tickets.patrolFloorVisitsPerWeek', propertyId, weekEnd));
      return { weekStart, weekEnd, required, ...patrolCoverage(rounds, weekStart, required) };
    }, principal);
  }

  async get(principal: Principal, id: string): Promise<PatrolRound | null> {
    return this.db.tx((em) => em.findOne(PatrolRound, { id }), principal);
  }

  /** R-TKT-10: a finding on patrol becomes a ticket (fault 2 h, door 1 h to engineering). */
  async reportFinding(principal: Principal, input: ReportPatrolFindingInput): Promise<Ticket> {
    const description = input.description.trim();
    const now = this.clock.now();
    const problems = [
      ...descriptionProblems(description),
      ...callTimeProblems(input.foundAt, now, 'foundAt'),
    ];
    const foundAt = input.foundAt ?? now;
    return this.changes.create(principal, input.propertyId, problems, async (em) => {
      if (input.roundId) {
        const round = isUuid(input.roundId)
          ? await em.findOne(PatrolRound, { id: input.roundId, propertyId: input.propertyId })
          : null;
        if (!round)
          throw validationFailed('unknown round', [
            { field: 'roundId', message: 'no such round at this property' },
          ]);
      }
      const t = em.create(Ticket, {
        kind: TicketKind.PATROL_FINDING,
        status: TicketStatus.OPEN,
        propertyId: input.propertyId,
        description,
        category: input.kind,
        roundId: input.roundId,
        calledAt: foundAt,
        createdAt: now,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return { t, facts: { listed: true }, action: 'FOUND' };
    });
  }
}
