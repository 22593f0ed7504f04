import { PolicyDefinition, decimal, frequency, int, rate } from '../policy-definition';

/**
 * General standards (R-KPI-*): HQ compares companies on one yardstick, so KPI targets are not per
 * property. Cross-cutting: the services measure them, appraisal and the HQ dashboard compare them.
 */
export const KpiPolicies: readonly PolicyDefinition[] = [
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
    key: 'kpi.responseRateMin',
    ruleIds: ['R-KPI-1'],
    description:
      'Share of customer requests that must get their first response within kpi.responseHours ("every request": 1).',
    type: rate,
    default: 1,
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
    key: 'kpi.complaintTimelyRateMin',
    ruleIds: ['R-KPI-6'],
    description:
      'Share of complaints that must be handled in time (第4篇 8.4.5 counts timely ÷ total; every complaint: 1).',
    type: rate,
    default: 1,
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
];
