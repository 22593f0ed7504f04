import { readFileSync } from 'fs';
import path from 'path';
import { POLICY_DEFINITIONS, POLICY_KEYS, policyDefinition, validatePolicyValue } from './policies';

// Read eagerly: a missing rules document must fail the suite, never skip the rule-id checks.
const rulesDoc = readFileSync(path.join(__dirname, '../../../docs/domain-rules.md'), 'utf8');
const ruleIds = new Set([...rulesDoc.matchAll(/^- (R-[A-Z]+-\d+)\b/gm)].map((m) => m[1]));

const defaultOf = (key: string) => policyDefinition(key)?.default;

describe('policy catalog', () => {
  it('reads the rule ids from domain-rules.md', () => {
    expect(ruleIds.has('R-BIL-4')).toBe(true);
    expect(ruleIds.size).toBeGreaterThan(50);
  });

  it('has unique dotted lower-camel keys', () => {
    expect(new Set(POLICY_KEYS).size).toBe(POLICY_KEYS.length);
    for (const key of POLICY_KEYS) expect(key).toMatch(/^[a-z]+\.[a-zA-Z0-9]+$/);
  });

  it.each(POLICY_DEFINITIONS.map((d) => [d.key, d] as const))('%s cites existing rules', (_key, d) => {
    expect(d.ruleIds.length).toBeGreaterThan(0);
    for (const id of d.ruleIds) expect(ruleIds).toContain(id);
  });

  it.each(POLICY_DEFINITIONS.map((d) => [d.key, d] as const))(
    '%s default passes its own validation',
    (key, d) => {
      expect(validatePolicyValue(key, d.default)).toEqual([]);
    },
  );

  it('describes each policy in one line', () => {
    for (const d of POLICY_DEFINITIONS) expect(d.description).toMatch(/^[A-Z][^\n]*[.)]$/);
  });

  it('covers every rule family', () => {
    const families = new Set(POLICY_DEFINITIONS.flatMap((d) => d.ruleIds.map((id) => id.split('-')[1])));
    expect([...families].sort()).toEqual([
      'APR',
      'ARC',
      'BIL',
      'CUS',
      'DOC',
      'KPI',
      'PLT',
      'TKT',
      'VIS',
      'WHK',
    ]);
  });

  it('looks definitions up by key', () => {
    expect(policyDefinition('billing.dueDay')?.ruleIds).toEqual(['R-BIL-3']);
    expect(policyDefinition('billing.nope')).toBeUndefined();
  });
});

describe('validatePolicyValue', () => {
  it('names an unknown key', () => {
    expect(validatePolicyValue('billing.nope', 1)).toEqual(['unknown policy key billing.nope']);
  });

  it('rejects the wrong type', () => {
    expect(validatePolicyValue('tickets.repairOrderFillMinutes', '2')).toEqual([
      'tickets.repairOrderFillMinutes must be an integer',
    ]);
    expect(validatePolicyValue('tickets.repairOrderFillMinutes', 2.5)).toEqual([
      'tickets.repairOrderFillMinutes must be an integer',
    ]);
    expect(validatePolicyValue('billing.lateFeeRatePerDay', NaN)).toEqual([
      'billing.lateFeeRatePerDay must be a finite number',
    ]);
    expect(validatePolicyValue('customers.careCalendarEnabled', 'true')).toEqual([
      'customers.careCalendarEnabled must be true or false',
    ]);
    expect(validatePolicyValue('billing.dunningIntervalsDays', 15)).toEqual([
      'billing.dunningIntervalsDays must be a non-empty list of integers',
    ]);
    expect(validatePolicyValue('billing.dunningIntervalsDays', [15, '7'])).toEqual([
      'billing.dunningIntervalsDays[1] must be an integer',
    ]);
    expect(validatePolicyValue('billing.timeZone', 8)).toEqual(['billing.timeZone must be a string']);
  });

  it('rejects values out of range', () => {
    expect(validatePolicyValue('billing.dueDay', 29)).toEqual(['billing.dueDay must be ≤ 28']);
    expect(validatePolicyValue('billing.dueDay', 0)).toEqual(['billing.dueDay must be ≥ 1']);
    expect(validatePolicyValue('kpi.resolutionRateMin', 90)).toEqual(['kpi.resolutionRateMin must be ≤ 1']);
    expect(validatePolicyValue('billing.dunningIntervalsDays', [15, 0])).toEqual([
      'billing.dunningIntervalsDays[1] must be ≥ 1',
    ]);
    expect(validatePolicyValue('billing.dunningIntervalsDays', [])).toEqual([
      'billing.dunningIntervalsDays must be a non-empty list of integers',
    ]);
  });

  it('rejects a percentage entered as the late-fee fraction', () => {
    expect(validatePolicyValue('billing.lateFeeRatePerDay', 0.05)).toEqual([
      'billing.lateFeeRatePerDay must be ≤ 0.01',
    ]);
    expect(validatePolicyValue('billing.lateFeeRatePerDay', 0.003)).toEqual([]);
  });

  it('rejects an unknown enum value', () => {
    expect(validatePolicyValue('billing.lateFeeRounding', 'CEILING')).toEqual([
      'billing.lateFeeRounding must be one of HALF_UP, DOWN, UP, HALF_EVEN',
    ]);
    expect(validatePolicyValue('billing.lateFeeRounding', 'HALF_EVEN')).toEqual([]);
  });

  it('checks strings against their pattern', () => {
    expect(validatePolicyValue('billing.timeZone', 'Asia/Hong_Kong')).toEqual([]);
    expect(validatePolicyValue('billing.timeZone', 'GMT+8')).toHaveLength(1);
  });
});

describe('defaults from the rules', () => {
  it('R-KPI-1 requests get a response within 24 h', () => {
    expect(defaultOf('kpi.responseHours')).toBe(24);
  });

  it('R-TKT-1 repair order filled in 2 min, engineering notified in 3 min', () => {
    expect(defaultOf('tickets.repairOrderFillMinutes')).toBe(2);
    expect(defaultOf('tickets.engineeringNotifyMinutes')).toBe(3);
  });

  it('R-TKT-7 on site: urgent 10 min, express 15 min, normal by end of day', () => {
    expect(defaultOf('tickets.onSiteUrgentMinutes')).toBe(10);
    expect(defaultOf('tickets.onSiteExpressMinutes')).toBe(15);
    expect(defaultOf('tickets.onSiteNormalByMinuteOfDay')).toBe(24 * 60);
  });

  it('R-TKT-10 patrol reports faults within 2 h and doors within 1 h', () => {
    expect(defaultOf('tickets.patrolFaultReportMinutes')).toBe(120);
    expect(defaultOf('tickets.patrolDoorReportMinutes')).toBe(60);
  });

  it('R-ARC-3 loans: short 3 days, long 7 days, default 7', () => {
    expect(defaultOf('archives.shortLoanMaxDays')).toBe(3);
    expect(defaultOf('archives.longLoanMaxDays')).toBe(7);
    expect(defaultOf('archives.defaultLoanMaxDays')).toBe(7);
  });

  it('R-VIS-2 visit sampling rates 50 % / 30 % / 10 %', () => {
    expect(defaultOf('visits.complaintSampleRate')).toBe(0.5);
    expect(defaultOf('visits.repairSampleRate')).toBe(0.3);
    expect(defaultOf('visits.eventSampleRate')).toBe(0.1);
  });

  it('R-BIL-3 due day defaults to the 15th, per property', () => {
    expect(defaultOf('billing.dueDay')).toBe(15);
    expect(policyDefinition('billing.dueDay')?.perProperty).toBe(true);
  });

  it('R-BIL-4 late fee default is 0.05 % per day, rounded half-up', () => {
    expect(defaultOf('billing.lateFeeRatePerDay')).toBe(0.0005);
    expect(defaultOf('billing.lateFeeRounding')).toBe('HALF_UP');
  });

  it('R-BIL-6 dunning after 15 days, then a week, then a week', () => {
    expect(defaultOf('billing.dunningIntervalsDays')).toEqual([15, 7, 7]);
  });

  it('R-BIL-7 arrears ageing > 1, mediation ≤ 2, listing > 2, court ≥ 3 months', () => {
    expect(defaultOf('billing.arrearsOverMonths')).toBe(1);
    expect(defaultOf('billing.mediationMaxMonths')).toBe(2);
    expect(defaultOf('billing.publicListingOverMonths')).toBe(2);
    expect(defaultOf('billing.courtActionMinMonths')).toBe(3);
  });

  it('R-APR-2 staff sheet items add up to the 100-point cap', () => {
    const items = [
      'JobQuality',
      'Handover',
      'Training',
      'Efficiency',
      'ServiceQuality',
      'OtherProcedures',
      'Other',
    ];
    const total = items.reduce((sum, item) => sum + (defaultOf(`appraisal.staff${item}Max`) as number), 0);
    expect(total).toBe(defaultOf('appraisal.scoreCap'));
  });

  it('R-APR-3 ten manager items of 10 make up the cap', () => {
    expect((defaultOf('appraisal.managerItemMax') as number) * 10).toBe(defaultOf('appraisal.scoreCap'));
  });

  it('R-APR-4 deduction bands: general 1–2 (0.5–1), serious 3–5, consequential 6–20', () => {
    const band = (name: string) => [
      defaultOf(`appraisal.deduction${name}Min`),
      defaultOf(`appraisal.deduction${name}Max`),
    ];
    expect(band('General')).toEqual([1, 2]);
    expect(band('GeneralLight')).toEqual([0.5, 1]);
    expect(band('Serious')).toEqual([3, 5]);
    expect(band('Consequential')).toEqual([6, 20]);
  });

  it('R-APR-6 commendations add 1–20 points', () => {
    expect([
      defaultOf('appraisal.commendationMinPoints'),
      defaultOf('appraisal.commendationMaxPoints'),
    ]).toEqual([1, 20]);
  });
});
