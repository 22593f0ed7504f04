/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** PENDING; UPHELD = the appellant was right, the finding is overturned; REJECTED = the finding stands. */
export type AppealStatus =
  /** Not decided yet. */
  | 'PENDING'
  /** The finding stands. */
  | 'REJECTED'
  /** The appellant was right: the finding is overturned. */
  | 'UPHELD';

/** The approval of a fee change and the document it rests on. */
export type ApproveFeeChangeInput = {
  /** Reference of the approval document: the resolution or filing number. */
  approvalReference: string;
  /** OWNERS_COMMITTEE (业主委员会) or PRICE_BUREAU (物价部门). */
  authority: FeeApprovalAuthority;
  /** The fee change. */
  id: string | number;
};

/** A request to borrow an archive. */
export type ArchiveLoanInput = {
  /** The customer whose archive is borrowed. */
  customerId: string | number;
  /** Beyond the policy maximum (default 7) → VALIDATION_FAILED. */
  days: number;
  /** Why (1–500 characters). */
  purpose: string;
  /** SHORT or LONG; without it the default maximum applies. */
  term?: ArchiveLoanTerm | null | undefined;
};

/** Where an archive loan stands. */
export type ArchiveLoanStatus =
  /** Approved: the borrower may read the archive until dueAt. */
  | 'APPROVED'
  /** Past its due time and not returned. */
  | 'OVERDUE'
  /** Refused by the manager. */
  | 'REJECTED'
  /** Waiting for the department manager's approval. */
  | 'REQUESTED'
  /** Returned. */
  | 'RETURNED';

/** Short (≤ 3 days) or long (≤ 7 days) loan (R-ARC-3). */
export type ArchiveLoanTerm =
  /** Long loan, at most 7 days. */
  | 'LONG'
  /** Short loan, at most 3 days. */
  | 'SHORT';

/** Content index of an archive (R-ARC-1). */
export type ArchiveSection =
  /** Basic information (基本资料). */
  | 'BASIC_INFO'
  /** Correspondence (往来函件). */
  | 'CORRESPONDENCE'
  /** Fire-safety acceptance (消防验收). */
  | 'FIRE_ACCEPTANCE'
  /** Fire-safety responsibility letter (消防责任书). */
  | 'FIRE_RESPONSIBILITY_LETTER'
  /** Kitchen-duct cleaning records (厨房烟道清洗). */
  | 'KITCHEN_DUCT_CLEANING'
  /** Other documents. */
  | 'OTHER'
  /** Patrol records and rectification notices (巡查与整改). */
  | 'PATROL_AND_RECTIFICATION'
  /** Renovation documents (装修资料). */
  | 'RENOVATION';

/** R-BIL-7 (thresholds are policies): OVERDUE ≤ 1 month; MEDIATION > 1 and ≤ 2 months; PUBLIC_LISTING > 2 months; LEGAL ≥ 3 months; ARREARS only when policies leave a gap. */
export type ArrearsStage =
  /** In arrears: more than 1 month. */
  | 'ARREARS'
  /** 3 months or more: court action may be filed. */
  | 'LEGAL'
  /** More than 1 and up to 2 months: leadership mediates. */
  | 'MEDIATION'
  /** Past due, up to 1 month. */
  | 'OVERDUE'
  /** More than 2 months: listed publicly at the entrances. */
  | 'PUBLIC_LISTING';

/** ISSUED (nothing paid), PARTIALLY_PAID, PAID. */
export type BillStatus =
  /** Issued, nothing paid. */
  | 'ISSUED'
  /** Paid in full. */
  | 'PAID'
  /** Part of the total paid. */
  | 'PARTIALLY_PAID';

/** BILLS 账单登记表 (issued in the range), PAYMENTS 收款登记表 (received), ARREARS 欠费登记表 (by stage, as of `to` or today), DUNNING_ROUNDS 催缴登记表 (scheduled). */
export type BillingRegisterKind =
  /** 欠费登记表: unpaid bills by dunning stage, as of `to` (or today in the property’s time zone). */
  | 'ARREARS'
  /** 账单登记表: bills issued in the range, amounts in yuan. */
  | 'BILLS'
  /** 催缴登记表: dunning rounds scheduled in the range. */
  | 'DUNNING_ROUNDS'
  /** 收款登记表: payments received in the range. */
  | 'PAYMENTS';

/** Where a bill run stands. */
export type BillingRunStatus =
  /** Every unit billed. */
  | 'DONE'
  /** Stopped on an error; runBilling again continues it. */
  | 'FAILED'
  /** Making bills in the background. */
  | 'RUNNING';

/** One charge at the price-list price. */
export type ChargeInput = {
  /** Price-list item code (or the quote's code). */
  priceItemCode: string;
  /** Quantity (at least 1). */
  quantity: number;
};

/** Daily (日检), weekly (周检), monthly (月检) or spot check (抽检), R-APR-1. */
export type CheckKind =
  /** Daily check (日检). */
  | 'DAILY'
  /** Monthly check (月检). */
  | 'MONTHLY'
  /** Spot check (抽检), outside the schedule. */
  | 'SPOT'
  /** Weekly check (周检). */
  | 'WEEKLY';

/** What a complaint is about; decides the department (see R-TKT-8 in docs/domain-rules.md). */
export type ComplaintCategory =
  /** Environment (cleaning, greenery) → customer service. */
  | 'ENVIRONMENT'
  /** Facilities → engineering. */
  | 'FACILITY'
  /** Intruders → customer service. */
  | 'INTRUDER'
  /** Mail → customer service. */
  | 'MAIL'
  /** Noise → customer service. */
  | 'NOISE'
  /** Anything else → customer service. */
  | 'OTHER'
  /** Safety → security. */
  | 'SAFETY'
  /** Staff service → customer service. */
  | 'SERVICE';

/** Completion of the work with the charges (see R-TKT-5 in docs/domain-rules.md). */
export type CompleteTicketInput = {
  /** Charges per price list; empty for free work. */
  charges: Array<ChargeInput>;
  /** The customer tested the work and signed (R-TKT-5). */
  customerSigned: boolean;
  /** Note (optional). */
  note?: string | null | undefined;
};

/** A new partner app: its name, roles, properties and OAuth scopes. */
export type CreatePartnerClientInput = {
  /** Name of the partner app, shown to administrators. */
  name: string;
  /** Run only registered operations, by id (default false). */
  persistedOnly?: boolean | null | undefined;
  /** Properties the app may see (required unless HQ is granted). */
  propertyIds?: Array<string | number> | null | undefined;
  /** What the app may do; ADMIN cannot be granted to an app. */
  roles: Array<StaffRole>;
  /** OAuth scopes: customers:read, customers:write, customers:personal-data (unmasked personal data), tickets:read, tickets:write, billing:read, billing:write, appraisal:read, appraisal:write, kpi:read. None: the app reads only properties, units and itself. */
  scopes?: Array<string> | null | undefined;
};

/** A new property of the company. */
export type CreatePropertyInput = {
  /** Postal address (optional). */
  address?: string | null | undefined;
  /** What kind of site it is. */
  kind: PropertyKind;
  /** Name of the property (1–200 characters). */
  name: string;
  /** IANA zone; default Asia/Shanghai. */
  timeZone?: string | null | undefined;
};

/** A new unit of a property. */
export type CreateUnitInput = {
  /** Floor area in m² (greater than 0), the base of the management fee. */
  areaSqm: number;
  /** Building (栋/座) name or number. */
  building: string;
  /** What the unit is used as. */
  kind: UnitKind;
  /** Unit number inside the building, e.g. 1203. */
  number: string;
  /** The property the unit belongs to. */
  propertyId: string | number;
};

/** Filters of the customer list; every given field must match. */
export type CustomerFilter = {
  /** Only customers of this kind. */
  kind?: CustomerKind | null | undefined;
  /** Part of the name. */
  name?: string | null | undefined;
  /** The whole phone number as registered (spaces and dashes may be left out). */
  phone?: string | null | undefined;
  /** Only customers of this property. */
  propertyId?: string | number | null | undefined;
  /** Only customers in this segment. */
  segment?: CustomerSegment | null | undefined;
  /** Customers occupying the unit now (no end date). */
  unitId?: string | number | null | undefined;
};

/** Owner (业主), lessee (租户), occupant (住户) or external customer (R-CUS-1). */
export type CustomerKind =
  /** External customer, not living in the property. */
  | 'EXTERNAL'
  /** Lessee (租户). */
  | 'LESSEE'
  /** Occupant living in a unit (住户). */
  | 'OCCUPANT'
  /** Owner (业主). */
  | 'OWNER';

/** R-CUS-2 segments (潜在/新/常客/忠诚), recomputed from bill.paid and ticket.closed. */
export type CustomerSegment =
  /** Loyal customer (忠诚客户). */
  | 'LOYAL'
  /** New customer (新客户). */
  | 'NEW'
  /** Prospect (潜在客户): nothing bought yet. */
  | 'PROSPECT'
  /** Regular customer (常客). */
  | 'REGULAR';

/** One finding of a check: the item, severity, points and reason. */
export type DeductionInput = {
  /** Tickets cited as evidence of this finding. */
  evidenceTicketIds?: Array<string | number> | null | undefined;
  /** The item to deduct from; must belong to the person's sheet. */
  item: ScoreItemCode;
  /** Within the item's band for the severity, else VALIDATION_FAILED (R-APR-4). */
  points: number;
  /** What was found (1–2000 characters). */
  reason: string;
  /** Required on manager sheets, refused on staff sheets; deducted there too (R-APR-5). */
  rootCause?: RootCause | null | undefined;
  /** How serious the violation was. */
  severity: Severity;
  /** Accepts this suggested finding (R-APR-7): it becomes this deduction. */
  suggestionId?: string | number | null | undefined;
};

/** Language of a printed document: ZH_CN (简体中文, the default) or EN. */
export type DocumentLanguage =
  /** English. */
  | 'EN'
  /** Simplified Chinese (简体中文), the default. */
  | 'ZH_CN';

/** How a dunning round was delivered. */
export type DunningDeliveryInput = {
  /** When it was delivered (ISO-8601 with offset). */
  deliveredAt: string;
  /** Note (optional). */
  note?: string | null | undefined;
  /** The round. */
  roundId: string | number;
  /** The customer signed the receipt (回执). */
  signedReceipt: boolean;
};

/** Where a dunning notice stands today (R-DOC-3): VALID, DELIVERED or EXPIRED. */
export type DunningNoticeStatus =
  /** Delivered within its validity. */
  | 'DELIVERED'
  /** Not delivered within its validity: reissue it before delivering. */
  | 'EXPIRED'
  /** Not delivered yet and still within its validity. */
  | 'VALID';

/** Who approved a fee change (第4篇 3.3): the owners’ committee or the price bureau. */
export type FeeApprovalAuthority =
  /** The owners’ committee (业主委员会). */
  | 'OWNERS_COMMITTEE'
  /** The price authority (物价部门). */
  | 'PRICE_BUREAU';

/** PROPOSED, APPROVED (approval on record), NOTIFIED (announced to customers; in force from its date). */
export type FeeChangeStatus =
  /** Approved by someone other than the proposer; not yet announced. */
  | 'APPROVED'
  /** Announced to customers; the prices apply from the effective date. */
  | 'NOTIFIED'
  /** Proposed, waiting for approval. */
  | 'PROPOSED';

/** R-TKT-8 intake: listen, ask, repeat, record clearly (what, where, who, when, expectation), report. */
export type FileComplaintInput = {
  /** Anonymous complaints get no follow-up visit. */
  anonymous?: boolean | null | undefined;
  /** When the customer called; default now. */
  calledAt?: string | null | undefined;
  /** What the complaint is about; decides the department. */
  category: ComplaintCategory;
  /** The customer reporting (optional). */
  customerId?: string | number | null | undefined;
  /** The complaint (1–2000 characters). */
  description: string;
  /** What the customer expects. */
  expectation?: string | null | undefined;
  /** The property. */
  propertyId: string | number;
  /** MAJOR escalates to leadership at once. */
  severity?: TicketSeverity | null | undefined;
  /** The unit concerned (optional). */
  unitId?: string | number | null | undefined;
  /** What happened. */
  what?: string | null | undefined;
  /** When it happened, as told. */
  when?: string | null | undefined;
  /** Where. */
  where?: string | null | undefined;
  /** Who is involved. */
  who?: string | null | undefined;
};

/** ACTIVE deducts; OVERTURNED (appeal upheld) no longer deducts. */
export type FindingStatus =
  /** Deducts from the item. */
  | 'ACTIVE'
  /** An appeal was upheld: no longer deducts. */
  | 'OVERTURNED';

/** R-TKT-9 categories. */
export type HelpCategory =
  /** Complaint. */
  | 'COMPLAINT'
  /** Crime or accident. */
  | 'CRIME_ACCIDENT'
  /** Disaster: typhoon, flood, fire. */
  | 'DISASTER'
  /** Enquiry. */
  | 'ENQUIRY'
  /** Medical emergency. */
  | 'MEDICAL_EMERGENCY'
  /** Anything else. */
  | 'OTHER'
  /** Repair. */
  | 'REPAIR';

/** A person living with the customer. */
export type HouseholdMemberInput = {
  /** Full name. */
  name: string;
  /** Relation to the customer, e.g. spouse, child. */
  relation: string;
};

/** A person joining the company: who they are, their roles and properties. */
export type InviteStaffInput = {
  /** Becomes the Keycloak username. */
  email: string;
  /** Who this person reports to (the reporting line used by appraisal checks). */
  managerId?: string | number | null | undefined;
  /** Full name (1–200 characters). */
  name: string;
  /** Without one, Keycloak e-mails the person a link to set their password (valid STAFF_INVITATION_LIFESPAN_SECONDS, 72 h). */
  password?: string | null | undefined;
  /** Properties the person works on (required for site roles). */
  propertyIds?: Array<string | number> | null | undefined;
  /** Roles to grant; ADMIN and HQ only by an ADMIN or HQ caller. */
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

/** A utility meter of a unit. */
export type MeterKind =
  /** Electricity meter, kWh. */
  | 'ELECTRICITY'
  /** Gas meter, m³. */
  | 'GAS'
  /** Water meter, m³. */
  | 'WATER';

/** A meter reading at handover. */
export type MeterReadingAtHandoverInput = {
  /** Which meter. */
  meter: MeterKind;
  /** The reading (m³ or kWh). */
  reading: number;
};

/** Documents and steps of move-in (R-CUS-4, R-CUS-5). */
export type MoveInChecklistItem =
  /** Customer archive created. */
  | 'ARCHIVE_CREATED'
  /** Fire-safety responsibility letter signed. */
  | 'FIRE_SAFETY_RESPONSIBILITY'
  /** ID card and photos provided. */
  | 'ID_AND_PHOTOS'
  /** Lessee: ID provided. */
  | 'ID_PROVIDED'
  /** Keys handed over. */
  | 'KEYS_HANDED_OVER'
  /** Lessee: lease signed (see R-CUS-5 in docs/domain-rules.md). */
  | 'LEASE_SIGNED'
  /** Meter readings recorded at handover. */
  | 'METER_READINGS'
  /** Move-in notice sent (入伙通知书). */
  | 'NOTICE'
  /** Lessee: the owner was present at registration. */
  | 'OWNER_PRESENT'
  /** Proof of payment seen. */
  | 'PAYMENT_PROOF'
  /** Power of attorney, when an agent acts. */
  | 'POWER_OF_ATTORNEY'
  /** Purchase contract seen. */
  | 'PURCHASE_CONTRACT'
  /** Lessee: renovation accepted. */
  | 'RENOVATION_ACCEPTED'
  /** Lessee: rent paid. */
  | 'RENT_PAID'
  /** Property service agreement signed. */
  | 'SERVICE_AGREEMENT'
  /** Management covenant (管理公约) signed. */
  | 'SIGNED_COVENANT';

/** A customer moving into a unit (see R-CUS-4, R-CUS-5 in docs/domain-rules.md). */
export type MoveInInput = {
  /** Done by an agent: a power of attorney is needed. */
  byAgent?: boolean | null | undefined;
  /** The customer. */
  customerId: string | number;
  /** May be in the past (recording history). */
  date: string;
  /** Defects still open: the policy number of keys is kept back. */
  defectsOpen?: boolean | null | undefined;
  /** Documents handed in and conditions met. */
  documents?: Array<MoveInChecklistItem> | null | undefined;
  /** Keys handed over. */
  keysHandedOver?: number | null | undefined;
  /** Readings at handover (房屋交接验收表), sent to billing. */
  meterReadings?: Array<MeterReadingAtHandoverInput> | null | undefined;
  /** The unit. */
  unitId: string | number;
};

/** A move-out request (see R-CUS-6 in docs/domain-rules.md). */
export type MoveOutInput = {
  /** The customer moving out. */
  customerId: string | number;
  /** Goods moved out (e.g. 冰箱一台、纸箱十个), printed on the release pass; at most 500 characters. */
  goodsDescription?: string | null | undefined;
  /** A lessee: the owner's signed consent was seen (required for lessees). */
  ownerConsent?: boolean | null | undefined;
  /** Day of the move (YYYY-MM-DD), at least the policy days ahead. */
  plannedDate: string;
  /** The unit. */
  unitId: string | number;
};

/** Cleared only by billing’s clearance.decided (R-BIL-9). */
export type MoveOutStatus =
  /** Blocked: the customer is in arrears (see R-BIL-9 in docs/domain-rules.md). */
  | 'BLOCKED_ARREARS'
  /** Cleared: no arrears; the release pass can be printed. */
  | 'CLEARED'
  /** Waiting for billing's clearance. */
  | 'PENDING_CLEARANCE'
  /** Rejected, e.g. the lessee lacks the owner's consent. */
  | 'REJECTED';

/** The notice of a fee change posted to customers. */
export type NotifyFeeChangeInput = {
  /** The fee change. */
  id: string | number;
  /** Day the notice was posted (YYYY-MM-DD), at least billing.feeChangeNoticeDays before the effective date. */
  noticeDate: string;
};

/** Where the value in force comes from. */
export type PolicySource =
  /** Set by the company for all its properties. */
  | 'COMPANY'
  /** The platform default from docs/domain-rules.md; nobody changed it. */
  | 'DEFAULT'
  /** Set for this property only, overriding the company value. */
  | 'PROPERTY';

/** Where a print job stands. */
export type PrintJobStatus =
  /** The PDF is ready (see document). */
  | 'DONE'
  /** Stopped on an error (see error). */
  | 'FAILED'
  /** Rendering in the background. */
  | 'RUNNING';

/** Residential estate (小区), office tower (大厦), mall (购物中心) or mixed. */
export type PropertyKind =
  /** Shopping mall or plaza (购物中心/广场). */
  | 'MALL'
  /** Mixed use: homes, offices and shops on one site. */
  | 'MIXED'
  /** Office tower (写字楼/大厦). */
  | 'OFFICE'
  /** Residential estate (小区). */
  | 'RESIDENTIAL';

/** New fee item prices of a property from a date, in fen, to be approved and announced. */
export type ProposeFeeChangeInput = {
  /** Air-conditioning management fee (空调管理费) per m² per month; 0 = not charged. */
  airConditioningFenPerSqm?: number;
  /** First day the prices apply (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Electricity price per kWh, in fen. */
  electricityFenPerUnit: number;
  /** Gas price per m³, in fen. */
  gasFenPerUnit: number;
  /** Management fee per m² per month, in fen. */
  managementFenPerSqm: number;
  /** The property. */
  propertyId: string | number;
  /** Why the prices change (optional). */
  reason?: string | null | undefined;
  /** Renovation management fee (装修管理费) per m², once per renovation; 0 = not charged. */
  renovationManagementFenPerSqm?: number;
  /** Water price per m³, in fen. */
  waterFenPerUnit: number;
};

/** R-TKT-3: the engineering supervisor’s assessment of an unlisted item. */
export type QuoteInput = {
  /** Charge code of the quoted item; default QUOTE. */
  code?: string | null | undefined;
  /** Default true. */
  feasible?: boolean | null | undefined;
  /** What will be done. */
  name: string;
  /** Price quoted, in fen. */
  priceFen: number;
};

/** R-TKT-3: work on an unlisted item starts only once the quote is ACCEPTED. */
export type QuoteState =
  /** The customer accepted the price; work may start. */
  | 'ACCEPTED'
  /** No quote needed: the item is on the price list. */
  | 'NONE'
  /** Quote given, waiting for the customer. */
  | 'PENDING'
  /** The customer rejected the price. */
  | 'REJECTED';

/** One check of a person: who, what kind, which day and what was found. */
export type RecordCheckInput = {
  /** Commendation 1–20 points; the total stays ≤ 100 (R-APR-6). */
  commendationPoints?: number | null | undefined;
  /** Day of the check; not in the future. */
  date: string;
  /** The findings; empty when nothing was found (every item full marks). */
  deductions: Array<DeductionInput>;
  /** Tickets cited as evidence for the check. */
  evidenceTicketIds?: Array<string | number> | null | undefined;
  /** Daily, weekly, monthly or spot check. */
  kind: CheckKind;
  /** The person checked; not the caller. */
  staffId: string | number;
};

/** R-CUS-15: a kitchen-exhaust duct cleaning carried out. */
export type RecordDuctCleaningInput = {
  /** Day cleaned (property time), not after today. */
  cleanedOn: string;
  /** Who cleaned it, at most 200 characters. */
  contractor?: string | null | undefined;
  /** The shop. */
  shopId: string | number;
};

/** A payment received by bank (see R-BIL-8 in docs/domain-rules.md). */
export type RecordPaymentInput = {
  /** Amount received, in fen (greater than 0). */
  amountFen: number;
  /** Bank transaction reference (optional). */
  bankReference?: string | null | undefined;
  /** The bill paid; a surplus goes to the customer's older open bills, then credit. */
  billId: string | number;
  /** Your unique key for this payment (1–200 characters); a retry with the same key answers the same payment. */
  idempotencyKey: string;
  /** When the customer paid (the transfer time the bank states). */
  paidAt: string;
  /** Day the bank receipt (银行回单) reached the company, property time; the payment counts from it (R-BIL-8). Omitted: the day of paidAt (paid at the counter). */
  receivedOn?: string | null | undefined;
};

/** R-CUS-15: an inspection of a shop (巡场). */
export type RecordShopInspectionInput = {
  /** What was found; required when failed, at most 2000 characters. */
  findings?: string | null | undefined;
  /** Day of the inspection (property time), not after today. */
  inspectedOn: string;
  /** Whether nothing needed putting right. */
  passed: boolean;
  /** Failed only: deadline of the rectification notice (整改通知), not before the inspection; by default customers.rectificationDays after it. */
  rectificationDeadline?: string | null | undefined;
  /** The shop. */
  shopId: string | number;
};

/** R-CUS-15: a failed inspection’s rectification done. */
export type RecordShopRectificationInput = {
  /** The failed inspection. */
  inspectionId: string | number;
  /** Day done: from the inspection to today. */
  rectifiedOn: string;
};

/** One cleaning of a vacant unit (see R-TKT-16 in docs/domain-rules.md). */
export type RecordVacantCleaningInput = {
  /** Day of the cleaning, YYYY-MM-DD property-local; default today, never in the future. */
  cleanedOn?: string | null | undefined;
  /** Who cleaned (names), when not the recorder. */
  cleaner?: string | null | undefined;
  /** Damaged facilities found; each opens a repair order to engineering. */
  damages?: Array<VacantCleaningDamageInput> | null | undefined;
  /** Checklist items done (at least one). */
  itemsDone: Array<VacantCleaningItem>;
  /** Note (optional). */
  note?: string | null | undefined;
  /** The unit cleaned; it must be vacant on the day. */
  unitId: string | number;
};

/** A follow-up visit made (see R-VIS-1 to R-VIS-4 in docs/domain-rules.md). */
export type RecordVisitInput = {
  /** Required true for ON_SITE (R-VIS-3). */
  customerSigned?: boolean | null | undefined;
  /** By phone or on site. */
  method: VisitMethod;
  /** An issue the customer raised: spawns a ticket (or reopens this one with reopen: true) and keeps the task open (R-VIS-4). */
  newIssue?: string | null | undefined;
  /** Note (optional). */
  note?: string | null | undefined;
  /** Reply time promised for the issue raised. */
  promisedReplyAt?: string | null | undefined;
  /** Reopen this ticket for the new issue instead of spawning a new one. */
  reopen?: boolean | null | undefined;
  /** 1–5. */
  satisfaction: number;
  /** The closed ticket visited. */
  ticketId: string | number;
};

/** A new customer of a property (see R-CUS-1 in docs/domain-rules.md). */
export type RegisterCustomerInput = {
  /** Birthday (YYYY-MM-DD), for birthday greetings (R-CUS-3). */
  birthday?: string | null | undefined;
  /** E-mail address (optional). */
  email?: string | null | undefined;
  /** People living with the customer. */
  householdMembers?: Array<HouseholdMemberInput> | null | undefined;
  /** Resident ID (18 characters) or passport number. */
  idNumber?: string | null | undefined;
  /** Industry of a business customer (optional). */
  industry?: string | null | undefined;
  /** Owner, lessee, occupant or external. */
  kind: CustomerKind;
  /** Full name or company name (1–200 characters). */
  name: string;
  /** Phone number, e.g. 13812345678; stored encrypted. */
  phone: string;
  /** Needs and preferences noted by staff. */
  preferences?: Array<string> | null | undefined;
  /** The property. */
  propertyId: string | number;
};

/** R-CUS-15: a contract of a shop put on file (合同备案). */
export type RegisterShopContractInput = {
  /** The contractor, 1–200 characters. */
  contractor: string;
  /** What the contract covers. */
  kind: ShopContractKind;
  /** The shop. */
  shopId: string | number;
  /** First day in force. */
  validFrom: string;
  /** Last day in force, not before validFrom. */
  validTo: string;
};

/** R-CUS-15: a shop tenant put under the inspection cycle. */
export type RegisterShopInput = {
  /** The customer currently occupying the unit. */
  customerId: string | number;
  /** Food and beverage (餐饮): monthly inspections, duct-cleaning and pest-control contracts. */
  foodAndBeverage: boolean;
  /** The property. */
  propertyId: string | number;
  /** A unit of the property. */
  unitId: string | number;
};

/** R-TKT-7: urgent 10 min, express 15 min, normal same day. */
export type RepairPriority =
  /** Express: on site within 15 minutes (default). */
  | 'EXPRESS'
  /** Normal: same day or by appointment. */
  | 'NORMAL'
  /** Urgent: on site within 10 minutes (default). */
  | 'URGENT';

/** A repair request (报修) as the front desk takes it (see R-TKT-1 to R-TKT-7 in docs/domain-rules.md). */
export type ReportRepairInput = {
  /** Appointment with the customer (ISO-8601 with offset), optional. */
  appointmentAt?: string | null | undefined;
  /** When the customer called; default now. R-TKT-1 counts from it. */
  calledAt?: string | null | undefined;
  /** The customer reporting (optional). */
  customerId?: string | number | null | undefined;
  /** What is wrong (1–2000 characters). */
  description: string;
  /** Price-list code; absent = not on the list, a quote is needed (R-TKT-3). */
  priceItemCode?: string | null | undefined;
  /** Urgent, express or normal. */
  priority: RepairPriority;
  /** The property. */
  propertyId: string | number;
  /** Public-area repair (R-TKT-6). */
  publicArea?: boolean | null | undefined;
  /** The unit concerned (optional). */
  unitId?: string | number | null | undefined;
};

/** A help request (求助) (see R-TKT-9 in docs/domain-rules.md). */
export type RequestHelpInput = {
  /** Answered at once by the staff member taking it; otherwise escalated with a 10-minute answer deadline (R-TKT-9). */
  answered?: boolean | null | undefined;
  /** When the customer called; default now. */
  calledAt?: string | null | undefined;
  /** Kind of help asked for. */
  category: HelpCategory;
  /** The customer reporting (optional). */
  customerId?: string | number | null | undefined;
  /** What is asked (1–2000 characters). */
  description: string;
  /** The property. */
  propertyId: string | number;
  /** The unit concerned (optional). */
  unitId?: string | number | null | undefined;
};

/** Root cause of a manager finding; the same points are also deducted from the item of that name (R-APR-5). */
export type RootCause =
  /** Breach of professional ethics. */
  | 'ETHICS'
  /** Unfair handling. */
  | 'FAIRNESS'
  /** Lack of responsibility. */
  | 'RESPONSIBILITY'
  /** Lack of skill. */
  | 'SKILL'
  /** Poor teamwork. */
  | 'TEAMWORK'
  /** Lack of training. */
  | 'TRAINING';

/** A property and month to bill. */
export type RunBillingInput = {
  /** YYYY-MM */
  period: string;
  /** The property. */
  propertyId: string | number;
};

/** An item of a score sheet (R-APR-2, R-APR-3). */
export type ScoreItemCode =
  /** Manager: procedure compliance (遵章守纪), 10 points. */
  | 'COMPLIANCE'
  /** Staff: efficiency (工作效率), 20 points. */
  | 'EFFICIENCY'
  /** Manager: professional ethics (职业道德), 10 points. */
  | 'ETHICS'
  /** Manager: fairness (公正性), 10 points. */
  | 'FAIRNESS'
  /** Staff: shift hand-over (交接班), 10 points. */
  | 'HANDOVER'
  /** Staff: job quality (工作质量), 20 points. */
  | 'JOB_QUALITY'
  /** Staff: other (其他), 10 points. */
  | 'OTHER'
  /** Staff: other procedures (其他规程), 10 points. */
  | 'PROCEDURES'
  /** Manager: procedure execution (规程执行), 10 points. */
  | 'PROCEDURE_EXECUTION'
  /** Manager: sense of responsibility (责任心), 10 points. */
  | 'RESPONSIBILITY'
  /** Manager: results (工作业绩), 10 points. */
  | 'RESULTS'
  /** Staff: service quality (服务质量), 20 points; manager: 10 points. */
  | 'SERVICE_QUALITY'
  /** Manager: own skill (个人技能), 10 points. */
  | 'SKILL'
  /** Manager: teamwork (团队协作), 10 points. */
  | 'TEAMWORK'
  /** Staff: training (培训), 10 points; manager: training of the team, 10 points. */
  | 'TRAINING';

/** A policy value to set from a date, for the company or one property. */
export type SetPolicyInput = {
  /** Default: today in the property time zone (Asia/Shanghai for the company). */
  effectiveFrom?: string | null | undefined;
  /** A key of the policy catalog, e.g. billing.lateFeeRatePerDay. */
  key: string;
  /** Set for one property only (keys marked perProperty). */
  propertyId?: string | number | null | undefined;
  /** The value (JSON), checked against the key's type and bounds (VALIDATION_FAILED otherwise). */
  value: unknown;
};

/** General (一般违规: occasional, careless), serious (严重违规: knowingly) or with bad consequences (引起不良后果), 第7篇 4.4.4. */
export type Severity =
  /** With bad consequences (引起不良后果): 6–20 points. */
  | 'CONSEQUENTIAL'
  /** General violation (一般违规): 1–2 points, 0.5–1 for some items. */
  | 'GENERAL'
  /** Serious violation (严重违规): 3–5 points. */
  | 'SERIOUS';

/** STAFF: 7 items (R-APR-2); MANAGER: ten items × 10 (R-APR-3), for SITE_MANAGER, CS_SUPERVISOR, ENGINEERING_SUPERVISOR, HQ and ADMIN. */
export type SheetKind =
  /** Manager sheet: ten items of 10 points (see R-APR-3 in docs/domain-rules.md). */
  | 'MANAGER'
  /** Staff sheet: 7 items, 100 points (see R-APR-2 in docs/domain-rules.md). */
  | 'STAFF';

/** R-CUS-15: what is wrong with an F&B shop’s contracts or duct cleaning. */
export type ShopComplianceProblem =
  /** No duct-cleaning contract in force that day. */
  | 'DUCT_CLEANING_CONTRACT_EXPIRED'
  /** No duct-cleaning contract on file. */
  | 'DUCT_CLEANING_CONTRACT_MISSING'
  /** No duct cleaning recorded. */
  | 'DUCT_CLEANING_NOT_RECORDED'
  /** The last duct cleaning is older than customers.ductCleaningIntervalDays. */
  | 'DUCT_CLEANING_OVERDUE'
  /** No pest-control contract in force that day. */
  | 'PEST_CONTROL_CONTRACT_EXPIRED'
  /** No pest-control contract on file. */
  | 'PEST_CONTROL_CONTRACT_MISSING';

/** R-CUS-15: a contract an F&B shop must have on file. */
export type ShopContractKind =
  /** Kitchen-exhaust duct cleaning (油烟管道清洁). */
  | 'DUCT_CLEANING'
  /** Pest control (四害消杀). */
  | 'PEST_CONTROL';

/** CANCELLED: the ticket was merged or refused before the deadline. */
export type SlaState =
  /** Ran out before it was met. */
  | 'BREACHED'
  /** The ticket was merged or refused before the deadline. */
  | 'CANCELLED'
  /** Met in time. */
  | 'MET'
  /** Still running. */
  | 'OPEN';

/** Role of a staff member; a realm role in the company realm. */
export type StaffRole =
  /** Company administrator: staff, partner apps and every property; cannot be granted to a partner app. */
  | 'ADMIN'
  /** Customer-service supervisor (客服主管): handles complaints and visits, checks staff. */
  | 'CS_SUPERVISOR'
  /** Engineering supervisor (工程主管): dispatches and prices repairs, checks technicians. */
  | 'ENGINEERING_SUPERVISOR'
  /** Finance (财务): bills, payments, deposits and arrears. */
  | 'FINANCE'
  /** Front desk / customer service clerk (客服前台): logs requests, repairs and complaints for their sites. */
  | 'FRONT_DESK'
  /** Headquarters (总部): every property of the company, KPIs and policies. */
  | 'HQ'
  /** Property assistant (物业助理): customer records, visits and notices of their sites. */
  | 'PROPERTY_ASSISTANT'
  /** Security staff (秩序维护员): patrols and gate checks of release passes. */
  | 'SECURITY'
  /** Site manager (项目经理/管理处主任): everything of their own sites. */
  | 'SITE_MANAGER'
  /** Technician (维修工): works the repairs dispatched to them. */
  | 'TECHNICIAN';

/** Filters of the ticket list; every given field must match. */
export type TicketFilter = {
  /** Only tickets dispatched to this staff member. */
  assigneeId?: string | number | null | undefined;
  /** Only tickets of this customer. */
  customerId?: string | number | null | undefined;
  /** Created at or after. */
  from?: string | null | undefined;
  /** Only tickets of this kind. */
  kind?: TicketKind | null | undefined;
  /** Tickets with a breached or past-due open deadline. */
  overdue?: boolean | null | undefined;
  /** Only tickets of this property. */
  propertyId?: string | number | null | undefined;
  /** Only tickets in this status. */
  status?: TicketStatus | null | undefined;
  /** Created before. */
  to?: string | null | undefined;
};

/** Repair (报修), complaint (投诉), help request (求助) or patrol finding (巡查). */
export type TicketKind =
  /** Complaint (投诉). */
  | 'COMPLAINT'
  /** Help request (求助). */
  | 'HELP'
  /** Found on a patrol round (巡查). */
  | 'PATROL_FINDING'
  /** Repair request (报修). */
  | 'REPAIR';

/** R-VIS-1: decides who visits; MAJOR complaints escalate at once (R-TKT-8). */
export type TicketSeverity =
  /** General: the property assistant visits. */
  | 'GENERAL'
  /** Important: the department head visits. */
  | 'IMPORTANT'
  /** Major: the site manager visits; complaints escalate at once. */
  | 'MAJOR';

/** COMPLETED, REFUSED and MERGED are closed. */
export type TicketStatus =
  /** Done (closed). */
  | 'COMPLETED'
  /** Dispatched to a staff member. */
  | 'DISPATCHED'
  /** Merged into another ticket about the same problem (closed). */
  | 'MERGED'
  /** Staff on site. */
  | 'ON_SITE'
  /** Logged, not dispatched yet. */
  | 'OPEN'
  /** The customer refused the work (closed). */
  | 'REFUSED';

/** What a unit is used as; the fee schedule may price kinds differently. */
export type UnitKind =
  /** A flat (住宅). */
  | 'APARTMENT'
  /** An office (办公). */
  | 'OFFICE'
  /** Anything else. */
  | 'OTHER'
  /** A parking space (车位). */
  | 'PARKING'
  /** A shop (商铺). */
  | 'SHOP'
  /** A store room (储藏室). */
  | 'STORAGE';

/** What changes; absent fields stay as they are. */
export type UpdateStaffInput = {
  /** Who the person reports to. */
  managerId?: string | number | null | undefined;
  /** New full name. */
  name?: string | null | undefined;
  /** Properties the person works on (required for site roles). */
  propertyIds?: Array<string | number> | null | undefined;
  /** The new set of roles (replaces the old one). */
  roles?: Array<StaffRole> | null | undefined;
};

/** A damaged facility found while cleaning: it becomes a repair order (R-TKT-16). */
export type VacantCleaningDamageInput = {
  /** What is damaged (1–2000 characters). */
  description: string;
  /** Price-list code of the repair; absent = not on the list, a quote is needed (R-TKT-3). */
  priceItemCode?: string | null | undefined;
  /** Priority of the repair; default NORMAL. */
  priority?: RepairPriority | null | undefined;
};

/** R-TKT-16: what a vacant-unit cleaning covers. */
export type VacantCleaningItem =
  /** Floor (地面). */
  | 'FLOOR'
  /** Toilet (洗手间). */
  | 'TOILET'
  /** Walls and fittings (墙面及设施). */
  | 'WALLS_AND_FITTINGS'
  /** Windows (窗户). */
  | 'WINDOWS';

/** How a follow-up visit was made. */
export type VisitMethod =
  /** On site, with the customer's signature. */
  | 'ON_SITE'
  /** By phone. */
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

export type AdminPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPartnersQuery = { partnerClients: Array<{ id: string, clientId: string, name: string, roles: Array<StaffRole>, propertyIds: Array<string>, scopes: Array<string>, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, requestCount: number | null }> };

export type AdminCreatePartnerMutationVariables = Exact<{
  input: CreatePartnerClientInput;
}>;


export type AdminCreatePartnerMutation = { createPartnerClient: { id: string, clientId: string, name: string, secret: string | null, tokenUrl: string } };

export type AdminRotatePartnerMutationVariables = Exact<{
  clientId: string;
}>;


export type AdminRotatePartnerMutation = { rotatePartnerClientSecret: { id: string, clientId: string, name: string, secret: string | null, tokenUrl: string, previousSecretExpiresAt: string | null } };

export type AdminRevokePartnerMutationVariables = Exact<{
  clientId: string;
}>;


export type AdminRevokePartnerMutation = { revokePartnerClient: { id: string, revokedAt: string | null } };

export type AdminStaffQueryVariables = Exact<{
  propertyId: string | number;
}>;


export type AdminStaffQuery = { staffMembers: Array<{ id: string, name: string, email: string, roles: Array<StaffRole>, propertyIds: Array<string>, managerId: string | null }> };

export type AdminInviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type AdminInviteStaffMutation = { inviteStaff: { id: string } };

export type AdminUpdateStaffMutationVariables = Exact<{
  id: string | number;
  input: UpdateStaffInput;
}>;


export type AdminUpdateStaffMutation = { updateStaff: { id: string, name: string, roles: Array<StaffRole>, propertyIds: Array<string>, managerId: string | null } };

export type AdminDeactivateStaffMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeactivateStaffMutation = { deactivateStaff: { id: string, leftAt: string | null } };

export type AppraisalPropertiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AppraisalPropertiesQuery = { properties: { edges: Array<{ node: { id: string, name: string, timeZone: string } }> } };

export type AppraisalDueQueryVariables = Exact<{
  date: string;
}>;


export type AppraisalDueQuery = { checksDue: Array<{ relation: string, frequency: string, periodStart: string, periodEnd: string, done: boolean, staff: { id: string, name: string, roles: Array<StaffRole> } }> };

export type AppraisalRankingsQueryVariables = Exact<{
  propertyId: string | number;
  period: string;
}>;


export type AppraisalRankingsQuery = { rankings: Array<{ rank: number, meanScore: number, checks: number, staff: { id: string, name: string, roles: Array<StaffRole> } }>, missedChecks: Array<{ relation: string, frequency: string, periodStart: string, periodEnd: string, checker: { id: string, name: string }, staff: { id: string, name: string } }> };

export type AppraisalSheetQueryVariables = Exact<{
  staffId: string | number;
  period: string;
}>;


export type AppraisalSheetQuery = { scoreSheet: { period: string, sheet: SheetKind, total: number, checks: number, items: Array<{ item: ScoreItemCode, max: number, score: number }>, findings: Array<{ id: string, item: ScoreItemCode, severity: Severity, points: number, reason: string, rootCause: RootCause | null, status: FindingStatus, appeal: { id: string, reason: string, status: AppealStatus, decidedAt: string | null } | null }> } };

export type AppraisalRecordCheckMutationVariables = Exact<{
  input: RecordCheckInput;
}>;


export type AppraisalRecordCheckMutation = { recordCheck: { id: string, total: number } };

export type AppraisalDecideAppealMutationVariables = Exact<{
  id: string | number;
  upheld: boolean;
}>;


export type AppraisalDecideAppealMutation = { decideAppeal: { id: string, status: AppealStatus } };

export type PendingAppealsQueryVariables = Exact<{
  propertyId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PendingAppealsQuery = { pendingAppeals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reason: string, filedAt: string, staff: { id: string, name: string }, finding: { id: string, item: ScoreItemCode, points: number, reason: string } } }> } };

export type AppraisalDecideAppealWithReasonMutationVariables = Exact<{
  id: string | number;
  upheld: boolean;
  reason: string;
}>;


export type AppraisalDecideAppealWithReasonMutation = { decideAppeal: { id: string, status: AppealStatus, decisionReason: string | null } };

export type CustomerPageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CustomerPageQuery = { customer: { id: string, propertyId: string, name: string, kind: CustomerKind, phone: string, email: string | null, segment: CustomerSegment, createdAt: string, balanceFen: number, arrearsMonths: number, householdMembers: Array<{ name: string, relation: string }>, occupancies: Array<{ id: string, unitId: string, kind: string, startDate: string, endDate: string | null, keysHandedOver: number, keysRetained: number, openItems: Array<MoveInChecklistItem>, checklist: Array<{ item: MoveInChecklistItem, done: boolean }>, household: Array<{ id: string, name: string, relation: string, phone: string | null, since: string, until: string | null }>, accessCards: Array<{ id: string, cardNumber: string, issuedOn: string, returnedOn: string | null }> }>, accessCards: Array<{ id: string, cardNumber: string, issuedOn: string, returnedOn: string | null }>, moveOutRequests: Array<{ id: string, status: MoveOutStatus, unitId: string, plannedDate: string, reason: string, releasePassNumber: string | null, blockedReason: string | null }>, tickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TicketKind, status: TicketStatus, description: string, createdAt: string, unitId: string | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }>, visitTask: { id: string, status: string, selected: boolean, dueAt: string } | null } }> } } | null };

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

export type ExportKpiReportMutationVariables = Exact<{
  period: string;
  language: DocumentLanguage;
}>;


export type ExportKpiReportMutation = { exportKpiReport: { fileName: string, url: string, expiresAt: string } };

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

export type PrintPaymentNoticesMutationVariables = Exact<{
  propertyId: string | number;
  period: string;
  language: DocumentLanguage;
}>;


export type PrintPaymentNoticesMutation = { printBatch: { id: string, status: PrintJobStatus, progress: number, error: string | null, document: { fileName: string, url: string } | null } };

export type PrintJobProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintJobProgressQuery = { printJob: { id: string, status: PrintJobStatus, progress: number, error: string | null, document: { fileName: string, url: string } | null } | null };

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


export type FinanceDunningQuery = { bills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, unitId: string, period: string, totalFen: number, paidFen: number, dueDate: string, enforcementSince: string | null, dunningRounds: Array<{ id: string, round: number, scheduledOn: string, noticeDate: string, validUntil: string, noticeStatus: DunningNoticeStatus, responsibleRole: string, method: string, generatedAt: string, deliveredAt: string | null, signedReceipt: boolean, note: string | null }> } }> } };

export type RunDunningMutationVariables = Exact<{
  propertyId: string | number;
  asOf: string;
}>;


export type RunDunningMutation = { runDunning: { roundsCreated: number, enforcementListed: number } };

export type RecordDunningDeliveryMutationVariables = Exact<{
  input: DunningDeliveryInput;
}>;


export type RecordDunningDeliveryMutation = { recordDunningDelivery: { id: string, deliveredAt: string | null, signedReceipt: boolean, note: string | null } };

export type ReissueDunningNoticeMutationVariables = Exact<{
  roundId: string | number;
}>;


export type ReissueDunningNoticeMutation = { reissueDunningNotice: { id: string, noticeDate: string, validUntil: string, noticeStatus: DunningNoticeStatus } };

export type ExportBillingRegisterMutationVariables = Exact<{
  kind: BillingRegisterKind;
  propertyId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  language: DocumentLanguage;
}>;


export type ExportBillingRegisterMutation = { exportBillingRegister: { fileName: string, url: string, expiresAt: string } };

export type FinanceFeeChangesQueryVariables = Exact<{
  propertyId: string | number;
}>;


export type FinanceFeeChangesQuery = { feeChanges: Array<{ id: string, effectiveFrom: string, managementFenPerSqm: number, waterFenPerUnit: number, electricityFenPerUnit: number, gasFenPerUnit: number, reason: string | null, status: FeeChangeStatus, approvalAuthority: FeeApprovalAuthority | null, approvalReference: string | null, noticeDate: string | null }> };

export type FeeChangeCurrentScheduleQueryVariables = Exact<{
  propertyId: string | number;
  asOf: string;
}>;


export type FeeChangeCurrentScheduleQuery = { feeSchedule: { managementFenPerSqm: number, waterFenPerUnit: number, electricityFenPerUnit: number, gasFenPerUnit: number, airConditioningFenPerSqm: number, renovationManagementFenPerSqm: number } | null };

export type FeeChangeNoticePolicyQueryVariables = Exact<{
  propertyId: string | number;
  asOf: string;
}>;


export type FeeChangeNoticePolicyQuery = { policy: { values: Array<{ key: string, value: unknown }> } };

export type ProposeFeeChangeMutationVariables = Exact<{
  input: ProposeFeeChangeInput;
}>;


export type ProposeFeeChangeMutation = { proposeFeeChange: { id: string, status: FeeChangeStatus } };

export type ApproveFeeChangeMutationVariables = Exact<{
  input: ApproveFeeChangeInput;
}>;


export type ApproveFeeChangeMutation = { approveFeeChange: { id: string, status: FeeChangeStatus, approvalAuthority: FeeApprovalAuthority | null, approvalReference: string | null } };

export type NotifyFeeChangeMutationVariables = Exact<{
  input: NotifyFeeChangeInput;
}>;


export type NotifyFeeChangeMutation = { notifyFeeChange: { id: string, status: FeeChangeStatus, noticeDate: string | null } };

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

export type PropertyUnpaidBillsQueryVariables = Exact<{
  propertyId: string | number;
  period: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PropertyUnpaidBillsQuery = { bills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, unitId: string, status: BillStatus, totalFen: number, paidFen: number, dueDate: string } }> }, property: { id: string, units: { edges: Array<{ node: { id: string, building: string, number: string } }> } } | null };

export type PropertyDrillQueryVariables = Exact<{
  id: string | number;
  period: string;
}>;


export type PropertyDrillQuery = { property: { id: string, name: string, kind: PropertyKind, timeZone: string, serviceKpis: { visitTasksSampled: number, visitTasksDone: number, tickets: number, resolved: number, resolutionRate: number | null, responseWithin24hRate: number | null, timelyRate: number | null, followUpHandlingRate: number | null, satisfactionMean: number | null, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, billingKpis: { bills: number, paidBills: number, billedFen: number, collectedFen: number, collectionRate: number, arrearsFen: number, arrearsByStage: Array<{ stage: string, customers: number, overdueFen: number }>, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, customerKpis: { customers: number, churnRate: number | null, dataErrorRate: number | null, visitPlanCoverage: number | null, churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }, staffKpis: { meanScore: number | null, checksMissed: number } } | null };

export type PropertyTicketsQueryVariables = Exact<{
  filter: TicketFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type PropertyTicketsQuery = { tickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TicketKind, status: TicketStatus, description: string, createdAt: string } }> } };

export type PropertyTrendQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type PropertyTrendQuery = { property: { id: string, serviceKpiTrend: Array<{ period: string, response: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, resolution: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, satisfaction: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, timely: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, followUp: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }>, billingKpiTrend: Array<{ period: string, collection: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }>, customerKpiTrend: Array<{ period: string, churn: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, dataErrors: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null }, visitPlan: { value: number | null, target: number, comparison: KpiComparison, met: boolean | null } }> } | null };

export type PropertyOpenVisitsQueryVariables = Exact<{
  propertyId: string | number;
  period: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PropertyOpenVisitsQuery = { visitTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ticketId: string, ticketKind: TicketKind, dueAt: string, status: string, responsibleRole: string, visitsCount: number, openIssue: boolean } }> } };

export type QueueTicketFragment = { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> };

export type RepairQueueQueryVariables = Exact<{
  assigneeId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type RepairQueueQuery = { repairQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TicketKind, status: TicketStatus, description: string, priority: RepairPriority | null, priceItemCode: string | null, propertyId: string, unitId: string | null, publicArea: boolean, calledAt: string, assigneeId: string | null, quoteState: QuoteState, quote: { code: string, name: string, priceFen: number, feasible: boolean } | null, slaDeadlines: Array<{ id: string, kind: string, dueAt: string, state: SlaState, metAt: string | null }> } }> } };

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

export type ShopUnitOccupantsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type ShopUnitOccupantsQuery = { customers: { edges: Array<{ node: { id: string, name: string, occupancies: Array<{ unitId: string, endDate: string | null }> } }> } };

export type RegisterShopMutationVariables = Exact<{
  input: RegisterShopInput;
}>;


export type RegisterShopMutation = { registerShop: { id: string } };

export type RecordShopInspectionMutationVariables = Exact<{
  input: RecordShopInspectionInput;
}>;


export type RecordShopInspectionMutation = { recordShopInspection: { id: string, passed: boolean, rectificationDeadline: string | null } };

export type RecordShopRectificationMutationVariables = Exact<{
  input: RecordShopRectificationInput;
}>;


export type RecordShopRectificationMutation = { recordShopRectification: { id: string, rectifiedOn: string | null } };

export type RegisterShopContractMutationVariables = Exact<{
  input: RegisterShopContractInput;
}>;


export type RegisterShopContractMutation = { registerShopContract: { id: string } };

export type RecordDuctCleaningMutationVariables = Exact<{
  input: RecordDuctCleaningInput;
}>;


export type RecordDuctCleaningMutation = { recordDuctCleaning: { id: string } };

export type ShopInspectionSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopInspectionSitesQuery = { properties: { edges: Array<{ node: { id: string, name: string, timeZone: string } }> } };

export type ShopInspectionsDueQueryVariables = Exact<{
  propertyId: string | number;
}>;


export type ShopInspectionsDueQuery = { shopInspectionsDue: Array<{ cycleMonths: number, lastInspectedOn: string | null, nextDueOn: string, due: boolean, overdue: boolean, rectificationOverdue: boolean, lastDuctCleanedOn: string | null, problems: Array<ShopComplianceProblem>, shop: { id: string, unitId: string, foodAndBeverage: boolean, customer: { id: string, name: string } }, openRectifications: Array<{ id: string, inspectedOn: string, findings: string | null, rectificationDeadline: string | null }> }> };

export type VacantCleaningSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type VacantCleaningSitesQuery = { properties: { edges: Array<{ node: { id: string, name: string, timeZone: string } }> } };

export type VacantCleaningDueQueryVariables = Exact<{
  propertyId: string | number;
}>;


export type VacantCleaningDueQuery = { vacantCleaningDue: { propertyId: string, asOf: string, intervalDays: number, vacant: number, due: number, overdue: number, units: Array<{ unitId: string, building: string, number: string, vacantSince: string | null, lastCleanedOn: string | null, nextDueOn: string | null, dueBy: string | null, due: boolean, overdue: boolean, inNextBatch: boolean }> } };

export type RecordVacantCleaningMutationVariables = Exact<{
  input: RecordVacantCleaningInput;
}>;


export type RecordVacantCleaningMutation = { recordVacantCleaning: { id: string, unitId: string, cleanedOn: string, damages: Array<{ description: string, ticketId: string }> } };

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
export const AdminPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"ruleIds"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"perProperty"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPolicyQuery, AdminPolicyQueryVariables>;
export const AdminSetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<AdminSetPolicyMutation, AdminSetPolicyMutationVariables>;
export const AdminPolicyHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPolicyHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}}]}}]} as unknown as DocumentNode<AdminPolicyHistoryQuery, AdminPolicyHistoryQueryVariables>;
export const AdminPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"propertyIds"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestCount"}}]}}]}}]} as unknown as DocumentNode<AdminPartnersQuery, AdminPartnersQueryVariables>;
export const AdminCreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"tokenUrl"}}]}}]}}]} as unknown as DocumentNode<AdminCreatePartnerMutation, AdminCreatePartnerMutationVariables>;
export const AdminRotatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRotatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotatePartnerClientSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"tokenUrl"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}}]}}]} as unknown as DocumentNode<AdminRotatePartnerMutation, AdminRotatePartnerMutationVariables>;
export const AdminRevokePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnerClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AdminRevokePartnerMutation, AdminRevokePartnerMutationVariables>;
export const AdminStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"propertyIds"}},{"kind":"Field","name":{"kind":"Name","value":"managerId"}}]}}]}}]} as unknown as DocumentNode<AdminStaffQuery, AdminStaffQueryVariables>;
export const AdminInviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminInviteStaffMutation, AdminInviteStaffMutationVariables>;
export const AdminUpdateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"propertyIds"}},{"kind":"Field","name":{"kind":"Name","value":"managerId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateStaffMutation, AdminUpdateStaffMutationVariables>;
export const AdminDeactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateStaffMutation, AdminDeactivateStaffMutationVariables>;
export const AppraisalPropertiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalProperties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppraisalPropertiesQuery, AppraisalPropertiesQueryVariables>;
export const AppraisalDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checksDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<AppraisalDueQuery, AppraisalDueQueryVariables>;
export const AppraisalRankingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalRankings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missedChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]} as unknown as DocumentNode<AppraisalRankingsQuery, AppraisalRankingsQueryVariables>;
export const AppraisalSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppraisalSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppraisalSheetQuery, AppraisalSheetQueryVariables>;
export const AppraisalRecordCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalRecordCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<AppraisalRecordCheckMutation, AppraisalRecordCheckMutationVariables>;
export const AppraisalDecideAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalDecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AppraisalDecideAppealMutation, AppraisalDecideAppealMutationVariables>;
export const PendingAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingAppeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingAppealsQuery, PendingAppealsQueryVariables>;
export const AppraisalDecideAppealWithReasonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppraisalDecideAppealWithReason"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"upheld"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upheld"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}}]}}]} as unknown as DocumentNode<AppraisalDecideAppealWithReasonMutation, AppraisalDecideAppealWithReasonMutationVariables>;
export const CustomerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsMonths"}},{"kind":"Field","name":{"kind":"Name","value":"householdMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"keysHandedOver"}},{"kind":"Field","name":{"kind":"Name","value":"keysRetained"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessCards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moveOutRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"releasePassNumber"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerPageQuery, CustomerPageQueryVariables>;
export const CustomerMoveInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerMoveIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}}]}}]}}]} as unknown as DocumentNode<CustomerMoveInMutation, CustomerMoveInMutationVariables>;
export const CompleteMoveInItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMoveInItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveInChecklistItem"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMoveInItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"occupancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openItems"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteMoveInItemsMutation, CompleteMoveInItemsMutationVariables>;
export const CustomerMoveOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerMoveOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMoveOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CustomerMoveOutMutation, CustomerMoveOutMutationVariables>;
export const CustomerArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerArchiveQuery, CustomerArchiveQueryVariables>;
export const RequestArchiveLoanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestArchiveLoan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveLoanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestArchiveLoan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}}]}}]} as unknown as DocumentNode<RequestArchiveLoanMutation, RequestArchiveLoanMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyKpis"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseWithin24hRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelyRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpHandlingRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"churnRate"}},{"kind":"Field","name":{"kind":"Name","value":"dataErrorRate"}},{"kind":"Field","name":{"kind":"Name","value":"visitPlanCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"checksMissed"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const CompanyServiceTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyServiceTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"responsesDue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedInTime"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"timelyComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"visitTasksSampled"}},{"kind":"Field","name":{"kind":"Name","value":"visitTasksDone"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionCount"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceTrendQuery, CompanyServiceTrendQueryVariables>;
export const CompanyBillingTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyBillingTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyBillingTrendQuery, CompanyBillingTrendQueryVariables>;
export const CompanyCustomerTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCustomerTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"customersVisited"}},{"kind":"Field","name":{"kind":"Name","value":"customersLeft"}},{"kind":"Field","name":{"kind":"Name","value":"customersOccupying"}},{"kind":"Field","name":{"kind":"Name","value":"archivesIncomplete"}},{"kind":"Field","name":{"kind":"Name","value":"archivesChecked"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCustomerTrendQuery, CompanyCustomerTrendQueryVariables>;
export const ExportKpiReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportKpiReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportKpiReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportKpiReportMutation, ExportKpiReportMutationVariables>;
export const RunBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"unitsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<RunBillingMutation, RunBillingMutationVariables>;
export const BillingRunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingRunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"billsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"unitsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"unitsDone"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<BillingRunProgressQuery, BillingRunProgressQueryVariables>;
export const FinanceBillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceBills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceBillsQuery, FinanceBillsQueryVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const PrintPaymentNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrintPaymentNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PAYMENT_NOTICES"}},{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<PrintPaymentNoticesMutation, PrintPaymentNoticesMutationVariables>;
export const PrintJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrintJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<PrintJobProgressQuery, PrintJobProgressQueryVariables>;
export const FinanceArrearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceArrears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueFen"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<FinanceArrearsQuery, FinanceArrearsQueryVariables>;
export const FinanceDunningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceDunning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementSince"}},{"kind":"Field","name":{"kind":"Name","value":"dunningRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticeStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleRole"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FinanceDunningQuery, FinanceDunningQueryVariables>;
export const RunDunningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunDunning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runDunning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roundsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementListed"}}]}}]}}]} as unknown as DocumentNode<RunDunningMutation, RunDunningMutationVariables>;
export const RecordDunningDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDunningDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DunningDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDunningDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedReceipt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RecordDunningDeliveryMutation, RecordDunningDeliveryMutationVariables>;
export const ReissueDunningNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReissueDunningNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reissueDunningNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticeStatus"}}]}}]}}]} as unknown as DocumentNode<ReissueDunningNoticeMutation, ReissueDunningNoticeMutationVariables>;
export const ExportBillingRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportBillingRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingRegisterKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentLanguage"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportBillingRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportBillingRegisterMutation, ExportBillingRegisterMutationVariables>;
export const FinanceFeeChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinanceFeeChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"managementFenPerSqm"}},{"kind":"Field","name":{"kind":"Name","value":"waterFenPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"electricityFenPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"gasFenPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReference"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}}]}}]}}]} as unknown as DocumentNode<FinanceFeeChangesQuery, FinanceFeeChangesQueryVariables>;
export const FeeChangeCurrentScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeChangeCurrentSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementFenPerSqm"}},{"kind":"Field","name":{"kind":"Name","value":"waterFenPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"electricityFenPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"gasFenPerUnit"}},{"kind":"Field","name":{"kind":"Name","value":"airConditioningFenPerSqm"}},{"kind":"Field","name":{"kind":"Name","value":"renovationManagementFenPerSqm"}}]}}]}}]} as unknown as DocumentNode<FeeChangeCurrentScheduleQuery, FeeChangeCurrentScheduleQueryVariables>;
export const FeeChangeNoticePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeeChangeNoticePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<FeeChangeNoticePolicyQuery, FeeChangeNoticePolicyQueryVariables>;
export const ProposeFeeChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeFeeChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeFeeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeFeeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeFeeChangeMutation, ProposeFeeChangeMutationVariables>;
export const ApproveFeeChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveFeeChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveFeeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFeeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvalAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"approvalReference"}}]}}]}}]} as unknown as DocumentNode<ApproveFeeChangeMutation, ApproveFeeChangeMutationVariables>;
export const NotifyFeeChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyFeeChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotifyFeeChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyFeeChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}}]}}]}}]} as unknown as DocumentNode<NotifyFeeChangeMutation, NotifyFeeChangeMutationVariables>;
export const FindCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundCustomer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<FindCustomersQuery, FindCustomersQueryVariables>;
export const UnitOccupantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOccupants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FoundCustomer"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FoundCustomer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<UnitOccupantsQuery, UnitOccupantsQueryVariables>;
export const FindTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]}}]} as unknown as DocumentNode<FindTicketQuery, FindTicketQueryVariables>;
export const PropertyUnpaidBillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyUnpaidBills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"unpaid"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyUnpaidBillsQuery, PropertyUnpaidBillsQueryVariables>;
export const PropertyDrillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyDrill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PropertyKpis"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitTasksSampled"}},{"kind":"Field","name":{"kind":"Name","value":"visitTasksDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bills"}},{"kind":"Field","name":{"kind":"Name","value":"paidBills"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsByStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFen"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PropertyKpis"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Property"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"responseWithin24hRate"}},{"kind":"Field","name":{"kind":"Name","value":"timelyRate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpHandlingRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionMean"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectedFen"}},{"kind":"Field","name":{"kind":"Name","value":"collectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrearsFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"churnRate"}},{"kind":"Field","name":{"kind":"Name","value":"dataErrorRate"}},{"kind":"Field","name":{"kind":"Name","value":"visitPlanCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanScore"}},{"kind":"Field","name":{"kind":"Name","value":"checksMissed"}}]}}]}}]} as unknown as DocumentNode<PropertyDrillQuery, PropertyDrillQueryVariables>;
export const PropertyTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyTicketsQuery, PropertyTicketsQueryVariables>;
export const PropertyTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"property"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"satisfaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timely"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"collection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerKpiTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"churn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Measure"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Measure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"comparison"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<PropertyTrendQuery, PropertyTrendQueryVariables>;
export const PropertyOpenVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropertyOpenVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"set"},"value":{"kind":"EnumValue","value":"NOT_HANDLED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketKind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleRole"}},{"kind":"Field","name":{"kind":"Name","value":"visitsCount"}},{"kind":"Field","name":{"kind":"Name","value":"openIssue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PropertyOpenVisitsQuery, PropertyOpenVisitsQueryVariables>;
export const RepairQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepairQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"repairQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<RepairQueueQuery, RepairQueueQueryVariables>;
export const QueueMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<QueueMeQuery, QueueMeQueryVariables>;
export const DispatchStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DispatchStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TECHNICIAN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DispatchStaffQuery, DispatchStaffQueryVariables>;
export const DispatchTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"assigneeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assigneeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<DispatchTicketMutation, DispatchTicketMutationVariables>;
export const ArriveTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArriveTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arriveTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<ArriveTicketMutation, ArriveTicketMutationVariables>;
export const QuoteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QuoteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quoteTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<QuoteTicketMutation, QuoteTicketMutationVariables>;
export const AcceptQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueTicket"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"priceItemCode"}},{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"publicArea"}},{"kind":"Field","name":{"kind":"Name","value":"calledAt"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"quoteState"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"feasible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slaDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"metAt"}}]}}]}}]} as unknown as DocumentNode<AcceptQuoteMutation, AcceptQuoteMutationVariables>;
export const CompleteTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chargesFen"}}]}}]}}]} as unknown as DocumentNode<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const RegisterCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCustomerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCustomer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterCustomerMutation, RegisterCustomerMutationVariables>;
export const ShopUnitOccupantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopUnitOccupants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"occupancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopUnitOccupantsQuery, ShopUnitOccupantsQueryVariables>;
export const RegisterShopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterShop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterShopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerShop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterShopMutation, RegisterShopMutationVariables>;
export const RecordShopInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordShopInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordShopInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordShopInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}}]}}]}}]} as unknown as DocumentNode<RecordShopInspectionMutation, RecordShopInspectionMutationVariables>;
export const RecordShopRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordShopRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordShopRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordShopRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rectifiedOn"}}]}}]}}]} as unknown as DocumentNode<RecordShopRectificationMutation, RecordShopRectificationMutationVariables>;
export const RegisterShopContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterShopContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterShopContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerShopContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterShopContractMutation, RegisterShopContractMutationVariables>;
export const RecordDuctCleaningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDuctCleaning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDuctCleaningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDuctCleaning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDuctCleaningMutation, RecordDuctCleaningMutationVariables>;
export const ShopInspectionSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopInspectionSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShopInspectionSitesQuery, ShopInspectionSitesQueryVariables>;
export const ShopInspectionsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopInspectionsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopInspectionsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"foodAndBeverage"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycleMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastInspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"openRectifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rectificationOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"lastDuctCleanedOn"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<ShopInspectionsDueQuery, ShopInspectionsDueQueryVariables>;
export const VacantCleaningSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacantCleaningSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacantCleaningSitesQuery, VacantCleaningSitesQueryVariables>;
export const VacantCleaningDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacantCleaningDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacantCleaningDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"propertyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"propertyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyId"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"intervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"vacant"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"vacantSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastCleanedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"inNextBatch"}}]}}]}}]}}]} as unknown as DocumentNode<VacantCleaningDueQuery, VacantCleaningDueQueryVariables>;
export const RecordVacantCleaningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVacantCleaning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVacantCleaningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVacantCleaning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"cleanedOn"}},{"kind":"Field","name":{"kind":"Name","value":"damages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}}]}}]}}]}}]} as unknown as DocumentNode<RecordVacantCleaningMutation, RecordVacantCleaningMutationVariables>;
export const SiteUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SiteUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"building"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SiteUnitsQuery, SiteUnitsQueryVariables>;