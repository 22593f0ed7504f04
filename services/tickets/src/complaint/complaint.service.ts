import { LockMode } from '@mikro-orm/postgresql';
import { isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { assertPropertyVisible, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { zoneOf } from '../projection/projection.entities';
import { cancelOpen } from '../sla/sla.deadlines';
import { TicketChanges, addEvent, checkUnit } from '../ticket/ticket.changes';
import { Ticket } from '../ticket/ticket.entity';
import {
  CLOSED_STATUSES,
  ComplaintCategory,
  Severity,
  TicketKind,
  TicketStatus,
} from '../ticket/ticket.enums';
import { assertOpen, departmentFor } from '../ticket/ticket.rules';
import { FileComplaintInput } from './complaint.inputs';
import { complaintProblems, mergeProblems } from './complaint.rules';

/** Complaints (R-TKT-8): classified to a department, MAJOR escalated at once, duplicates kept as one record. */
export class ComplaintService {
  constructor(
    private db: Database,
    private clock: Clock,
    private changes: TicketChanges,
  ) {}

  async fileComplaint(principal: Principal, input: FileComplaintInput): Promise<Ticket> {
    const description = input.description.trim();
    const now = this.clock.now();
    const problems = complaintProblems({ ...input, description }, now);
    const calledAt = input.calledAt ?? now;
    // Duplicates filed with several departments are recorded once (R-TKT-8).
    if (!problems.length && input.customerId && isUuid(input.customerId)) {
      assertPropertyVisible(principal, input.propertyId);
      const dup = await this.db.tx(async (em) => {
        // Two complaints of one customer in one category inside this window are one record (R-TKT-8).
        const windowHours = await policyValue<number>(
          em,
          'tickets.complaintDuplicateWindowHours',
          input.propertyId,
          dateIn(now, await zoneOf(em, input.propertyId)),
        );
        const since = new Date(now.getTime() - windowHours * 3600_000);
        const existing = await em.findOne(
          Ticket,
          {
            kind: TicketKind.COMPLAINT,
            propertyId: input.propertyId,
            customerId: input.customerId,
            category: input.category,
            status: { $nin: CLOSED_STATUSES },
            createdAt: { $gte: since },
          },
          { orderBy: { id: 'asc' } },
        );
        if (!existing) return null;
        await addEvent(em, existing, 'DUPLICATE_RECORDED', principal, now, description.slice(0, 500));
        return existing;
      }, principal);
      if (dup) return dup;
    }
    const severity = input.severity ?? Severity.GENERAL;
    return this.changes.create(principal, input.propertyId, problems, async (em) => {
      await checkUnit(em, input.propertyId, input.unitId);
      const t = em.create(Ticket, {
        kind: TicketKind.COMPLAINT,
        status: TicketStatus.OPEN,
        propertyId: input.propertyId,
        unitId: input.unitId,
        customerId: input.anonymous ? undefined : input.customerId,
        description,
        category: input.category,
        department: departmentFor(input.category as ComplaintCategory),
        severity,
        anonymous: !!input.anonymous,
        escalated: severity === Severity.MAJOR,
        intake: {
          what: input.what,
          where: input.where,
          who: input.who,
          when: input.when,
          expectation: input.expectation,
        },
        calledAt,
        createdAt: now,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return { t, facts: { listed: true }, action: 'FILED' };
    });
  }

  /** Complaints about one problem filed with several departments become one record (R-TKT-8). */
  async merge(principal: Principal, targetId: string, sourceIds: string[]): Promise<Ticket> {
    return this.changes.change(principal, targetId, async (em, target, now) => {
      assertOpen(target);
      const ids = [...new Set(sourceIds)].filter((s) => s !== target.id);
      const sources =
        ids.length && ids.every(isUuid)
          ? await em.find(
              Ticket,
              { id: { $in: ids } },
              { orderBy: { id: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
            )
          : [];
      const problems = mergeProblems(target, ids, sources);
      if (problems.length) throw validationFailed('cannot merge', problems);
      for (const s of sources) {
        s.status = TicketStatus.MERGED;
        s.mergedIntoId = target.id;
        s.closedAt = now;
        await addEvent(em, s, 'MERGED', principal, now, `into ${target.id}`);
        await cancelOpen(em, s, now);
        await addEvent(em, target, 'MERGED_IN', principal, now, s.id);
      }
    });
  }
}
