import { Principal } from '@pm/auth';
import { Clock } from '@pm/time';
import { TicketChanges, checkUnit } from '../ticket/ticket.changes';
import { Ticket } from '../ticket/ticket.entity';
import { Severity, TicketKind, TicketStatus } from '../ticket/ticket.enums';
import { callTimeProblems, descriptionProblems, helpSeverity } from '../ticket/ticket.rules';
import { RequestHelpInput } from './help.inputs';

/** Help requests (R-TKT-9): answered at once and closed, or escalated with an answer deadline. */
export class HelpService {
  constructor(
    private clock: Clock,
    private changes: TicketChanges,
  ) {}

  async requestHelp(principal: Principal, input: RequestHelpInput): Promise<Ticket> {
    const description = input.description.trim();
    const now = this.clock.now();
    const problems = [
      ...descriptionProblems(description),
      ...callTimeProblems(input.calledAt, now, 'calledAt'),
    ];
    const calledAt = input.calledAt ?? now;
    const severity = helpSeverity(input.category);
    return this.changes.create(principal, input.propertyId, problems, async (em) => {
      await checkUnit(em, input.propertyId, input.unitId);
      const answered = !!input.answered;
      const t = em.create(Ticket, {
        kind: TicketKind.HELP,
        status: answered ? TicketStatus.COMPLETED : TicketStatus.OPEN,
        propertyId: input.propertyId,
        unitId: input.unitId,
        customerId: input.customerId,
        description,
        category: input.category,
        severity,
        escalated: !answered || severity === Severity.MAJOR,
        calledAt,
        createdAt: now,
        firstResponseAt: answered ? now : undefined,
        completedAt: answered ? now : undefined,
        closedAt: answered ? now : undefined,
        reporterId: principal.actor.id,
      });
      await em.flush();
      return {
        t,
        facts: { listed: true, escalated: !answered },
        action: answered ? 'ANSWERED' : 'ESCALATED',
      };
    });
  }
}
