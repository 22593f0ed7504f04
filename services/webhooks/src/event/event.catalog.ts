import { registerEnumType } from 'type-graphql';
import { EventContract, Events } from '@pm/contracts';

/**
 * The events a company may subscribe to: the domain events that concern one of its properties
 * (each payload names a `propertyId`, the subscription's property filter) and carry ids, codes,
 * dates and amounts only. Left out on purpose: events with personal data in the payload
 * (`customer.registered` has the name, `staff.joined` the e-mail), staff appraisal (internal),
 * and events without a property (`clearance.decided`, `tenant.created`, `policy.changed`).
 * The enum value is the event type in upper snake case; the body's `type` is the event type.
 */
export enum WebhookEventType {
  PROPERTY_CREATED = 'property.created',
  UNIT_CREATED = 'unit.created',
  OCCUPANCY_STARTED = 'occupancy.started',
  OCCUPANCY_ENDED = 'occupancy.ended',
  MOVEOUT_REQUESTED = 'moveout.requested',
  TICKET_CREATED = 'ticket.created',
  TICKET_ESCALATED = 'ticket.escalated',
  TICKET_COMPLETED = 'ticket.completed',
  TICKET_CLOSED = 'ticket.closed',
  TICKET_SLA_BREACHED = 'ticket.sla_breached',
  VISIT_RECORDED = 'visit.recorded',
  VISIT_MISSED = 'visit.missed',
  BILL_ISSUED = 'bill.issued',
  BILL_PAID = 'bill.paid',
  PAYMENT_REVERSED = 'payment.reversed',
  ARREARS_ESCALATED = 'arrears.escalated',
  DUNNING_ROUND_GENERATED = 'dunning.round_generated',
}

interface CatalogEntry {
  contract: EventContract;
  description: string;
}

export const WEBHOOK_EVENTS: Record<WebhookEventType, CatalogEntry> = {
  [WebhookEventType.PROPERTY_CREATED]: {
    contract: Events.propertyCreated,
    description: 'A property (managed site) was added: propertyId, name, kind, timeZone, address.',
  },
  [WebhookEventType.UNIT_CREATED]: {
    contract: Events.unitCreated,
    description: 'A unit was added to a property: unitId, propertyId, building, number, areaSqm, kind.',
  },
  [WebhookEventType.OCCUPANCY_STARTED]: {
    contract: Events.occupancyStarted,
    description:
      'A customer moved in: occupancyId, customerId, unitId, propertyId, kind, startDate, meterReadings.',
  },
  [WebhookEventType.OCCUPANCY_ENDED]: {
    contract: Events.occupancyEnded,
    description: 'A customer moved out: occupancyId, customerId, unitId, propertyId, endDate.',
  },
  [WebhookEventType.MOVEOUT_REQUESTED]: {
    contract: Events.moveOutRequested,
    description:
      'A move-out or ownership transfer was requested: requestId, customerId, unitId, propertyId, plannedDate, reason.',
  },
  [WebhookEventType.TICKET_CREATED]: {
    contract: Events.ticketCreated,
    description:
      'A ticket (repair, complaint, help request, patrol finding) was opened: ticketId, propertyId, kind, unitId, customerId.',
  },
  [WebhookEventType.TICKET_ESCALATED]: {
    contract: Events.ticketEscalated,
    description: 'A ticket went to leadership, by hand or filed escalated: ticketId, propertyId, kind.',
  },
  [WebhookEventType.TICKET_COMPLETED]: {
    contract: Events.ticketCompleted,
    description:
      'A repair was completed with its charges in fen: ticketId, propertyId, unitId, customerId, charges, totalFen, completedAt.',
  },
  [WebhookEventType.TICKET_CLOSED]: {
    contract: Events.ticketClosed,
    description: 'A ticket of any kind was closed: ticketId, propertyId, kind, customerId, closedAt.',
  },
  [WebhookEventType.TICKET_SLA_BREACHED]: {
    contract: Events.ticketSlaBreached,
    description:
      'A service-level deadline passed unmet: ticketId, propertyId, rule, kind, dueAt, responsibleStaffId.',
  },
  [WebhookEventType.VISIT_RECORDED]: {
    contract: Events.visitRecorded,
    description:
      'A follow-up visit was recorded: visitId, ticketId, propertyId, method, satisfaction, staffId, customerId.',
  },
  [WebhookEventType.VISIT_MISSED]: {
    contract: Events.visitMissed,
    description: 'A follow-up visit was not done by its due date: visitTaskId, ticketId, propertyId, dueAt.',
  },
  [WebhookEventType.BILL_ISSUED]: {
    contract: Events.billIssued,
    description: 'A bill was issued: billId, propertyId, unitId, customerId, period, totalFen, dueDate.',
  },
  [WebhookEventType.BILL_PAID]: {
    contract: Events.billPaid,
    description: 'A bill was paid: billId, paymentId, propertyId, customerId, amountFen, paidAt.',
  },
  [WebhookEventType.PAYMENT_REVERSED]: {
    contract: Events.paymentReversed,
    description:
      'A payment was reversed and its bill is open again: paymentId, billId, propertyId, customerId, amountFen, reason.',
  },
  [WebhookEventType.ARREARS_ESCALATED]: {
    contract: Events.arrearsEscalated,
    description:
      'A customer’s arrears reached a further stage: customerId, propertyId, stage, overdueFen, months.',
  },
  [WebhookEventType.DUNNING_ROUND_GENERATED]: {
    contract: Events.dunningRoundGenerated,
    description:
      'A dunning round was generated for an unpaid bill: billId, propertyId, customerId, round, responsibleRole, scheduledOn.',
  },
};

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'An event a webhook subscription may receive; the delivery body’s `type` is the lower-case dotted form (TICKET_CREATED → ticket.created).',
  valuesConfig: Object.fromEntries(
    Object.entries(WebhookEventType).map(([name, type]) => [
      name,
      { description: WEBHOOK_EVENTS[type].description },
    ]),
  ),
});

/** The durable consumer that delivers one event type: `webhooks.deliver-ticket-created`. */
export const consumerNameOf = (type: WebhookEventType) => `webhooks.deliver-${type.replace(/[._]/g, '-')}`;
