import {
  ShopComplianceProblem as P,
  ShopContractKind,
  complianceProblems,
  defaultRectificationDeadline,
  inspectionProblems,
  inspectionState,
  nextInspectionDue,
  rectificationOverdue,
} from './shop-inspection.rules';

const policy = { monthsFnb: 1, monthsOther: 3, ductCleaningIntervalDays: 90 };
const contract = (kind: ShopContractKind, validFrom: string, validTo: string) => ({
  kind,
  validFrom,
  validTo,
});
const both = [
  contract(ShopContractKind.DUCT_CLEANING, '2026-01-01', '2026-12-31'),
  contract(ShopContractKind.PEST_CONTROL, '2026-01-01', '2026-12-31'),
];

describe('R-CUS-15 shop inspection cycle', () => {
  it('R-CUS-15: F&B shops are due a month after the last inspection, others a quarter', () => {
    expect(nextInspectionDue('2026-03-10', '2026-01-01', true, policy)).toBe('2026-04-10');
    expect(nextInspectionDue('2026-03-10', '2026-01-01', false, policy)).toBe('2026-06-10');
    expect(nextInspectionDue('2026-11-15', '2026-01-01', false, policy)).toBe('2027-02-15');
    expect(nextInspectionDue('2026-03-10', '2026-01-01', false, { ...policy, monthsOther: 2 })).toBe(
      '2026-05-10',
    );
  });

  it('R-CUS-15: month ends clamp: 31 January is due on the last day of February, in leap years too', () => {
    expect(nextInspectionDue('2027-01-31', '2026-01-01', true, policy)).toBe('2027-02-28');
    expect(nextInspectionDue('2028-01-31', '2026-01-01', true, policy)).toBe('2028-02-29');
    expect(nextInspectionDue('2026-11-30', '2026-01-01', false, policy)).toBe('2027-02-28');
    expect(nextInspectionDue('2026-12-31', '2026-01-01', true, policy)).toBe('2027-01-31');
  });

  it('R-CUS-15: a shop never inspected is due from its registration; due on the day, overdue after', () => {
    expect(nextInspectionDue(null, '2026-05-04', true, policy)).toBe('2026-05-04');
    expect(inspectionState('2026-05-04', '2026-05-03')).toEqual({ due: false, overdue: false });
    expect(inspectionState('2026-05-04', '2026-05-04')).toEqual({ due: true, overdue: false });
    expect(inspectionState('2026-05-04', '2026-05-05')).toEqual({ due: true, overdue: true });
  });

  it('R-CUS-15: a rectification deadline defaults to the policy days after the inspection, overdue after it', () => {
    expect(defaultRectificationDeadline('2026-12-28', 7)).toBe('2027-01-04');
    expect(rectificationOverdue('2027-01-04', '2027-01-04')).toBe(false);
    expect(rectificationOverdue('2027-01-04', '2027-01-05')).toBe(true);
    expect(rectificationOverdue(null, '2027-01-05')).toBe(false);
  });

  it('R-CUS-15: an inspection record is refused in the future, failed without findings or with a deadline before it', () => {
    const today = '2026-06-01';
    expect(inspectionProblems({ inspectedOn: '2026-06-01', passed: true }, today)).toEqual([]);
    expect(
      inspectionProblems({ inspectedOn: '2026-06-01', passed: false, findings: 'Grease trap full' }, today),
    ).toEqual([]);
    const fields = (i: Parameters<typeof inspectionProblems>[0]) =>
      inspectionProblems(i, today).map((p) => p.field);
    expect(fields({ inspectedOn: '2026-06-02', passed: true })).toEqual(['inspectedOn']);
    expect(fields({ inspectedOn: '2026-06-01', passed: false, findings: '  ' })).toEqual(['findings']);
    expect(fields({ inspectedOn: '2026-06-01', passed: true, rectificationDeadline: '2026-06-09' })).toEqual([
      'rectificationDeadline',
    ]);
    expect(
      fields({
        inspectedOn: '2026-06-01',
        passed: false,
        findings: 'x',
        rectificationDeadline: '2026-05-31',
      }),
    ).toEqual(['rectificationDeadline']);
  });
});

describe('R-CUS-15 F&B contracts and duct cleaning', () => {
  it('R-CUS-15: both contracts valid and a recent cleaning: no problem', () => {
    expect(complianceProblems(both, '2026-05-01', '2026-06-01', 90)).toEqual([]);
  });

  it('R-CUS-15: a missing contract, and one valid until yesterday, are problems; the last day is still valid', () => {
    expect(complianceProblems([both[0]], '2026-05-01', '2026-06-01', 90)).toEqual([
      P.PEST_CONTROL_CONTRACT_MISSING,
    ]);
    expect(complianceProblems(both, '2026-12-01', '2026-12-31', 90)).toEqual([]);
    expect(complianceProblems(both, '2026-12-01', '2027-01-01', 90)).toEqual([
      P.DUCT_CLEANING_CONTRACT_EXPIRED,
      P.PEST_CONTROL_CONTRACT_EXPIRED,
    ]);
    // A renewal in force covers the day even though an older contract has expired.
    const renewed = [...both, contract(ShopContractKind.PEST_CONTROL, '2027-01-01', '2027-12-31')];
    expect(complianceProblems(renewed, '2026-12-01', '2027-01-01', 90)).toEqual([
      P.DUCT_CLEANING_CONTRACT_EXPIRED,
    ]);
    expect(complianceProblems([], '2026-05-01', '2026-06-01', 90)).toEqual([
      P.DUCT_CLEANING_CONTRACT_MISSING,
      P.PEST_CONTROL_CONTRACT_MISSING,
    ]);
  });

  it('R-CUS-15: duct cleaning is overdue once the interval from the last one has passed, and missing when never recorded', () => {
    expect(complianceProblems(both, '2026-03-01', '2026-05-30', 90)).toEqual([]);
    expect(complianceProblems(both, '2026-03-01', '2026-05-31', 90)).toEqual([P.DUCT_CLEANING_OVERDUE]);
    expect(complianceProblems(both, '2026-03-01', '2026-05-31', 120)).toEqual([]);
    expect(complianceProblems(both, null, '2026-05-31', 90)).toEqual([P.DUCT_CLEANING_NOT_RECORDED]);
  });
});
