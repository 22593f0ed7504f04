import { EntityManager } from '@mikro-orm/postgresql';
import { policyValue } from '@pm/policy';
import { MINUTE, addDays, dateIn, instantAt } from '@pm/time';
import { PatrolFindingKind, RepairPriority, TicketKind } from '../ticket/ticket.enums';

/** The SLA numbers of one property on one date, all from the policy projection (catalog defaults). */
export interface SlaPolicy {
  orderFillMinutes: number;
  engineeringNotifyMinutes: number;
  onSiteUrgentMinutes: number;
  onSiteExpressMinutes: number;
  onSiteNormalByMinuteOfDay: number;
  appointmentLeadMinutes: number;
  quoteMinutes: number;
  publicAreaNotifyMinutes: number;
  publicAreaOnSiteMinutes: number;
  helpEscalatedAnswerMinutes: number;
  patrolFaultReportMinutes: number;
  patrolDoorReportMinutes: number;
  responseHours: number;
}

const KEYS: Record<keyof SlaPolicy, string> = {
  orderFillMinutes: 'tickets.repairOrderFillMinutes',
  engineeringNotifyMinutes: 'tickets.engineeringNotifyMinutes',
  onSiteUrgentMinutes: 'tickets.onSiteUrgentMinutes',
  onSiteExpressMinutes: 'tickets.onSiteExpressMinutes',
  onSiteNormalByMinuteOfDay: 'tickets.onSiteNormalByMinuteOfDay',
  appointmentLeadMinutes: 'tickets.appointmentLeadMinutes',
  quoteMinutes: 'tickets.unlistedRepairQuoteMinutes',
  publicAreaNotifyMinutes: 'tickets.publicAreaNotifyMinutes',
  publicAreaOnSiteMinutes: 'tickets.publicAreaOnSiteMinutes',
  helpEscalatedAnswerMinutes: 'tickets.helpEscalatedAnswerMinutes',
  patrolFaultReportMinutes: 'tickets.patrolFaultReportMinutes',
  patrolDoorReportMinutes: 'tickets.patrolDoorReportMinutes',
  responseHours: 'kpi.responseHours',
};

export async function loadSlaPolicy(em: EntityManager, propertyId: string, asOf: string): Promise<SlaPolicy> {
  const out = {} as SlaPolicy;
  for (const [field, key] of Object.entries(KEYS))
    out[field as keyof SlaPolicy] = Number(await policyValue(em, key, propertyId, asOf));
  return out;
}

export interface DeadlineSpec {
  kind: string;
  rule: string;
  dueAt: Date;
}

/** What meets which deadline: the action that closes it on the timeline. */
export const MET_BY: Record<string, string[]> = {
  DISPATCHED: ['ENGINEERING_NOTIFIED', 'PUBLIC_NOTIFY', 'PATROL_REPORT', 'FIRST_RESPONSE'],
  RESPONDED: ['FIRST_RESPONSE', 'HELP_ANSWER'],
  QUOTED: ['QUOTE', 'FIRST_RESPONSE'],
  ARRIVED: ['ON_SITE', 'PUBLIC_ON_SITE', 'FIRST_RESPONSE'],
  COMPLETED: ['FIRST_RESPONSE', 'HELP_ANSWER', 'PATROL_REPORT'],
};

const plus = (at: Date, minutes: number) => new Date(at.getTime() + minutes * MINUTE);

/**
 * R-TKT-2 / R-TKT-7: when the technician must be on site for an in-home repair, counted from
 * `from` (the order, or the accepted quote): urgent and express in minutes, an appointment
 * minus the lead time, normal by a minute of the local day (end of day by default).
 */
export function onSiteDueAt(
  priority: RepairPriority,
  from: Date,
  appointmentAt: Date | undefined,
  p: SlaPolicy,
  tz: string,
): DeadlineSpec {
  if (appointmentAt)
    return { kind: 'ON_SITE', rule: 'R-TKT-2', dueAt: plus(appointmentAt, -p.appointmentLeadMinutes) };
  if (priority === RepairPriority.URGENT)
    return { kind: 'ON_SITE', rule: 'R-TKT-7', dueAt: plus(from, p.onSiteUrgentMinutes) };
  if (priority === RepairPriority.EXPRESS)
    return { kind: 'ON_SITE', rule: 'R-TKT-7', dueAt: plus(from, p.onSiteExpressMinutes) };
  const day = dateIn(from, tz);
  let due = instantAt(day, tz, p.onSiteNormalByMinuteOfDay);
  // An order taken after the day's cut-off is due by the same minute of the next day.
  if (due.getTime() <= from.getTime()) due = instantAt(addDays(day, 1), tz, p.onSiteNormalByMinuteOfDay);
  return { kind: 'ON_SITE', rule: 'R-TKT-7', dueAt: due };
}

/**
 * R-TKT-9: a help request staff could not answer at once is answered within minutes of `from`
 * (the call, or a later escalation).
 */
export function helpAnswerDueAt(from: Date, p: SlaPolicy): DeadlineSpec {
  return { kind: 'HELP_ANSWER', rule: 'R-TKT-9', dueAt: plus(from, p.helpEscalatedAnswerMinutes) };
}

export interface TicketFacts {
  kind: TicketKind;
  calledAt: Date;
  createdAt: Date;
  priority?: RepairPriority;
  appointmentAt?: Date;
  publicArea: boolean;
  listed: boolean;
  category?: string;
  escalated?: boolean;
  hasCustomer: boolean;
}

/** The deadlines a ticket gets when it is created (R-TKT-1..10, R-KPI-1). */
export function deadlinesOnCreate(t: TicketFacts, p: SlaPolicy, tz: string): DeadlineSpec[] {
  const out: DeadlineSpec[] = [];
  const customerFacing = t.kind !== TicketKind.PATROL_FINDING;
  if (t.kind === TicketKind.REPAIR) {
    out.push({ kind: 'ORDER_FILLED', rule: 'R-TKT-1', dueAt: plus(t.calledAt, p.orderFillMinutes) });
    if (t.publicArea) {
      out.push({
        kind: 'PUBLIC_NOTIFY',
        rule: 'R-TKT-6',
        dueAt: plus(t.calledAt, p.publicAreaNotifyMinutes),
      });
      out.push({
        kind: 'PUBLIC_ON_SITE',
        rule: 'R-TKT-6',
        dueAt: plus(t.calledAt, p.publicAreaOnSiteMinutes),
      });
    } else {
      out.push({
        kind: 'ENGINEERING_NOTIFIED',
        rule: 'R-TKT-1',
        dueAt: plus(t.calledAt, p.engineeringNotifyMinutes),
      });
      if (t.listed)
        out.push(onSiteDueAt(t.priority ?? RepairPriority.NORMAL, t.createdAt, t.appointmentAt, p, tz));
      else out.push({ kind: 'QUOTE', rule: 'R-TKT-3', dueAt: plus(t.createdAt, p.quoteMinutes) });
    }
  }
  if (t.kind === TicketKind.HELP && t.escalated) out.push(helpAnswerDueAt(t.calledAt, p));
  if (t.kind === TicketKind.PATROL_FINDING && t.category !== PatrolFindingKind.RENOVATION_VIOLATION) {
    const minutes =
      t.category === PatrolFindingKind.DOOR ? p.patrolDoorReportMinutes : p.patrolFaultReportMinutes;
    out.push({ kind: 'PATROL_REPORT', rule: 'R-TKT-10', dueAt: plus(t.calledAt, minutes) });
  }
  if (customerFacing)
    out.push({ kind: 'FIRST_RESPONSE', rule: 'R-KPI-1', dueAt: plus(t.calledAt, p.responseHours * 60) });
  return out;
}

/** A deadline reached at `at` is met when on time, breached otherwise (the timer publishes it). */
export function stateWhenReached(dueAt: Date, at: Date): 'MET' | 'BREACHED' {
  return at.getTime() <= dueAt.getTime() ? 'MET' : 'BREACHED';
}
