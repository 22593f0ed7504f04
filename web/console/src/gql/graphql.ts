/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ArchiveLoanInput = {
  customerId: string | number;
  /** Beyond the policy maximum (default 7) → VALIDATION_FAILED. */
  days: number;
  purpose: string;
  /** SHORT or LONG; without it the default maximum applies. */
  term?: ArchiveLoanTerm | null | undefined;
};

export type ArchiveLoanStatus =
  | 'APPROVED'
  | 'OVERDUE'
  | 'REJECTED'
  | 'REQUESTED'
  | 'RETURNED';

/** Short (≤ 3 days) or long (≤ 7 days) loan (R-ARC-3). */
export type ArchiveLoanTerm =
  | 'LONG'
  | 'SHORT';

/** Content index of an archive (R-ARC-1). */
export type ArchiveSection =
  | 'BASIC_INFO'
  | 'CORRESPONDENCE'
  | 'FIRE_ACCEPTANCE'
  | 'FIRE_RESPONSIBILITY_LETTER'
  | 'KITCHEN_DUCT_CLEANING'
  | 'OTHER'
  | 'PATROL_AND_RECTIFICATION'
  | 'RENOVATION';

/** R-BIL-7 (thresholds are policies): OVERDUE ≤ 1 month; MEDIATION > 1 and ≤ 2 months; PUBLIC_LISTING > 2 months; LEGAL ≥ 3 months; ARREARS only when policies leave a gap. */
export type ArrearsStage =
  | 'ARREARS'
  | 'LEGAL'
  | 'MEDIATION'
  | 'OVERDUE'
  | 'PUBLIC_LISTING';

/** ISSUED (nothing paid), PARTIALLY_PAID, PAID. */
export type BillStatus =
  | 'ISSUED'
  | 'PAID'
  | 'PARTIALLY_PAID';

export type BillingRunStatus =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

export type ChargeInput = {
  priceItemCode: string;
  quantity: number;
};

export type ComplaintCategory =
  | 'ENVIRONMENT'
  | 'FACILITY'
  | 'INTRUDER'
  | 'MAIL'
  | 'NOISE'
  | 'OTHER'
  | 'SAFETY'
  | 'SERVICE';

export type CompleteTicketInput = {
  charges: Array<ChargeInput>;
  /** The customer tested the work and signed (R-TKT-5). */
  customerSigned: boolean;
  note?: string | null | undefined;
};

export type CreatePropertyInput = {
  address?: string | null | undefined;
  kind: PropertyKind;
  name: string;
  /** IANA zone; default Asia/Shanghai. */
  timeZone?: string | null | undefined;
};

export type CreateUnitInput = {
  areaSqm: number;
  /** Building (栋/座) name or number. */
  building: string;
  kind: UnitKind;
  /** Unit number inside the building, e.g. 1203. */
  number: string;
  propertyId: string | number;
};

export type CustomerFilter = {
  kind?: CustomerKind | null | undefined;
  /** Part of the name. */
  name?: string | null | undefined;
  /** The whole phone number as registered (spaces and dashes may be left out). */
  phone?: string | null | undefined;
  propertyId?: string | number | null | undefined;
  segment?: CustomerSegment | null | undefined;
  /** Customers occupying the unit now (no end date). */
  unitId?: string | number | null | undefined;
};

/** Owner (业主), lessee (租户), occupant (住户) or external customer (R-CUS-1). */
export type CustomerKind =
  | 'EXTERNAL'
  | 'LESSEE'
  | 'OCCUPANT'
  | 'OWNER';

/** R-CUS-2 segments (潜在/新/常客/忠诚), recomputed from bill.paid and ticket.closed. */
export type CustomerSegment =
  | 'LOYAL'
  | 'NEW'
  | 'PROSPECT'
  | 'REGULAR';

export type DunningDeliveryInput = {
  deliveredAt: string;
  note?: string | null | undefined;
  roundId: string | number;
  /** The customer signed the receipt (回执). */
  signedReceipt: boolean;
};

/** R-TKT-8 intake: listen, ask, repeat, record clearly (what, where, who, when, expectation), report. */
export type FileComplaintInput = {
  /** Anonymous complaints get no follow-up visit. */
  anonymous?: boolean | null | undefined;
  calledAt?: string | null | undefined;
  category: ComplaintCategory;
  customerId?: string | number | null | undefined;
  description: string;
  expectation?: string | null | undefined;
  propertyId: string | number;
  /** MAJOR escalates to leadership at once. */
  severity?: TicketSeverity | null | undefined;
  unitId?: string | number | null | undefined;
  what?: string | null | undefined;
  when?: string | null | undefined;
  where?: string | null | undefined;
  who?: string | null | undefined;
};

/** R-TKT-9 categories. */
export type HelpCategory =
  | 'COMPLAINT'
  | 'CRIME_ACCIDENT'
  | 'DISASTER'
  | 'ENQUIRY'
  | 'MEDICAL_EMERGENCY'
  | 'OTHER'
  | 'REPAIR';

export type HouseholdMemberInput = {
  name: string;
  relation: string;
};

export type InviteStaffInput = {
  /** Becomes the Keycloak username. */
  email: string;
  /** Who this person reports to (the reporting line used by appraisal checks). */
  managerId?: string | number | null | undefined;
  name: string;
  /** Without one, Keycloak e-mails the person a link to set their password (valid STAFF_INVITATION_LIFESPAN_SECONDS, 72 h). */
  password?: string | null | undefined;
  /** Properties the person works on (required for site roles). */
  propertyIds?: Array<string | number> | null | undefined;
  roles: Array<StaffRole>;
};

/** How a KPI value is held against its target: ≥ target, ≤ target, or strictly below it. */
export type KpiComparison =
  /** Met when value ≥ target (rates to reach, e.g. collection). */
  | 'AT_LEAST'
  /** Met when value ≤ target (rates to keep down, e.g. churn). */
  | 'AT_MOST'
  /** Met when value < target (e.g. the data error rate). */
  | 'BELOW';

export type MeterKind =
  | 'ELECTRICITY'
  | 'GAS'
  | 'WATER';

export type MeterReadingAtHandoverInput = {
  meter: MeterKind;
  reading: number;
};

/** Documents and steps of move-in (R-CUS-4, R-CUS-5). */
export type MoveInChecklistItem =
  | 'ARCHIVE_CREATED'
  | 'FIRE_SAFETY_RESPONSIBILITY'
  | 'ID_AND_PHOTOS'
  | 'ID_PROVIDED'
  | 'KEYS_HANDED_OVER'
  | 'LEASE_SIGNED'
  | 'METER_READINGS'
  | 'NOTICE'
  | 'OWNER_PRESENT'
  | 'PAYMENT_PROOF'
  | 'POWER_OF_ATTORNEY'
  | 'PURCHASE_CONTRACT'
  | 'RENOVATION_ACCEPTED'
  | 'RENT_PAID'
  | 'SERVICE_AGREEMENT'
  | 'SIGNED_COVENANT';

export type MoveInInput = {
  /** Done by an agent: a power of attorney is needed. */
  byAgent?: boolean | null | undefined;
  customerId: string | number;
  /** May be in the past (recording history). */
  date: string;
  /** Defects still open: the policy number of keys is kept back. */
  defectsOpen?: boolean | null | undefined;
  /** Documents handed in and conditions met. */
  documents?: Array<MoveInChecklistItem> | null | undefined;
  keysHandedOver?: number | null | undefined;
  /** Readings at handover (房屋交接验收表), sent to billing. */
  meterReadings?: Array<MeterReadingAtHandoverInput> | null | undefined;
  unitId: string | number;
};

export type MoveOutInput = {
  customerId: string | number;
  /** Goods moved out (e.g. 冰箱一台、纸箱十个), printed on the release pass; at most 500 characters. */
  goodsDescription?: string | null | undefined;
  ownerConsent?: boolean | null | undefined;
  plannedDate: string;
  unitId: string | number;
};

/** Cleared only by billing’s clearance.decided (R-BIL-9). */
export type MoveOutStatus =
  | 'BLOCKED_ARREARS'
  | 'CLEARED'
  | 'PENDING_CLEARANCE'
  | 'REJECTED';

/** Where the value in force comes from. */
export type PolicySource =
  | 'COMPANY'
  | 'DEFAULT'
  | 'PROPERTY';

/** Residential estate (小区), office tower (大厦), mall (购物中心) or mixed. */
export type PropertyKind =
  | 'MALL'
  | 'MIXED'
  | 'OFFICE'
  | 'RESIDENTIAL';

/** R-TKT-3: the engineering supervisor’s assessment of an unlisted item. */
export type QuoteInput = {
  /** Charge code of the quoted item; default QUOTE. */
  code?: string | null | undefined;
  /** Default true. */
  feasible?: boolean | null | undefined;
  /** What will be done. */
  name: string;
  priceFen: number;
};

/** R-TKT-3: work on an unlisted item starts only once the quote is ACCEPTED. */
export type QuoteState =
  | 'ACCEPTED'
  | 'NONE'
  | 'PENDING'
  | 'REJECTED';

export type RecordPaymentInput = {
  amountFen: number;
  bankReference?: string | null | undefined;
  billId: string | number;
  idempotencyKey: string;
  /** When the customer paid (the transfer time the bank states). */
  paidAt: string;
  /** Day the bank receipt (银行回单) reached the company, property time; the payment counts from it (R-BIL-8). Omitted: the day of paidAt (paid at the counter). */
  receivedOn?: string | null | undefined;
};

export type RecordVisitInput = {
  /** Required true for ON_SITE (R-VIS-3). */
  customerSigned?: boolean | null | undefined;
  method: VisitMethod;
  /** An issue the customer raised: spawns a ticket (or reopens this one with reopen: true) and keeps the task open (R-VIS-4). */
  newIssue?: string | null | undefined;
  note?: string | null | undefined;
  /** Reply time promised for the issue raised. */
  promisedReplyAt?: string | null | undefined;
  reopen?: boolean | null | undefined;
  /** 1–5. */
  satisfaction: number;
  ticketId: string | number;
};

export type RegisterCustomerInput = {
  birthday?: string | null | undefined;
  email?: string | null | undefined;
  householdMembers?: Array<HouseholdMemberInput> | null | undefined;
  /** Resident ID (18 characters) or passport number. */
  idNumber?: string | null | undefined;
  industry?: string | null | undefined;
  kind: CustomerKind;
  name: string;
  phone: string;
  preferences?: Array<string> | null | undefined;
  propertyId: string | number;
};

/** R-TKT-7: urgent 10 min, express 15 min, normal same day. */
export type RepairPriority =
  | 'EXPRESS'
  | 'NORMAL'
  | 'URGENT';

export type ReportRepairInput = {
  appointmentAt?: string | null | undefined;
  /** When the customer called; default now. R-TKT-1 counts from it. */
  calledAt?: string | null | undefined;
  customerId?: string | number | null | undefined;
  description: string;
  /** Price-list code; absent = not on the list, a quote is needed (R-TKT-3). */
  priceItemCode?: string | null | undefined;
  priority: RepairPriority;
  propertyId: string | number;
  /** Public-area repair (R-TKT-6). */
  publicArea?: boolean | null | undefined;
  unitId?: string | number | null | undefined;
};

export type RequestHelpInput = {
  /** Answered at once by the staff member taking it; otherwise escalated with a 10-minute answer deadline (R-TKT-9). */
  answered?: boolean | null | undefined;
  calledAt?: string | null | undefined;
  category: HelpCategory;
  customerId?: string | number | null | undefined;
  description: string;
  propertyId: string | number;
  unitId?: string | number | null | undefined;
};

export type RunBillingInput = {
  /** YYYY-MM */
  period: string;
  propertyId: string | number;
};

export type SetPolicyInput = {
  /** Default: today in the property time zone (Asia/Shanghai for the company). */
  effectiveFrom?: string | null | undefined;
  /** A key of the policy catalog, e.g. billing.lateFeeRatePerDay. */
  key: string;
  /** Set for one property only (keys marked perProperty). */
  propertyId?: string | number | null | undefined;
  value: unknown;
};

/** CANCELLED: the ticket was merged or refused before the deadline. */
export type SlaState =
  | 'BREACHED'
  | 'CANCELLED'
  | 'MET'
  | 'OPEN';

/** Role of a staff member; a realm role in the company realm. */
export type StaffRole =
  | 'ADMIN'
  | 'CS_SUPERVISOR'
  | 'ENGINEERING_SUPERVISOR'
  | 'FINANCE'
  | 'FRONT_DESK'
  | 'HQ'
  | 'PROPERTY_ASSISTANT'
  | 'SECURITY'
  | 'SITE_MANAGER'
  | 'TECHNICIAN';

/** Repair (报修), complaint (投诉), help request (求助) or patrol finding (巡查). */
export type TicketKind =
  | 'COMPLAINT'
  | 'HELP'
  | 'PATROL_FINDING'
  | 'REPAIR';

/** R-VIS-1: decides who visits; MAJOR complaints escalate at once (R-TKT-8). */
export type TicketSeverity =
  | 'GENERAL'
  | 'IMPORTANT'
  | 'MAJOR';

/** COMPLETED, REFUSED and MERGED are closed. */
export type TicketStatus =
  | 'COMPLETED'
  | 'DISPATCHED'
  | 'MERGED'
  | 'ON_SITE'
  | 'OPEN'
  | 'REFUSED';

export type UnitKind =
  | 'APARTMENT'
  | 'OFFICE'
  | 'OTHER'
  | 'PARKING'
  | 'SHOP'
  | 'STORAGE';

export type VisitMethod =
  | 'ON_SITE'
  | 'PHONE';

export type LoggedTicketFragment = { id: string, kind: TicketKind, status: TicketStatus, createdAt: string, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> };

export type PriceListQueryVariables = Exact<{
  propertyId: string | number;
}>;


export type PriceListQuery = { priceList: Array<{ code: string, name: string, priceFen: number }> };

export type ReportRepairMutationVariables = Exact<{
  input: ReportRepairInput;
}>;


export type ReportRepairMutation = { reportRepair: { id: string, kind: TicketKind, status: TicketStatus, createdAt: string, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type FileComplaintMutationVariables = Exact<{
  input: FileComplaintInput;
}>;


export type FileComplaintMutation = { fileComplaint: { id: string, kind: TicketKind, status: TicketStatus, createdAt: string, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type RequestHelpMutationVariables = Exact<{
  input: RequestHelpInput;
}>;


export type RequestHelpMutation = { requestHelp: { id: string, kind: TicketKind, status: TicketStatus, createdAt: string, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type RecordVisitMutationVariables = Exact<{
  input: RecordVisitInput;
}>;


export type RecordVisitMutation = { recordVisit: { id: string, followUpTicketId: string | null } };

export type AdminPropertiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPropertiesQuery = { properties: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: PropertyKind, address: string | null, timeZone: string, units: { totalCount: number } } }> } };

export type AdminCreatePropertyMutationVariables = Exact<{
  input: CreatePropertyInput;
}>;


export type AdminCreatePropertyMutation = { createProperty: { id: string } };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { createUnit: { id: string } };

export type AdminInviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type AdminInviteStaffMutation = { inviteStaff: { id: string } };

export type AdminPolicyQueryVariables = Exact<{
  propertyId?: string | number | null | undefined;
}>;


export type AdminPolicyQuery = { policy: { asOf: string, values: Array<{ key: string, value: unknown, defaultValue: unknown, source: PolicySource, effectiveFrom: string | null, ruleIds: Array<string>, description: string, perProperty: boolean }> } };

export type AdminSetPolicyMutationVariables = Exact<{
  input: SetPolicyInput;
}>;


export type AdminSetPolicyMutation = { setPolicy: { asOf: string } };

export type AdminPolicyHistoryQueryVariables = Exact<{
  key: string;
  propertyId?: string | number | null | undefined;
}>;


export type AdminPolicyHistoryQuery = { policyHistory: Array<{ value: unknown, effectiveFrom: string, setBy: string | null, setAt: string }> };

export type CustomerPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CustomerPageQuery = { customer: { id: string, propertyId: string, name: string, kind: CustomerKind, phone: string, email: string | null, segment: CustomerSegment, createdAt: string, balanceFen: number, arrearsMonths: number, householdMembers: Array<{ name: string, relation: string }>, occupancies: Array<{ id: string, unitId: string, kind: string, startDate: string, endDate: string | null, keysHandedOver: number, keysRetained: number, openItems: Array<MoveInChecklistItem>, checklist: Array<{ item: MoveInChecklistItem, done: boolean }> }>, moveOutRequests: Array<{ id: string, status: MoveOutStatus, unitId: string, plannedDate: string, reason: string, releasePassNumber: string | null, blockedReason: string | null }>, tickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TicketKind, status: TicketStatus, description: string, createdAt: string, unitId: string | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }>, visitTask: { id: string, status: string, selected: boolean, dueAt: string } | null } }> } } | null };

export type CustomerMoveInMutationVariables = Exact<{
  input: MoveInInput;
}>;


export type CustomerMoveInMutation = { moveIn: { id: string, openItems: Array<MoveInChecklistItem> } };

export type CompleteMoveInItemsMutationVariables = Exact<{
  occupancyId: string | number;
  items: Array<MoveInChecklistItem> | MoveInChecklistItem;
}>;


export type CompleteMoveInItemsMutation = { completeMoveInItems: { id: string, openItems: Array<MoveInChecklistItem>, checklist: Array<{ item: MoveInChecklistItem, done: boolean }> } };

export type CustomerMoveOutMutationVariables = Exact<{
  input: MoveOutInput;
}>;


export type CustomerMoveOutMutation = { requestMoveOut: { id: string, status: MoveOutStatus } };

export type CustomerArchiveQueryVariables = Exact<{
  customerId: string | number;
  purpose: string;
}>;


export type CustomerArchiveQuery = { archive: { id: string, status: string, department: string, missingSections: Array<ArchiveSection>, documents: Array<{ id: string, section: ArchiveSection, name: string, sizeBytes: number, createdAt: string }> } };

export type RequestArchiveLoanMutationVariables = Exact<{
  input: ArchiveLoanInput;
}>;


export type RequestArchiveLoanMutation = { requestArchiveLoan: { id: string, status: ArchiveLoanStatus, days: number } };

export type DashboardQueryVariables = Exact<{
  period: string;
}>;


export type DashboardQuery = { companyKpis: { serviceKpis: { tickets: number, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, billingKpis: { billedFen: number, collectedFen: number, arrearsFen: number, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, customerKpis: { churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } } }, properties: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: PropertyKind, timeZone: string, serviceKpis: { tickets: number, resolved: number, resolutionRate: number | null, responseWithin24hRate: number | null, timelyRate: number | null, followUpHandlingRate: number | null, satisfactionMean: number | null, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, billingKpis: { billedFen: number, collectedFen: number, collectionRate: number, arrearsFen: number, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, customerKpis: { customers: number, churnRate: number | null, dataErrorRate: number | null, visitPlanCoverage: number | null, churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, staffKpis: { meanScore: number | null, checksMissed: number } } }> } };

export type CompanyServiceTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CompanyServiceTrendQuery = { properties: { edges: Array<{ node: { id: string, serviceKpiTrend: Array<{ period: string, tickets: number, resolved: number, responsesDue: number, respondedInTime: number, complaints: number, timelyComplaints: number, visitTasksSampled: number, visitTasksDone: number, satisfactionCount: number, satisfactionMean: number | null }> } }> } };

export type CompanyBillingTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CompanyBillingTrendQuery = { properties: { edges: Array<{ node: { id: string, billingKpiTrend: Array<{ period: string, billedFen: number, collectedFen: number }> } }> } };

export type CompanyCustomerTrendQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CompanyCustomerTrendQuery = { properties: { edges: Array<{ node: { id: string, customerKpiTrend: Array<{ period: string, customers: number, customersVisited: number, customersLeft: number, customersOccupying: number, archivesIncomplete: number, archivesChecked: number }> } }> } };

export type RunBillingMutationVariables = Exact<{
  input: RunBillingInput;
}>;


export type RunBillingMutation = { runBilling: { id: string, status: BillingRunStatus, billsCreated: number, unitsTotal: number, unitsDone: number, error: string | null } };

export type BillingRunProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type BillingRunProgressQuery = { billingRun: { id: string, status: BillingRunStatus, billsCreated: number, unitsTotal: number, unitsDone: number, error: string | null } | null };

export type FinanceBillsQueryVariables = Exact<{
  propertyId: string | number;
  period: string;
  first: number;
  after?: string | null | undefined;
}>;


export type FinanceBillsQuery = { bills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, unitId: string, status: BillStatus, totalFen: number, paidFen: number, dueDate: string } }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { id: string, receiptNumber: string, amountFen: number } };

export type FinanceArrearsQueryVariables = Exact<{
  propertyId: string | number;
  asOf: string;
}>;


export type FinanceArrearsQuery = { arrears: Array<{ overdueFen: number, months: number, stage: ArrearsStage, oldestDueDate: string, customer: { id: string, name: string, phone: string } }> };

export type FinanceDunningQueryVariables = Exact<{
  propertyId: string | number;
  status: BillStatus;
  first: number;
  after?: string | null | undefined;
}>;


export type FinanceDunningQuery = { bills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, unitId: string, period: string, totalFen: number, paidFen: number, dueDate: string, enforcementSince: string | null, dunningRounds: Array<{ id: string, round: number, scheduledOn: string, responsibleRole: string, method: string, generatedAt: string, deliveredAt: string | null, signedReceipt: boolean, note: string | null }> } }> } };

export type RunDunningMutationVariables = Exact<{
  propertyId: string | number;
  asOf: string;
}>;


export type RunDunningMutation = { runDunning: { roundsCreated: number, enforcementListed: number } };

export type RecordDunningDeliveryMutationVariables = Exact<{
  input: DunningDeliveryInput;
}>;


export type RecordDunningDeliveryMutation = { recordDunningDelivery: { id: string, deliveredAt: string | null, signedReceipt: boolean, note: string | null } };

export type FoundCustomerFragment = { id: string, name: string, kind: CustomerKind, phone: string, occupancies: Array<{ id: string, unitId: string, endDate: string | null }> };

export type FindCustomersQueryVariables = Exact<{
  filter: CustomerFilter;
}>;


export type FindCustomersQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: CustomerKind, phone: string, occupancies: Array<{ id: string, unitId: string, endDate: string | null }> } }> } };

export type UnitOccupantsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitOccupantsQuery = { customers: { edges: Array<{ node: { id: string, name: string, kind: CustomerKind, phone: string, occupancies: Array<{ id: string, unitId: string, endDate: string | null }> } }> } };

export type FindTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type FindTicketQuery = { ticket: { id: string, kind: TicketKind, status: TicketStatus, description: string, createdAt: string, unitId: string | null, customerId: string | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } | null };

export type PropertyDrillQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type PropertyDrillQuery = { property: { id: string, name: string, kind: PropertyKind, timeZone: string, billingKpis: { billedFen: number, collectedFen: number, collectionRate: number, arrearsFen: number, arrearsByStage: Array<{ stage: string, customers: number, overdueFen: number }>, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, serviceKpis: { tickets: number, resolved: number, resolutionRate: number | null, responseWithin24hRate: number | null, timelyRate: number | null, followUpHandlingRate: number | null, satisfactionMean: number | null, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, customerKpis: { customers: number, churnRate: number | null, dataErrorRate: number | null, visitPlanCoverage: number | null, churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, staffKpis: { meanScore: number | null, checksMissed: number } } | null, tickets: { totalCount: number, edges: Array<{ node: { id: string, kind: TicketKind, status: TicketStatus, description: string, createdAt: string } }> } };

export type PropertyTrendQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type PropertyTrendQuery = { property: { id: string, serviceKpiTrend: Array<{ period: string, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }>, billingKpiTrend: Array<{ period: string, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }>, customerKpiTrend: Array<{ period: string, churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }> } | null };

export type QueueTicketFragment = { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> };

export type RepairQueueQueryVariables = Exact<{
  status: TicketStatus;
  first: number;
}>;


export type RepairQueueQuery = { tickets: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } }> } };

export type QueueMeQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueMeQuery = { me: { staff: { id: string } | null } };

export type DispatchStaffQueryVariables = Exact<{
  propertyId: string | number;
}>;


export type DispatchStaffQuery = { staffMembers: Array<{ id: string, name: string }> };

export type DispatchTicketMutationVariables = Exact<{
  id: string | number;
  assigneeId: string | number;
}>;


export type DispatchTicketMutation = { dispatchTicket: { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type ArriveTicketMutationVariables = Exact<{
  id: string | number;
}>;


export type ArriveTicketMutation = { arriveTicket: { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type QuoteTicketMutationVariables = Exact<{
  id: string | number;
  input: QuoteInput;
}>;


export type QuoteTicketMutation = { quoteTicket: { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type AcceptQuoteMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptQuoteMutation = { acceptQuote: { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } };

export type CompleteTicketMutationVariables = Exact<{
  id: string | number;
  input: CompleteTicketInput;
}>;


export type CompleteTicketMutation = { completeTicket: { id: string, status: TicketStatus, chargesFen: number } };

export type RegisterCustomerMutationVariables = Exact<{
  input: RegisterCustomerInput;
}>;


export type RegisterCustomerMutation = { registerCustomer: { id: string } };

export type MeasureFragment = { value: number | null, target: number, comparison: KpiComparison, met: boolean | null };

export type PropertyKpisFragment = { id: string, name: string, kind: PropertyKind, timeZone: string, serviceKpis: { tickets: number, resolved: number, resolutionRate: number | null, responseWithin24hRate: number | null, timelyRate: number | null, followUpHandlingRate: number | null, satisfactionMean: number | null, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, billingKpis: { billedFen: number, collectedFen: number, collectionRate: number, arrearsFen: number, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, customerKpis: { customers: number, churnRate: number | null, dataErrorRate: number | null, visitPlanCoverage: number | null, churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, staffKpis: { meanScore: number | null, checksMissed: number } };

export type SiteUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteUnitsQuery = { properties: { edges: Array<{ node: { id: string, name: string, timeZone: string, units: { edges: Array<{ node: { id: string, building: string, number: string, kind: UnitKind } }> } } }> } };

export const LoggedTicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<LoggedTicketFragment, unknown>;
export const FoundCustomerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<FoundCustomerFragment, unknown>;
export const QueueTicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<QueueTicketFragment, unknown>;
export const MeasureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<MeasureFragment, unknown>;
export const PropertyKpisFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseWithin24hRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelyRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpHandlingRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"churnRate"}},{"kind":"Field","name":{"kind":"Name","value":"dataErrorRate"}},{"kind":"Field","name":{"kind":"Name","value":"visitPlanCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"checksMissed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<PropertyKpisFragment, unknown>;
export const PriceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}}]}}]} as unknown as DocumentNode<PriceListQuery, PriceListQueryVariables>;
export const ReportRepairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportRepair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRepairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRepair"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<ReportRepairMutation, ReportRepairMutationVariables>;
export const FileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<FileComplaintMutation, FileComplaintMutationVariables>;
export const RequestHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestHelpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<RequestHelpMutation, RequestHelpMutationVariables>;
export const RecordVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTicketId"}}]}}]}}]} as unknown as DocumentNode<RecordVisitMutation, RecordVisitMutationVariables>;
export const AdminPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminPropertiesQuery, AdminPropertiesQueryVariables>;
export const AdminCreatePropertyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateProperty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePropertyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProperty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreatePropertyMutation, AdminCreatePropertyMutationVariables>;
export const AdminCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminInviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminInviteStaffMutation, AdminInviteStaffMutationVariables>;
export const AdminPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"perProperty"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPolicyQuery, AdminPolicyQueryVariables>;
export const AdminSetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<AdminSetPolicyMutation, AdminSetPolicyMutationVariables>;
export const AdminPolicyHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPolicyHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}}]}}]} as unknown as DocumentNode<AdminPolicyHistoryQuery, AdminPolicyHistoryQueryVariables>;
export const CustomerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsMonths"}},{"kind":"Field","name":{"kind":"Name","value":"householdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"keysHandedOver"}},{"kind":"Field","name":{"kind":"Name","value":"keysRetained"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moveOutRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"releasePassNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomerMoveInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerMoveIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}}]}}]}}]} as unknown as DocumentNode<CustomerMoveInMutation, CustomerMoveInMutationVariables>;
export const CompleteMoveInItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMoveInItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInChecklistItem"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMoveInItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occupancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteMoveInItemsMutation, CompleteMoveInItemsMutationVariables>;
export const CustomerMoveOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerMoveOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMoveOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CustomerMoveOutMutation, CustomerMoveOutMutationVariables>;
export const CustomerArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerArchiveQuery, CustomerArchiveQueryVariables>;
export const RequestArchiveLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestArchiveLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveLoanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestArchiveLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]} as unknown as DocumentNode<RequestArchiveLoanMutation, RequestArchiveLoanMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyKpis"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseWithin24hRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelyRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpHandlingRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"churnRate"}},{"kind":"Field","name":{"kind":"Name","value":"dataErrorRate"}},{"kind":"Field","name":{"kind":"Name","value":"visitPlanCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"checksMissed"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CompanyServiceTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyServiceTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"responsesDue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"timelyComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"visitTasksSampled"}},{"kind":"Field","name":{"kind":"Name","value":"visitTasksDone"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceTrendQuery, CompanyServiceTrendQueryVariables>;
export const CompanyBillingTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyBillingTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyBillingTrendQuery, CompanyBillingTrendQueryVariables>;
export const CompanyCustomerTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCustomerTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"customersVisited"}},{"kind":"Field","name":{"kind":"Name","value":"customersLeft"}},{"kind":"Field","name":{"kind":"Name","value":"customersOccupying"}},{"kind":"Field","name":{"kind":"Name","value":"archivesIncomplete"}},{"kind":"Field","name":{"kind":"Name","value":"archivesChecked"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCustomerTrendQuery, CompanyCustomerTrendQueryVariables>;
export const RunBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"unitsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RunBillingMutation, RunBillingMutationVariables>;
export const BillingRunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingRunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"unitsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<BillingRunProgressQuery, BillingRunProgressQueryVariables>;
export const FinanceBillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceBills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceBillsQuery, FinanceBillsQueryVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const FinanceArrearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceArrears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFen"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<FinanceArrearsQuery, FinanceArrearsQueryVariables>;
export const FinanceDunningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceDunning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementSince"}},{"kind":"Field","name":{"kind":"Name","value":"dunningRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleRole"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceDunningQuery, FinanceDunningQueryVariables>;
export const RunDunningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDunning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDunning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementListed"}}]}}]}}]} as unknown as DocumentNode<RunDunningMutation, RunDunningMutationVariables>;
export const RecordDunningDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDunningDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DunningDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDunningDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RecordDunningDeliveryMutation, RecordDunningDeliveryMutationVariables>;
export const FindCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundCustomer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<FindCustomersQuery, FindCustomersQueryVariables>;
export const UnitOccupantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOccupants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundCustomer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<UnitOccupantsQuery, UnitOccupantsQueryVariables>;
export const FindTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]}}]} as unknown as DocumentNode<FindTicketQuery, FindTicketQueryVariables>;
export const PropertyDrillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyDrill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyKpis"}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrearsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFen"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseWithin24hRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelyRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpHandlingRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"churnRate"}},{"kind":"Field","name":{"kind":"Name","value":"dataErrorRate"}},{"kind":"Field","name":{"kind":"Name","value":"visitPlanCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"checksMissed"}}]}}]}}]} as unknown as DocumentNode<PropertyDrillQuery, PropertyDrillQueryVariables>;
export const PropertyTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<PropertyTrendQuery, PropertyTrendQueryVariables>;
export const RepairQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepairQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REPAIR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<RepairQueueQuery, RepairQueueQueryVariables>;
export const QueueMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueueMeQuery, QueueMeQueryVariables>;
export const DispatchStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TECHNICIAN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DispatchStaffQuery, DispatchStaffQueryVariables>;
export const DispatchTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<DispatchTicketMutation, DispatchTicketMutationVariables>;
export const ArriveTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArriveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arriveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<ArriveTicketMutation, ArriveTicketMutationVariables>;
export const QuoteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuoteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<QuoteTicketMutation, QuoteTicketMutationVariables>;
export const AcceptQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<AcceptQuoteMutation, AcceptQuoteMutationVariables>;
export const CompleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargesFen"}}]}}]}}]} as unknown as DocumentNode<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const RegisterCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const SiteUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteUnitsQuery, SiteUnitsQueryVariables>;