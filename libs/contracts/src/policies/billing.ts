import { PolicyDefinition, bool, decimal, int, oneOf } from '../policy-definition';

// Days of month past 28 do not exist every month; these are clamped to the month's last day by the reader.
const dayOfMonth = int(1, 31, 'day of month');

/**
 * Billing service (R-BIL-*, and R-TKT-5's cut-off for repair charges): fees are agreed per property in
 * its service contract, so the dates and the late-fee rate may differ.
 */
export const BillingPolicies: readonly PolicyDefinition[] = [
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
    key: 'billing.paymentNoticeDay',
    ruleIds: ['R-BIL-2'],
    description:
      "Day of month on which the month's bill run is scheduled and its payment notices (交款通知书) are dated, before the boundary day.",
    type: int(1, 28, 'day of month'),
    default: 28,
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
  {
    key: 'billing.feeChangeNoticeDays',
    ruleIds: ['R-BIL-11'],
    description:
      'Days between the notice of a fee change posted to customers and the day the new prices take effect (第4篇 3.3 调整前先通告).',
    type: int(1, 365, 'days'),
    default: 30,
    perProperty: true,
  },
  {
    key: 'billing.feeChangeApprovalRequired',
    ruleIds: ['R-BIL-11'],
    description:
      "Whether a change to a property's fee schedule needs an approval (业主委员会 or 物价部门) and a notice before it takes effect; the property's first schedule never does.",
    type: bool,
    default: true,
    perProperty: true,
  },
];
