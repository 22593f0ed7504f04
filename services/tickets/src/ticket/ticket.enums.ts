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
    REPAIR: { description: 'Repair request (报修).	报修。' },
    COMPLAINT: { description: 'Complaint (投诉).	投诉。' },
    HELP: { description: 'Help request (求助).	求助。' },
    PATROL_FINDING: { description: 'Found on a patrol round (巡查).	巡查发现。' },
  },
  name: 'TicketKind',
  description: 'Repair (报修), complaint (投诉), help request (求助) or patrol finding (巡查).',
});
registerEnumType(TicketStatus, {
  valuesConfig: {
    OPEN: { description: 'Logged, not dispatched yet.	已登记，尚未派工。' },
    DISPATCHED: { description: 'Dispatched to a staff member.	已派工。' },
    ON_SITE: { description: 'Staff on site.	人员已到场。' },
    COMPLETED: { description: 'Done (closed).	已完成（关闭）。' },
    REFUSED: { description: 'The customer refused the work (closed).	客户拒绝维修（关闭）。' },
    MERGED: {
      description:
        'Merged into another ticket about the same problem (closed).	已合并到同一问题的其他工单（关闭）。',
    },
  },
  name: 'TicketStatus',
  description: 'COMPLETED, REFUSED and MERGED are closed.',
});
registerEnumType(RepairPriority, {
  valuesConfig: {
    URGENT: { description: 'Urgent: on site within 10 minutes (default).	紧急：10 分钟内到场（默认）。' },
    EXPRESS: { description: 'Express: on site within 15 minutes (default).	加急：15 分钟内到场（默认）。' },
    NORMAL: { description: 'Normal: same day or by appointment.	普通：当天或按预约。' },
  },
  name: 'RepairPriority',
  description: 'R-TKT-7: urgent 10 min, express 15 min, normal same day.',
});
registerEnumType(QuoteState, {
  valuesConfig: {
    NONE: { description: 'No quote needed: the item is on the price list.	无需报价：项目在价目表内。' },
    PENDING: { description: 'Quote given, waiting for the customer.	已报价，等待客户确认。' },
    ACCEPTED: { description: 'The customer accepted the price; work may start.	客户接受价格，可以开工。' },
    REJECTED: { description: 'The customer rejected the price.	客户拒绝价格。' },
  },
  name: 'QuoteState',
  description: 'R-TKT-3: work on an unlisted item starts only once the quote is ACCEPTED.',
});
registerEnumType(MaterialCheck, {
  valuesConfig: {
    PASS: { description: 'Material fit for use.	材料合格。' },
    FAIL: { description: 'Material unfit: not used.	材料不合格：不使用。' },
    POOR: {
      description: "Material of poor quality, used at the customer's risk.	材料质量差，客户自担风险使用。",
    },
  },
  name: 'MaterialCheck',
  description: 'R-TKT-4: customer-supplied material checked pass / fail / poor.',
});
registerEnumType(Severity, {
  valuesConfig: {
    GENERAL: { description: 'General: the property assistant visits.	一般：由物业助理回访。' },
    IMPORTANT: { description: 'Important: the department head visits.	重要：由部门主管回访。' },
    MAJOR: {
      description:
        'Major: the site manager visits; complaints escalate at once.	重大：由项目经理回访；投诉立即上报。',
    },
  },
  name: 'TicketSeverity',
  description: 'R-VIS-1: decides who visits; MAJOR complaints escalate at once (R-TKT-8).',
});
registerEnumType(ComplaintCategory, {
  valuesConfig: {
    FACILITY: { description: 'Facilities → engineering.	设施设备 → 工程部。' },
    SAFETY: { description: 'Safety → security.	安全 → 秩序维护部。' },
    ENVIRONMENT: {
      description: 'Environment (cleaning, greenery) → customer service.	环境（保洁、绿化）→ 客服部。',
    },
    NOISE: { description: 'Noise → customer service.	噪音 → 客服部。' },
    INTRUDER: { description: 'Intruders → customer service.	闲杂人员 → 客服部。' },
    MAIL: { description: 'Mail → customer service.	邮件 → 客服部。' },
    SERVICE: { description: 'Staff service → customer service.	员工服务 → 客服部。' },
    OTHER: { description: 'Anything else → customer service.	其他 → 客服部。' },
  },
  description:
    'What a complaint is about; decides the department (see R-TKT-8 in docs/domain-rules.md).	投诉类别；决定派往的部门（见 docs/domain-rules.md 中的 R-TKT-8）。',
  name: 'ComplaintCategory',
});
registerEnumType(Department, {
  valuesConfig: {
    ENGINEERING: { description: 'Engineering: facilities.	工程部：设施设备。' },
    SECURITY: { description: 'Security: safety.	秩序维护部：安全。' },
    CUSTOMER_SERVICE: {
      description:
        'Customer service: environment, noise, intruders, mail.	客服部：环境、噪音、闲杂人员、邮件。',
    },
  },
  description:
    'Department a complaint or help request is dispatched to (see R-TKT-8 in docs/domain-rules.md).	投诉或求助派往的部门（见 docs/domain-rules.md 中的 R-TKT-8）。',
  name: 'Department',
});
registerEnumType(HelpCategory, {
  valuesConfig: {
    MEDICAL_EMERGENCY: { description: 'Medical emergency.	医疗急救。' },
    REPAIR: { description: 'Repair.	维修。' },
    COMPLAINT: { description: 'Complaint.	投诉。' },
    ENQUIRY: { description: 'Enquiry.	咨询。' },
    CRIME_ACCIDENT: { description: 'Crime or accident.	治安或意外事故。' },
    DISASTER: { description: 'Disaster: typhoon, flood, fire.	灾害：台风、水浸、火灾。' },
    OTHER: { description: 'Anything else.	其他。' },
  },
  name: 'HelpCategory',
  description: 'R-TKT-9 categories.',
});
registerEnumType(PatrolFindingKind, {
  valuesConfig: {
    FAULT: {
      description:
        'Facility fault: engineering told within 2 hours (default).	设施故障：2 小时内通知工程部（默认）。',
    },
    DOOR: {
      description:
        'Plant-room door open or broken: within 1 hour (default).	机房门未关或损坏：1 小时内处理（默认）。',
    },
    RENOVATION_VIOLATION: { description: 'Renovation violation, logged.	违章装修，予以登记。' },
  },
  name: 'PatrolFindingKind',
  description: 'R-TKT-10: fault 2 h, door 1 h, renovation violation logged.',
});
registerEnumType(SlaState, {
  valuesConfig: {
    OPEN: { description: 'Still running.	仍在计时。' },
    MET: { description: 'Met in time.	按时达成。' },
    BREACHED: { description: 'Ran out before it was met.	超时未达成。' },
    CANCELLED: {
      description: 'The ticket was merged or refused before the deadline.	工单在到期前已合并或被拒绝。',
    },
  },
  name: 'SlaState',
  description: 'CANCELLED: the ticket was merged or refused before the deadline.',
});
registerEnumType(VisitMethod, {
  valuesConfig: {
    PHONE: { description: 'By phone.	电话回访。' },
    ON_SITE: { description: "On site, with the customer's signature.	上门回访，需客户签字。" },
  },
  description: 'How a follow-up visit was made.	回访方式。',
  name: 'VisitMethod',
});
