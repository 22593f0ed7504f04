import { registerEnumType } from 'type-graphql';

export enum TicketKind {
  REPAIR = 'REPAIR',
  COMPLAINT = 'COMPLAINT',
  HELP = 'HELP',
  PATROL_FINDING = 'PATROL_FINDING',
}
export enum TicketStatus {
  OPEN = 'OPEN',
  DISPATCHED = 'DISPATCHED',
  ON_SITE = 'ON_SITE',
  COMPLETED = 'COMPLETED',
  REFUSED = 'REFUSED',
  MERGED = 'MERGED',
}
export const CLOSED_STATUSES = [TicketStatus.COMPLETED, TicketStatus.REFUSED, TicketStatus.MERGED];

export enum RepairPriority {
  URGENT = 'URGENT',
  EXPRESS = 'EXPRESS',
  NORMAL = 'NORMAL',
}
export enum QuoteState {
  NONE = 'NONE',
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
export enum MaterialCheck {
  PASS = 'PASS',
  FAIL = 'FAIL',
  POOR = 'POOR',
}
export enum Severity {
  GENERAL = 'GENERAL',
  IMPORTANT = 'IMPORTANT',
  MAJOR = 'MAJOR',
}
export enum ComplaintCategory {
  FACILITY = 'FACILITY',
  SAFETY = 'SAFETY',
  ENVIRONMENT = 'ENVIRONMENT',
  NOISE = 'NOISE',
  INTRUDER = 'INTRUDER',
  MAIL = 'MAIL',
  SERVICE = 'SERVICE',
  OTHER = 'OTHER',
}
export enum Department {
  ENGINEERING = 'ENGINEERING',
  SECURITY = 'SECURITY',
  CUSTOMER_SERVICE = 'CUSTOMER_SERVICE',
}
export enum HelpCategory {
  MEDICAL_EMERGENCY = 'MEDICAL_EMERGENCY',
  REPAIR = 'REPAIR',
  COMPLAINT = 'COMPLAINT',
  ENQUIRY = 'ENQUIRY',
  CRIME_ACCIDENT = 'CRIME_ACCIDENT',
  DISASTER = 'DISASTER',
  OTHER = 'OTHER',
}
export enum PatrolFindingKind {
  FAULT = 'FAULT',
  DOOR = 'DOOR',
  RENOVATION_VIOLATION = 'RENOVATION_VIOLATION',
}
export enum SlaState {
  OPEN = 'OPEN',
  MET = 'MET',
  BREACHED = 'BREACHED',
  CANCELLED = 'CANCELLED',
}
export enum VisitMethod {
  PHONE = 'PHONE',
  ON_SITE = 'ON_SITE',
}

registerEnumType(TicketKind, {
  name: 'TicketKind',
  description: 'Repair (报修), complaint (投诉), help request (求助) or patrol finding (巡查).',
});
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'COMPLETED, REFUSED and MERGED are closed.',
});
registerEnumType(RepairPriority, {
  name: 'RepairPriority',
  description: 'R-TKT-7: urgent 10 min, express 15 min, normal same day.',
});
registerEnumType(QuoteState, {
  name: 'QuoteState',
  description: 'R-TKT-3: work on an unlisted item starts only once the quote is ACCEPTED.',
});
registerEnumType(MaterialCheck, {
  name: 'MaterialCheck',
  description: 'R-TKT-4: customer-supplied material checked pass / fail / poor.',
});
registerEnumType(Severity, {
  name: 'TicketSeverity',
  description: 'R-VIS-1: decides who visits; MAJOR complaints escalate at once (R-TKT-8).',
});
registerEnumType(ComplaintCategory, { name: 'ComplaintCategory' });
registerEnumType(Department, { name: 'Department' });
registerEnumType(HelpCategory, { name: 'HelpCategory', description: 'R-TKT-9 categories.' });
registerEnumType(PatrolFindingKind, {
  name: 'PatrolFindingKind',
  description: 'R-TKT-10: fault 2 h, door 1 h, renovation violation logged.',
});
registerEnumType(SlaState, {
  name: 'SlaState',
  description: 'CANCELLED: the ticket was merged or refused before the deadline.',
});
registerEnumType(VisitMethod, { name: 'VisitMethod' });
