import { defineEvent } from '../event-contract';
import { opt } from '../schema';

/** Events published by the tickets service (repairs, complaints, help, patrols, visits). */
export const TicketEvents = {
  ticketCreated: defineEvent('tickets', 'ticket.created', 1, {
    ticketId: 'uuid',
    propertyId: 'uuid',
    kind: 'string',
    unitId: opt('uuid'),
    customerId: opt('uuid'),
  }),
  /**
   * A ticket went to leadership (R-TKT-8 serious complaints, R-TKT-9 help staff cannot answer):
   * escalated by hand, or filed already escalated.
   */
  ticketEscalated: defineEvent('tickets', 'ticket.escalated', 1, {
    ticketId: 'uuid',
    propertyId: 'uuid',
    kind: 'string',
  }),
  /** Charges per the price list, billed with the next management fee (R-TKT-5). */
  ticketCompleted: defineEvent('tickets', 'ticket.completed', 1, {
    ticketId: 'uuid',
    propertyId: 'uuid',
    unitId: opt('uuid'),
    customerId: opt('uuid'),
    /** `[{ code, name, quantity, unitPriceFen, amountFen }]` */
    charges: 'json',
    totalFen: 'int',
    completedAt: 'datetime',
  }),
  ticketClosed: defineEvent('tickets', 'ticket.closed', 1, {
    ticketId: 'uuid',
    propertyId: 'uuid',
    kind: 'string',
    customerId: opt('uuid'),
    closedAt: 'datetime',
  }),
  /** Published once per deadline that passed unmet (R-TKT-*, R-KPI-1); evidence for appraisal (R-APR-7). */
  ticketSlaBreached: defineEvent('tickets', 'ticket.sla_breached', 1, {
    ticketId: 'uuid',
    propertyId: 'uuid',
    rule: 'string',
    dueAt: 'datetime',
    responsibleStaffId: opt('uuid'),
    /** Which deadline of the rule: ORDER_FILLED, ENGINEERING_NOTIFIED, ON_SITE, QUOTE, PUBLIC_NOTIFY, PUBLIC_ON_SITE, HELP_ANSWER, PATROL_REPORT, FIRST_RESPONSE. */
    kind: opt('string'),
  }),
  visitRecorded: defineEvent('tickets', 'visit.recorded', 1, {
    visitId: 'uuid',
    ticketId: 'uuid',
    propertyId: 'uuid',
    method: 'string',
    satisfaction: 'int',
    staffId: opt('uuid'),
    customerId: opt('uuid'),
  }),
  /** A follow-up visit not done by its due date (R-VIS-2); evidence for appraisal (R-APR-7). */
  visitMissed: defineEvent('tickets', 'visit.missed', 1, {
    visitTaskId: 'uuid',
    ticketId: 'uuid',
    propertyId: 'uuid',
    dueAt: 'datetime',
    responsibleStaffId: opt('uuid'),
  }),
} as const;
