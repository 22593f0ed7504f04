import { createHash } from 'crypto';
import { StaffRole } from '@pm/contracts';
import { Department, Severity, TicketKind } from '../ticket/ticket.enums';

/**
 * R-VIS-2 sampling, deterministic and auditable: the n-th ticket of a kind closed at a property
 * is visited when floor(n × T / 1000) > floor((n − 1) × T / 1000), T = rate × 1000. Exactly T of
 * every 1,000 consecutive closures are selected, evenly spread (a hash alone only gets close on
 * average: ±1.6 % standard deviation at 50 % over 1,000). The sequence number, the rule and a
 * hash of the id are stored on the task so anyone can recompute the decision.
 */
export function sampleHash(ticketId: string): number {
  return createHash('sha256').update(ticketId).digest().readUInt32BE(0) % 1000;
}

export function sampleDecision(
  sequenceNo: number,
  rate: number,
  ticketId: string,
): { hash: number; selected: boolean; rule: string } {
  const t = Math.round(rate * 1000);
  const selected = Math.floor((sequenceNo * t) / 1000) > Math.floor(((sequenceNo - 1) * t) / 1000);
  return {
    hash: sampleHash(ticketId),
    selected,
    rule: `n=${sequenceNo}: floor(n*${t}/1000) > floor((n-1)*${t}/1000)`,
  };
}

/** R-VIS-1: general → property assistant; important → head of the department; major → site manager. */
export function responsibleRole(severity: Severity, department?: Department): StaffRole {
  if (severity === Severity.MAJOR) return StaffRole.SITE_MANAGER;
  if (severity === Severity.IMPORTANT)
    // There is no security-head role in the directory: the customer-service supervisor visits.
    return department === Department.ENGINEERING ? StaffRole.ENGINEERING_SUPERVISOR : StaffRole.CS_SUPERVISOR;
  return StaffRole.PROPERTY_ASSISTANT;
}

/**
 * R-VIS-1 at record time: the visit is made by the responsible role, or by someone above it — a
 * site manager (or the company admin) may make any visit; a department head's visit only by that
 * head or the site manager.
 */
export function mayRecordVisit(responsibleRole: string, recorderRoles: readonly string[]): boolean {
  if (recorderRoles.includes(StaffRole.SITE_MANAGER) || recorderRoles.includes(StaffRole.ADMIN)) return true;
  if (recorderRoles.includes(responsibleRole)) return true;
  return (
    responsibleRole === StaffRole.PROPERTY_ASSISTANT &&
    (recorderRoles.includes(StaffRole.CS_SUPERVISOR) ||
      recorderRoles.includes(StaffRole.ENGINEERING_SUPERVISOR))
  );
}

/** Which closed tickets get a visit task at all (anonymous complaints never, R-TKT-8). */
export function needsVisit(kind: TicketKind, anonymous: boolean): boolean {
  return (kind === TicketKind.COMPLAINT || kind === TicketKind.REPAIR) && !anonymous;
}

export interface VisitCheck {
  method: 'PHONE' | 'ON_SITE';
  satisfaction: number;
  customerSigned?: boolean | null;
}

/** R-VIS-3: on-site visits need the customer's signature; satisfaction is 1–5. R-VIS-4: phone only after N repeat visits. */
export function visitProblems(
  v: VisitCheck,
  repeat: { openIssue: boolean; visitsSoFar: number; phoneAllowedAfter: number },
): { field: string; message: string }[] {
  const problems = [];
  if (!Number.isInteger(v.satisfaction) || v.satisfaction < 1 || v.satisfaction > 5)
    problems.push({ field: 'satisfaction', message: 'must be an integer from 1 to 5' });
  if (v.method === 'ON_SITE' && !v.customerSigned)
    problems.push({
      field: 'customerSigned',
      message: 'an on-site visit needs the customer’s signature (R-VIS-3)',
    });
  if (v.method === 'PHONE' && repeat.openIssue && repeat.visitsSoFar < repeat.phoneAllowedAfter)
    problems.push({
      field: 'method',
      message: `an open issue is visited on site until ${repeat.phoneAllowedAfter} visits were made (R-VIS-4)`,
    });
  return problems;
}
