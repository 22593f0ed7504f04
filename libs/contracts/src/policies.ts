/**
 * The policy catalog: every number in docs/domain-rules.md is a per-tenant (sometimes per-property)
 * policy value, because the sample procedures of different companies disagree on them. Services read
 * effective values by key; this catalog is the one place that says what a key means, its type and default.
 */
export type PolicyType =
  | { kind: 'int'; min?: number; max?: number; unit?: string }
  | { kind: 'decimal'; min?: number; max?: number; unit?: string }
  | { kind: 'bool' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'intList'; min?: number; max?: number; unit?: string; length?: number }
  | { kind: 'string'; pattern?: string };

export interface PolicyDefinition {
  key: string;
  ruleIds: string[];
  description: string;
  type: PolicyType;
  default: number | boolean | string | number[];
  perProperty: boolean;
}

const int = (min: number, max: number, unit: string): PolicyType => ({ kind: 'int', min, max, unit });
const decimal = (min: number, max: number, unit: string): PolicyType => ({ kind: 'decimal', min, max, unit });
const bool: PolicyType = { kind: 'bool' };
const oneOf = (...values: string[]): PolicyType => ({ kind: 'enum', values });

// A day in the same 24 h is the longest SLA the procedures express in minutes.
const minutes = int(1, 24 * 60, 'minutes');
const rate = decimal(0, 1, 'ratio');
// Days of month past 28 do not exist every month; these are clamped to the month's last day by the reader.
const dayOfMonth = int(1, 31, 'day of month');
const points = int(0, 100, 'points');
const deduction = decimal(0, 100, 'points');
const frequency = oneOf('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY');

export const POLICY_DEFINITIONS: readonly PolicyDefinition[] = [
  // General standards: HQ compares companies on one yardstick, so KPI targets are not per property.
  {
    key: 'kpi.responseHours',
    ruleIds: ['R-KPI-1'],
    description:
      'Hours within which every customer request must get its first response, measured from the ticket timeline.',
    type: int(1, 24 * 7, 'hours'),
    default: 24,
    perProperty: false,
  },
  {
    key: 'kpi.resolutionRateMin',
    ruleIds: ['R-KPI-2'],
    description: 'Minimum share of customer problems resolved.',
    type: rate,
    default: 0.9,
    perProperty: false,
  },
  {
    key: 'kpi.satisfactionMeanMin',
    ruleIds: ['R-KPI-3'],
    description: 'Minimum mean score, on a 1–5 scale, of the annual satisfaction survey (满意度调查).',
    type: decimal(1, 5, 'points of 5'),
    default: 4.5,
    perProperty: false,
  },
  {
    key: 'kpi.churnRateMax',
    ruleIds: ['R-KPI-4'],
    description: 'Maximum annual customer churn rate.',
    type: rate,
    default: 0.05,
    perProperty: false,
  },
  {
    key: 'kpi.dataErrorRateMax',
    ruleIds: ['R-KPI-5'],
    description: 'Customer data error rate that must not be reached (the target is strictly below it).',
    type: rate,
    default: 0.01,
    perProperty: false,
  },
  {
    key: 'kpi.complaintTimelyRatePeriod',
    ruleIds: ['R-KPI-6'],
    description:
      'Period over which the complaint timely-handling rate, timely ÷ total complaints, is computed and reported (投诉处理及时率).',
    type: frequency,
    default: 'MONTHLY',
    perProperty: false,
  },
  {
    key: 'kpi.followUpHandlingRateMin',
    ruleIds: ['R-KPI-7'],
    description: 'Minimum share of follow-up matters that reach an outcome (回访处理率).',
    type: rate,
    default: 1,
    perProperty: false,
  },
  {
    key: 'kpi.feeCollectionRateMin',
    ruleIds: ['R-KPI-8'],
    description: 'Minimum fee collection rate (催交率).',
    type: rate,
    default: 0.9,
    perProperty: false,
  },
  {
    key: 'kpi.tenantYearlyVisitRateMin',
    ruleIds: ['R-KPI-9'],
    description: 'Minimum share of shop tenants visited under the yearly visit plan (年拜访率).',
    type: rate,
    default: 1,
    perProperty: false,
  },
  {
    key: 'kpi.tenantAssemblyCoverageMin',
    ruleIds: ['R-KPI-9'],
    description: 'Minimum share of tenants spoken to face to face at tenant assemblies each year.',
    type: rate,
    default: 0.9,
    perProperty: false,
  },
  {
    key: 'kpi.tenantAssemblyReplyRateMin',
    ruleIds: ['R-KPI-9'],
    description: 'Minimum share of tenant-assembly members’ requests and suggestions that get a reply.',
    type: rate,
    default: 1,
    perProperty: false,
  },

  {
    key: 'customers.gradeNewMaxTenureMonths',
    ruleIds: ['R-CUS-2'],
    description:
      'Months of tenure, from the first dated occupancy, during which a customer is graded new (新客户); a customer with no occupancy yet is a prospect (潜在客户).',
    type: int(1, 120, 'months'),
    default: 12,
    perProperty: false,
  },
  {
    key: 'customers.gradeRegularMinPaidBills',
    ruleIds: ['R-CUS-2'],
    description:
      'Paid bills (management-fee and paid-service) a customer past the new period needs to be graded regular rather than new (常客).',
    type: int(1, 240, 'bills'),
    default: 6,
    perProperty: false,
  },
  {
    key: 'customers.gradeLoyalMinTenureMonths',
    ruleIds: ['R-CUS-2'],
    description: 'Months of tenure a regular customer needs to be graded loyal (忠诚客户).',
    type: int(1, 600, 'months'),
    default: 36,
    perProperty: false,
  },
  {
    key: 'customers.gradeLoyalMinOnTimePaymentRate',
    ruleIds: ['R-CUS-2'],
    description: 'Minimum share of bills paid by their due date for a customer to be graded loyal.',
    type: rate,
    default: 0.9,
    perProperty: false,
  },
  {
    key: 'customers.careCalendarEnabled',
    ruleIds: ['R-CUS-3'],
    description: 'Whether birthday and holiday greetings are scheduled for customers (客户关怀).',
    type: bool,
    default: true,
    perProperty: true,
  },
  {
    key: 'customers.weatherRemindersEnabled',
    ruleIds: ['R-CUS-3'],
    description: 'Whether special-weather reminders (typhoon, rainstorm) go to all customers of a property.',
    type: bool,
    default: true,
    perProperty: true,
  },
  {
    key: 'customers.moveInReminderDaysBeforeDeadline',
    ruleIds: ['R-CUS-4'],
    description:
      'Days before the move-in deadline at which owners who have not moved in are reminded again (入伙).',
    type: int(1, 60, 'days'),
    default: 3,
    perProperty: false,
  },
  {
    key: 'customers.keysRetainedWhileDefectsOpen',
    ruleIds: ['R-CUS-4'],
    description: 'Keys the company keeps back at handover while defects of the unit are still open.',
    type: int(0, 10, 'keys'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'customers.lesseeRegistrationOwnerPresent',
    ruleIds: ['R-CUS-5'],
    description: 'Whether the unit’s owner must be present when a lessee registers.',
    type: bool,
    default: true,
    perProperty: false,
  },
  {
    key: 'customers.moveOutNoticeDays',
    ruleIds: ['R-CUS-6'],
    description:
      'Days ahead a customer leaving the property must apply so that fees can be settled before the release pass (放行条).',
    type: int(0, 30, 'days'),
    default: 3,
    perProperty: true,
  },
  {
    key: 'customers.lesseeMoveOutOwnerConsent',
    ruleIds: ['R-CUS-6'],
    description:
      'Whether a lessee moving out needs the owner’s signed consent before a release pass is issued.',
    type: bool,
    default: true,
    perProperty: false,
  },
  {
    key: 'customers.fireSafetyInspectionFrequency',
    ruleIds: ['R-CUS-9'],
    description: 'How often fire-safety inspections run and produce rectification letters (整改函).',
    type: frequency,
    default: 'MONTHLY',
    perProperty: true,
  },

  {
    key: 'archives.shortLoanMaxDays',
    ruleIds: ['R-ARC-3'],
    description: 'Maximum days of a short-term archive loan (短期借阅).',
    type: int(1, 90, 'days'),
    default: 3,
    perProperty: false,
  },
  {
    key: 'archives.longLoanMaxDays',
    ruleIds: ['R-ARC-3'],
    description: 'Maximum days of a long-term archive loan (长期借阅).',
    type: int(1, 90, 'days'),
    default: 7,
    perProperty: false,
  },
  {
    key: 'archives.defaultLoanMaxDays',
    ruleIds: ['R-ARC-3'],
    description: 'Loan period applied when the borrower does not say whether the use is short or long term.',
    type: int(1, 90, 'days'),
    default: 7,
    perProperty: false,
  },
  {
    key: 'archives.renewalReminderDaysBeforeDue',
    ruleIds: ['R-ARC-3'],
    description:
      'Days before a loan expires that the borrower is asked to renew (续借); the rule gives no number, so one day is the default.',
    type: int(0, 30, 'days'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'archives.completenessCheckDayOfMonth',
    ruleIds: ['R-ARC-4'],
    description:
      'Day of month on which the monthly archive completeness check is due; the rule says only monthly, so the 1st is the default.',
    type: int(1, 28, 'day of month'),
    default: 1,
    perProperty: false,
  },

  // Service tickets: sites differ in staffing and layout, so every SLA may be set per property.
  {
    key: 'tickets.repairOrderFillMinutes',
    ruleIds: ['R-TKT-1'],
    description: 'Minutes from the repair call until the repair order is filled in (维修单).',
    type: minutes,
    default: 2,
    perProperty: true,
  },
  {
    key: 'tickets.engineeringNotifyMinutes',
    ruleIds: ['R-TKT-1'],
    description:
      'Minutes from the repair call until engineering is notified, 5 in the 第5篇 sample and 3 by default.',
    type: minutes,
    default: 3,
    perProperty: true,
  },
  {
    key: 'tickets.onSiteUrgentMinutes',
    ruleIds: ['R-TKT-7', 'R-TKT-2'],
    description:
      'Minutes from taking the order until the technician is on site for an urgent in-home repair, which includes a price-list item wanted as soon as possible (特急).',
    type: minutes,
    default: 10,
    perProperty: true,
  },
  {
    key: 'tickets.onSiteExpressMinutes',
    ruleIds: ['R-TKT-7'],
    description:
      'Minutes from taking the order until the technician is on site for an express in-home repair (急).',
    type: minutes,
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.onSiteNormalByMinuteOfDay',
    ruleIds: ['R-TKT-7'],
    description:
      'Local minute of the order’s day by which a normal in-home repair without appointment is on site, 1440 meaning end of day (一般).',
    type: int(1, 24 * 60, 'minute of day'),
    default: 24 * 60,
    perProperty: true,
  },
  {
    key: 'tickets.appointmentLeadMinutes',
    ruleIds: ['R-TKT-2'],
    description: 'Minutes before an agreed appointment that the technician must be on site.',
    type: int(0, 120, 'minutes'),
    default: 5,
    perProperty: true,
  },
  {
    key: 'tickets.unlistedRepairQuoteMinutes',
    ruleIds: ['R-TKT-3'],
    description:
      'Minutes from taking the order until the engineering supervisor assesses feasibility and price of an item not on the price list.',
    type: minutes,
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.refusalSignatures',
    ruleIds: ['R-TKT-4'],
    description: 'Signatures an order closed as refused by the customer must carry, next to the reason.',
    type: int(1, 5, 'signatures'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'tickets.publicAreaNotifyMinutes',
    ruleIds: ['R-TKT-6'],
    description: 'Minutes from a public-area repair report until engineering is notified.',
    type: minutes,
    default: 10,
    perProperty: true,
  },
  {
    key: 'tickets.publicAreaOnSiteMinutes',
    ruleIds: ['R-TKT-6'],
    description: 'Minutes from a public-area repair report until the technician is on site.',
    type: minutes,
    default: 15,
    perProperty: true,
  },
  {
    key: 'tickets.complaintDuplicateWindowHours',
    ruleIds: ['R-TKT-8'],
    description:
      'Complaints of one customer about one category filed within this many hours are one record, even when filed with several departments.',
    type: int(1, 24 * 30, 'hours'),
    default: 72,
    perProperty: true,
  },
  {
    key: 'tickets.helpEscalatedAnswerMinutes',
    ruleIds: ['R-TKT-9'],
    description:
      'Minutes within which a help request that staff could not answer at once is answered after escalation (求助).',
    type: minutes,
    default: 10,
    perProperty: true,
  },
  {
    key: 'tickets.patrolFloorVisitsPerWeek',
    ruleIds: ['R-TKT-10'],
    description: 'Times per week patrol rounds must cover every floor (巡楼).',
    type: int(1, 21, 'visits per week'),
    default: 2,
    perProperty: true,
  },
  {
    key: 'tickets.patrolFaultReportMinutes',
    ruleIds: ['R-TKT-10'],
    description: 'Minutes within which a facility fault found on patrol is reported to engineering.',
    type: minutes,
    default: 120,
    perProperty: true,
  },
  {
    key: 'tickets.patrolDoorReportMinutes',
    ruleIds: ['R-TKT-10'],
    description:
      'Minutes within which an open or broken plant-room door found on patrol is reported to engineering.',
    type: minutes,
    default: 60,
    perProperty: true,
  },

  {
    key: 'visits.complaintWithinDays',
    ruleIds: ['R-VIS-2'],
    description: 'Days after a complaint is closed within which its follow-up visit is due.',
    type: int(1, 60, 'days'),
    default: 3,
    perProperty: false,
  },
  {
    key: 'visits.complaintSampleRate',
    ruleIds: ['R-VIS-2'],
    description: 'Minimum share of closed complaints that get a follow-up visit.',
    type: rate,
    default: 0.5,
    perProperty: false,
  },
  {
    // Calendar months, not 30 days, because the procedures say 一个月 and monthly statistics count by month.
    key: 'visits.repairWithinMonths',
    ruleIds: ['R-VIS-2'],
    description: 'Calendar months after a repair is completed within which its follow-up visit is due.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'visits.repairSampleRate',
    ruleIds: ['R-VIS-2'],
    description: 'Minimum share of completed repairs that get a follow-up visit.',
    type: rate,
    default: 0.3,
    perProperty: false,
  },
  {
    key: 'visits.eventWithinMonths',
    ruleIds: ['R-VIS-2'],
    description: 'Calendar months after a community event within which its follow-up visits are due.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'visits.eventSampleRate',
    ruleIds: ['R-VIS-2'],
    description: 'Minimum share of community-event participants who get a follow-up visit.',
    type: rate,
    default: 0.1,
    perProperty: false,
  },
  {
    key: 'visits.newCustomerWithinMonths',
    ruleIds: ['R-VIS-2'],
    description: 'Calendar months after move-in within which a new customer is visited.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'visits.phoneAllowedAfterVisits',
    ruleIds: ['R-VIS-4'],
    description:
      'Visits on an open issue after which further visits may be made by phone, except for major complaints.',
    type: int(0, 10, 'visits'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'visits.statisticsReportFrequency',
    ruleIds: ['R-VIS-5'],
    description: 'How often visit statistics are reported to leadership.',
    type: frequency,
    default: 'MONTHLY',
    perProperty: false,
  },

  // Billing: fees are agreed per property in its service contract, so the dates and the late-fee rate may differ.
  {
    key: 'billing.monthBoundaryDay',
    ruleIds: ['R-BIL-2'],
    description:
      'Day of month on which a billing month ends and the next begins, and before which payment notices are issued (交款通知书).',
    type: dayOfMonth,
    default: 30,
    perProperty: true,
  },
  {
    key: 'billing.meterReadingDay',
    ruleIds: ['R-BIL-2'],
    description: 'Day of month around which water, electricity and gas meters are read (抄表).',
    type: dayOfMonth,
    default: 25,
    perProperty: true,
  },
  {
    key: 'billing.repairChargesCutoffDay',
    ruleIds: ['R-TKT-5'],
    description:
      'Day of month by which copy 3 of completed repair orders reaches finance so its charges join the next management-fee bill.',
    type: dayOfMonth,
    default: 25,
    perProperty: true,
  },
  {
    key: 'billing.collectionWindowStartDay',
    ruleIds: ['R-BIL-3'],
    description:
      'Day of the month after billing on which the collection window opens; it closes on the due day.',
    type: int(1, 28, 'day of month'),
    default: 1,
    perProperty: true,
  },
  {
    key: 'billing.meterOutlierFactor',
    ruleIds: ['R-BIL-2'],
    description:
      "A meter consumption above this multiple of the unit's median consumption is held for confirmation instead of billed.",
    type: { kind: 'decimal', min: 1.5, max: 100 },
    default: 5,
    perProperty: true,
  },
  {
    key: 'billing.dueDay',
    ruleIds: ['R-BIL-3'],
    description:
      'Day of the month after billing on which payment is due, the 10th in the 第8篇 sample and the 15th by default.',
    type: int(1, 28, 'day of month'),
    default: 15,
    perProperty: true,
  },
  {
    // The cap catches a percentage typed where a fraction belongs (0.05 for 0.05 %), which would be 100× the fee.
    key: 'billing.lateFeeRatePerDay',
    ruleIds: ['R-BIL-4'],
    description:
      'Late fee per day as a fraction of the overdue amount, 0.0005 by default with 0.003 (千分之三) the other common value (万分之五).',
    type: decimal(0, 0.01, 'fraction per day'),
    default: 0.0005,
    perProperty: true,
  },
  {
    key: 'billing.lateFeeRounding',
    ruleIds: ['R-BIL-4'],
    description: 'Rounding mode applied once to the computed late fee in fen, stated on the bill.',
    type: oneOf('HALF_UP', 'DOWN', 'UP', 'HALF_EVEN'),
    default: 'HALF_UP',
    perProperty: false,
  },
  {
    key: 'billing.timeZone',
    ruleIds: ['R-BIL-2', 'R-BIL-4'],
    description: 'IANA time zone in which billing dates and days overdue are counted.',
    type: { kind: 'string', pattern: '^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$' },
    default: 'Asia/Shanghai',
    perProperty: true,
  },
  {
    key: 'billing.disputeCutoffDaysBeforeDue',
    ruleIds: ['R-BIL-5'],
    description: 'Days before the due date after which a bill can no longer be disputed.',
    type: int(0, 28, 'days'),
    default: 5,
    perProperty: false,
  },
  {
    key: 'billing.dunningIntervalsDays',
    ruleIds: ['R-BIL-6'],
    description:
      'Days from the payment notice to dunning round 1, then between rounds; the list length is the number of rounds (3) after which enforcement may start (催缴).',
    type: { kind: 'intList', min: 1, max: 90, unit: 'days' },
    default: [15, 7, 7],
    perProperty: false,
  },
  {
    key: 'billing.dunningRunHour',
    ruleIds: ['R-BIL-6'],
    description:
      'Hour of the day (property time) at which the daily dunning pass writes the rounds that are due.',
    type: int(0, 23, 'hour'),
    default: 9,
    perProperty: true,
  },
  {
    key: 'billing.arrearsOverMonths',
    ruleIds: ['R-BIL-7'],
    description: 'Months overdue beyond which a customer counts as in arrears (欠费用户).',
    type: int(0, 24, 'months'),
    default: 1,
    perProperty: false,
  },
  {
    key: 'billing.mediationMaxMonths',
    ruleIds: ['R-BIL-7'],
    description: 'Months overdue up to and including which leadership mediates.',
    type: int(1, 24, 'months'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'billing.publicListingOverMonths',
    ruleIds: ['R-BIL-7'],
    description: 'Months overdue beyond which the arrears are listed publicly at the entrances (张榜公布).',
    type: int(1, 24, 'months'),
    default: 2,
    perProperty: false,
  },
  {
    key: 'billing.courtActionMinMonths',
    ruleIds: ['R-BIL-7'],
    description: 'Months overdue from which, inclusive, court action may be filed.',
    type: int(1, 60, 'months'),
    default: 3,
    perProperty: false,
  },
  {
    key: 'billing.renovationAcceptanceWorkingDays',
    ruleIds: ['R-BIL-10'],
    description:
      'Working days after the request within which formal renovation acceptance takes place (正式验收).',
    type: int(1, 30, 'working days'),
    default: 2,
    perProperty: true,
  },
  {
    key: 'billing.renovationDefectFixDays',
    ruleIds: ['R-BIL-10'],
    description: 'Days within which renovation defects found on inspection must be fixed.',
    type: int(1, 90, 'days'),
    default: 14,
    perProperty: true,
  },
  {
    key: 'billing.renovationDepositRefundMonths',
    ruleIds: ['R-BIL-10'],
    description:
      'Months after acceptance without structural or safety problems after which renovation deposits are refunded.',
    type: int(0, 24, 'months'),
    default: 3,
    perProperty: true,
  },

  // Staff appraisal: one company-wide score sheet keeps scores comparable across sites.
  {
    key: 'appraisal.leaderCheckOfStaffFrequency',
    ruleIds: ['R-APR-1'],
    description: 'How often a team leader checks staff (日检).',
    type: frequency,
    default: 'DAILY',
    perProperty: false,
  },
  {
    key: 'appraisal.supervisorCheckFrequency',
    ruleIds: ['R-APR-1'],
    description: 'How often a supervisor checks team leaders and staff (周检).',
    type: frequency,
    default: 'WEEKLY',
    perProperty: false,
  },
  {
    key: 'appraisal.directorCheckOfSupervisorsFrequency',
    ruleIds: ['R-APR-1'],
    description: 'How often the site director checks supervisors.',
    type: frequency,
    default: 'WEEKLY',
    perProperty: false,
  },
  {
    key: 'appraisal.directorCheckOfLeadersAndStaffFrequency',
    ruleIds: ['R-APR-1'],
    description: 'How often the site director checks team leaders and staff (月检).',
    type: frequency,
    default: 'MONTHLY',
    perProperty: false,
  },
  {
    key: 'appraisal.managerCheckOfDirectorFrequency',
    ruleIds: ['R-APR-1'],
    description: 'How often the company manager checks the site director.',
    type: frequency,
    default: 'MONTHLY',
    perProperty: false,
  },
  {
    key: 'appraisal.staffJobQualityMax',
    ruleIds: ['R-APR-2'],
    description: 'Full marks of the job-quality item on the staff score sheet (岗位工作质量).',
    type: points,
    default: 20,
    perProperty: false,
  },
  {
    key: 'appraisal.staffHandoverMax',
    ruleIds: ['R-APR-2'],
    description: 'Full marks of the shift hand-over item on the staff score sheet (交接班质量).',
    type: points,
    default: 10,
    perProperty: false,
  },
  {
    key: 'appraisal.staffTrainingMax',
    ruleIds: ['R-APR-2'],
    description: 'Full marks of the training item on the staff score sheet (培训质量).',
    type: points,
    default: 10,
    perProperty: false,
  },
  {
    key: 'appraisal.staffEfficiencyMax',
    ruleIds: ['R-APR-2'],
    description: 'Full marks of the efficiency item on the staff score sheet (工作效率).',
    type: points,
    default: 20,
    perProperty: false,
  },
  {
    key: 'appraisal.staffServiceQualityMax',
    ruleIds: ['R-APR-2'],
    description: 'Full marks of the service-quality item on the staff score sheet (服务质量).',
    type: points,
    default: 20,
    perProperty: false,
  },
  {
    key: 'appraisal.staffOtherProceduresMax',
    ruleIds: ['R-APR-2'],
    description:
      'Full marks of the other-procedures item on the staff score sheet (执行其他相关作业规程质量).',
    type: points,
    default: 10,
    perProperty: false,
  },
  {
    key: 'appraisal.staffOtherMax',
    ruleIds: ['R-APR-2', 'R-APR-6'],
    description:
      'Full marks of the other item on the staff score sheet, awarded in full when nothing was found (其他质量).',
    type: points,
    default: 10,
    perProperty: false,
  },
  {
    key: 'appraisal.managerItemMax',
    ruleIds: ['R-APR-3'],
    description: 'Full marks of each of the ten items on the manager score sheet.',
    type: points,
    default: 10,
    perProperty: false,
  },
  {
    key: 'appraisal.scoreCap',
    ruleIds: ['R-APR-2', 'R-APR-3', 'R-APR-6'],
    description: 'Total of a score sheet and the cap that commendations cannot lift a score above (百分制).',
    type: points,
    default: 100,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionGeneralMin',
    ruleIds: ['R-APR-4'],
    description: 'Smallest deduction per general violation (一般违规).',
    type: deduction,
    default: 1,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionGeneralMax',
    ruleIds: ['R-APR-4'],
    description: 'Largest deduction per general violation.',
    type: deduction,
    default: 2,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionGeneralLightMin',
    ruleIds: ['R-APR-4'],
    description:
      'Smallest deduction per general violation on the lighter items (hand-over, training and other procedures in 第7篇 4.4).',
    type: deduction,
    default: 0.5,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionGeneralLightMax',
    ruleIds: ['R-APR-4'],
    description: 'Largest deduction per general violation on the lighter items.',
    type: deduction,
    default: 1,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionSeriousMin',
    ruleIds: ['R-APR-4'],
    description: 'Smallest deduction per serious violation (严重违规).',
    type: deduction,
    default: 3,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionSeriousMax',
    ruleIds: ['R-APR-4'],
    description: 'Largest deduction per serious violation.',
    type: deduction,
    default: 5,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionConsequentialMin',
    ruleIds: ['R-APR-4'],
    description: 'Smallest deduction per violation with bad consequences (引起不良后果).',
    type: deduction,
    default: 6,
    perProperty: false,
  },
  {
    key: 'appraisal.deductionConsequentialMax',
    ruleIds: ['R-APR-4'],
    description: 'Largest deduction per violation with bad consequences.',
    type: deduction,
    default: 20,
    perProperty: false,
  },
  ...(
    [
      ['handoverBands', 'shift hand-over (交接班)', [2, 4, 5, 10], '4.4.1 b'],
      ['trainingBands', 'training (培训)', [2, 3, 4, 10], '4.4.1 c'],
      ['serviceQualityBands', 'service quality (服务质量)', [3, 4, 5, 20], '4.4.1 d'],
      ['otherProceduresBands', 'other procedures (其他相关作业规程)', [2, 3, 4, 10], '4.4.1 f'],
      ['managerBands', 'every item of the manager sheet', [3, 4, 5, 10], '4.4.3'],
    ] as const
  ).map(([name, what, bands, clause]): PolicyDefinition => ({
    key: `appraisal.${name}`,
    ruleIds: ['R-APR-4'],
    description: `Serious and consequential deduction bands for ${what}: [serious min, serious max, consequential min, consequential max] (第7篇 ${clause}); items without their own bands use the shared ones.`,
    type: { kind: 'intList', min: 0, max: 100, unit: 'points', length: 4 },
    default: [...bands],
    perProperty: false,
  })),
  {
    key: 'appraisal.commendationMinPoints',
    ruleIds: ['R-APR-6'],
    description: 'Fewest points a commendation adds to the total (嘉奖).',
    type: points,
    default: 1,
    perProperty: false,
  },
  {
    key: 'appraisal.commendationMaxPoints',
    ruleIds: ['R-APR-6'],
    description: 'Most points a commendation adds to the total.',
    type: points,
    default: 20,
    perProperty: false,
  },
];

export const POLICY_KEYS: readonly string[] = POLICY_DEFINITIONS.map((d) => d.key);

const byKey = new Map(POLICY_DEFINITIONS.map((d) => [d.key, d]));

export function policyDefinition(key: string): PolicyDefinition | undefined {
  return byKey.get(key);
}

function rangeProblems(label: string, n: number, type: { min?: number; max?: number }): string[] {
  const problems: string[] = [];
  if (type.min !== undefined && n < type.min) problems.push(`${label} must be ≥ ${type.min}`);
  if (type.max !== undefined && n > type.max) problems.push(`${label} must be ≤ ${type.max}`);
  return problems;
}

/** Returns problems (empty = valid) for a proposed value of `key`. */
export function validatePolicyValue(key: string, value: unknown): string[] {
  const def = byKey.get(key);
  if (!def) return [`unknown policy key ${key}`];
  const type = def.type;
  switch (type.kind) {
    case 'int':
      return Number.isSafeInteger(value)
        ? rangeProblems(key, value as number, type)
        : [`${key} must be an integer`];
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value)
        ? rangeProblems(key, value, type)
        : [`${key} must be a finite number`];
    case 'bool':
      return typeof value === 'boolean' ? [] : [`${key} must be true or false`];
    case 'enum':
      return typeof value === 'string' && type.values.includes(value)
        ? []
        : [`${key} must be one of ${type.values.join(', ')}`];
    case 'intList':
      if (!Array.isArray(value) || value.length === 0) return [`${key} must be a non-empty list of integers`];
      if (type.length !== undefined && value.length !== type.length)
        return [`${key} must list exactly ${type.length} integers`];
      return value.flatMap((v, i) =>
        Number.isSafeInteger(v)
          ? rangeProblems(`${key}[${i}]`, v, type)
          : [`${key}[${i}] must be an integer`],
      );
    case 'string':
      if (typeof value !== 'string') return [`${key} must be a string`];
      return type.pattern === undefined || new RegExp(type.pattern).test(value)
        ? []
        : [`${key} must match ${type.pattern}`];
  }
}
