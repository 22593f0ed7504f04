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
  valuesConfig: {
    REPAIR: { description: 'Repair request (报修).' },
    COMPLAINT: { description: 'Complaint (投诉).' },
    HELP: { description: 'Help request (求助).' },
    PATROL_FINDING: { description: 'Found on a patrol round (巡查).' },
  },
  name: 'TicketKind',
  description: 'Repair (报修), complaint (投诉), help request (求助) or patrol finding (巡查).',
});
registerEnumType(TicketStatus, {
  valuesConfig: {
    OPEN: { description: 'Logged, not dispatched yet.' },
    DISPATCHED: { description: 'Dispatched to a staff member.' },
    ON_SITE: { description: 'Staff on site.' },
    COMPLETED: { description: 'Done (closed).' },
    REFUSED: { description: 'The customer refused the work (closed).' },
    MERGED: {
      description: 'Merged into another ticket about the same problem (closed).',
    },
  },
  name: 'TicketStatus',
  description: 'COMPLETED, REFUSED and MERGED are closed.',
});
registerEnumType(RepairPriority, {
  valuesConfig: {
    URGENT: { description: 'Urgent: on site within 10 minutes (default).' },
    EXPRESS: { description: 'Express: on site within 15 minutes (default).' },
    NORMAL: { description: 'Normal: same day or by appointment.' },
  },
  name: 'RepairPriority',
  description: 'R-TKT-7: urgent 10 min, express 15 min, normal same day.',
});
registerEnumType(QuoteState, {
  valuesConfig: {
    NONE: { description: 'No quote needed: the item is on the price list.' },
    PENDING: { description: 'Quote given, waiting for the customer.' },
    ACCEPTED: { description: 'The customer accepted the price; work may start.' },
    REJECTED: { description: 'The customer rejected the price.' },
  },
  name: 'QuoteState',
  description: 'R-TKT-3: work on an unlisted item starts only once the quote is ACCEPTED.',
});
registerEnumType(MaterialCheck, {
  valuesConfig: {
    PASS: { description: 'Material fit for use.' },
    FAIL: { description: 'Material unfit: not used.' },
    POOR: {
      description: "Material of poor quality, used at the customer's risk.",
    },
  },
  name: 'MaterialCheck',
  description: 'R-TKT-4: customer-supplied material checked pass / fail / poor.',
});
registerEnumType(Severity, {
  valuesConfig: {
    GENERAL: { description: 'General: the property assistant visits.' },
    IMPORTANT: { description: 'Important: the department head visits.' },
    MAJOR: {
      description: 'Major: the site manager visits; complaints escalate at once.',
    },
  },
  name: 'TicketSeverity',
  description: 'R-VIS-1: decides who visits; MAJOR complaints escalate at once (R-TKT-8).',
});
registerEnumType(ComplaintCategory, {
  valuesConfig: {
    FACILITY: { description: 'Facilities → engineering.' },
    SAFETY: { description: 'Safety → security.' },
    ENVIRONMENT: {
      description: 'Environment (cleaning, greenery) → customer service.',
    },
    NOISE: { description: 'Noise → customer service.' },
    INTRUDER: { description: 'Intruders → customer service.' },
    MAIL: { description: 'Mail → customer service.' },
    SERVICE: { description: 'Staff service → customer service.' },
    OTHER: { description: 'Anything else → customer service.' },
  },
  description: 'What a complaint is about; decides the department (see R-TKT-8 in docs/domain-rules.md).',
  name: 'ComplaintCategory',
});
registerEnumType(Department, {
  valuesConfig: {
    ENGINEERING: { description: 'Engineering: facilities.' },
    SECURITY: { description: 'Security: safety.' },
    CUSTOMER_SERVICE: {
      description: 'Customer service: environment, noise, intruders, mail.',
    },
  },
  description:
    'Department a complaint or help request is dispatched to (see R-TKT-8 in docs/domain-rules.md).',
  name: 'Department',
});
registerEnumType(HelpCategory, {
  valuesConfig: {
    MEDICAL_EMERGENCY: { description: 'Medical emergency.' },
    REPAIR: { description: 'Repair.' },
    COMPLAINT: { description: 'Complaint.' },
    ENQUIRY: { description: 'Enquiry.' },
    CRIME_ACCIDENT: { description: 'Crime or accident.' },
    DISASTER: { description: 'Disaster: typhoon, flood, fire.' },
    OTHER: { description: 'Anything else.' },
  },
  name: 'HelpCategory',
  description: 'R-TKT-9 categories.',
});
registerEnumType(PatrolFindingKind, {
  valuesConfig: {
    FAULT: {
      description: 'Facility fault: engineering told within 2 hours (default).',
    },
    DOOR: {
      description: 'Plant-room door open or broken: within 1 hour (default).',
    },
    RENOVATION_VIOLATION: { description: 'Renovation violation, logged.' },
  },
  name: 'PatrolFindingKind',
  description: 'R-TKT-10: fault 2 h, door 1 h, renovation violation logged.',
});
registerEnumType(SlaState, {
  valuesConfig: {
    OPEN: { description: 'Still running.' },
    MET: { description: 'Met in time.' },
    BREACHED: { description: 'Ran out before it was met.' },
    CANCELLED: {
      description: 'The ticket was merged or refused before the deadline.',
    },
  },
  name: 'SlaState',
  description: 'CANCELLED: the ticket was merged or refused before the deadline.',
});
registerEnumType(VisitMethod, {
  valuesConfig: {
    PHONE: { description: 'By phone.' },
    ON_SITE: { description: "On site, with the customer's signature." },
  },
  description: 'How a follow-up visit was made.',
  name: 'VisitMethod',
});
