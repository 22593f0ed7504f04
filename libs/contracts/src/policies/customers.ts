import { PolicyDefinition, bool, frequency, int, rate } from '../policy-definition';

/** Customers service: grading, care, move-in/out and sublets (R-CUS-*), archives and loans (R-ARC-*). */
export const CustomerPolicies: readonly PolicyDefinition[] = [
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
    key: 'customers.gradeRegularMinPaidFen',
    ruleIds: ['R-CUS-2'],
    description:
      'Spend (fen paid, every bill and paid service) that makes a customer past the new period regular even with fewer paid bills (消费额).',
    type: int(0, 1_000_000_000, 'fen'),
    default: 500_000,
    perProperty: false,
  },
  {
    key: 'customers.gradeHighPotentialMinTickets',
    ruleIds: ['R-CUS-2'],
    description:
      'Tickets closed for a customer (services used) from which the customer is graded high potential (潜力).',
    type: int(1, 1000, 'tickets'),
    default: 3,
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
    key: 'customers.storageMaxDays',
    ruleIds: ['R-CUS-10'],
    description:
      'Days the front desk holds an item left for temporary storage (寄存) before the log flags it for the customer to collect.',
    type: int(1, 365, 'days'),
    default: 30,
    perProperty: true,
  },
  {
    key: 'customers.renovationApplicationLeadDays',
    ruleIds: ['R-CUS-11'],
    description:
      'Days before the works start by which the customer and contractor apply for a renovation (装修申请, 至少提前一天).',
    type: int(0, 30, 'days'),
    default: 1,
    perProperty: true,
  },
  {
    key: 'customers.renovationInspectionDays',
    ruleIds: ['R-CUS-11'],
    description:
      'Days after the request within which customer service holds a renovation inspection (三日内验收).',
    type: int(1, 30, 'days'),
    default: 3,
    perProperty: true,
  },
  {
    key: 'customers.renovationCombinedInspectionAllowed',
    ruleIds: ['R-CUS-11'],
    description:
      'Whether a small, simple renovation without alterations may have its initial and formal inspection in one visit.',
    type: bool,
    default: true,
    perProperty: true,
  },
  {
    key: 'customers.surveySampleShare',
    ruleIds: ['R-CUS-13', 'R-KPI-3'],
    description:
      'Share of a property’s current customers drawn into the annual satisfaction survey sample (抽样); the procedures give no share, so 30 % is the default.',
    type: rate,
    default: 0.3,
    perProperty: true,
  },
  {
    key: 'customers.surveyMinSample',
    ruleIds: ['R-CUS-13', 'R-KPI-3'],
    description:
      'Fewest customers in a survey sample (all of them when the property has fewer); 30 by default.',
    type: int(1, 10000, 'customers'),
    default: 30,
    perProperty: true,
  },
  {
    key: 'customers.tenantAssemblyIntervalMonths',
    ruleIds: ['R-CUS-14', 'R-KPI-9'],
    description:
      'Months between tenant assemblies (全体租户大会): the year is split into periods of this length, each due one assembly; 3 (每季) by default.',
    type: int(1, 12, 'months'),
    default: 3,
    perProperty: true,
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
    ruleIds: ['R-CUS-4', 'R-CUS-12'],
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
    key: 'customers.shopInspectionMonthsFnb',
    ruleIds: ['R-CUS-15'],
    description:
      'Months between inspections (巡场) of a food-and-beverage shop (餐饮店铺月度巡场), counted from the last one.',
    type: int(1, 12, 'months'),
    default: 1,
    perProperty: true,
  },
  {
    key: 'customers.shopInspectionMonthsOther',
    ruleIds: ['R-CUS-15'],
    description:
      'Months between inspections (巡场) of any other shop (非餐饮店铺每季度巡场), counted from the last one.',
    type: int(1, 12, 'months'),
    default: 3,
    perProperty: true,
  },
  {
    key: 'customers.ductCleaningIntervalDays',
    ruleIds: ['R-CUS-15'],
    description:
      'Days within which an F&B shop’s kitchen-exhaust duct is cleaned again (油烟管道清洁) after the last recorded cleaning.',
    type: int(1, 365, 'days'),
    default: 90,
    perProperty: true,
  },
  {
    key: 'customers.rectificationDays',
    ruleIds: ['R-CUS-15'],
    description:
      'Days after a failed shop inspection by which the rectification notice (整改通知) is to be complied with, when the inspector sets no deadline.',
    type: int(1, 90, 'days'),
    default: 7,
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
];
