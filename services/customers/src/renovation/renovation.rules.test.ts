import {
  inspectionDue,
  InspectionKind,
  RenovationStatus,
  applicationProblems,
  inspectionOverdue,
  inspectionRefusal,
  statusAfterPass,
} from './renovation.rules';

describe('R-CUS-11 renovation rules', () => {
  const app = { today: '2027-03-10', leadDays: 1, contractor: '美家装饰', works: ['厨房改造'] };

  it('takes an application at least the policy days before the works start', () => {
    expect(applicationProblems({ ...app, startDate: '2027-03-11' })).toEqual([]);
    expect(applicationProblems({ ...app, startDate: '2027-03-10' })).toEqual([
      { field: 'startDate', message: 'at least 1 day(s) after the application' },
    ]);
    expect(applicationProblems({ ...app, leadDays: 3, startDate: '2027-03-12' })[0].field).toBe('startDate');
    expect(applicationProblems({ ...app, startDate: '2027-04-01', contractor: ' ', works: [] })).toEqual([
      { field: 'contractor', message: '1..100 characters' },
      { field: 'works', message: '1..50 items' },
    ]);
  });

  const base = {
    status: RenovationStatus.APPLIED,
    kind: InspectionKind.INITIAL,
    smallJob: false,
    combinedAllowed: true,
    openViolations: 0,
  };

  it('inspects initial, then formal; combined only for a small job the company allows', () => {
    expect(inspectionRefusal(base)).toBeNull();
    expect(inspectionRefusal({ ...base, kind: InspectionKind.FORMAL })).toMatch(/after a passed initial/);
    expect(
      inspectionRefusal({ ...base, status: RenovationStatus.INITIAL_PASSED, kind: InspectionKind.FORMAL }),
    ).toBeNull();
    expect(inspectionRefusal({ ...base, kind: InspectionKind.COMBINED })).toMatch(/small job/);
    expect(inspectionRefusal({ ...base, kind: InspectionKind.COMBINED, smallJob: true })).toBeNull();
    expect(
      inspectionRefusal({ ...base, kind: InspectionKind.COMBINED, smallJob: true, combinedAllowed: false }),
    ).toMatch(/does not allow/);
    expect(statusAfterPass(InspectionKind.INITIAL)).toBe(RenovationStatus.INITIAL_PASSED);
    expect(statusAfterPass(InspectionKind.COMBINED)).toBe(RenovationStatus.ACCEPTED);
    expect(statusAfterPass(InspectionKind.FORMAL)).toBe(RenovationStatus.ACCEPTED);
  });

  it('holds no inspection while violations are open and none after acceptance', () => {
    expect(inspectionRefusal({ ...base, openViolations: 1 })).toMatch(/violations are open/);
    expect(
      inspectionRefusal({
        ...base,
        status: RenovationStatus.INITIAL_PASSED,
        kind: InspectionKind.FORMAL,
        openViolations: 2,
      }),
    ).toMatch(/violations are open/);
    expect(inspectionRefusal({ ...base, status: RenovationStatus.ACCEPTED })).toMatch(/already accepted/);
  });

  it('flags an inspection not held by its due date', () => {
    expect(inspectionOverdue('2027-03-13', '2027-03-13')).toBe(false);
    expect(inspectionOverdue('2027-03-13', '2027-03-14')).toBe(true);
    expect(inspectionOverdue(null, '2027-03-14')).toBe(false);
  });
});

describe('R-BIL-10 formal acceptance in working days', () => {
  it('R-BIL-10 a formal or combined inspection is due within the working days or the calendar days, whichever first', () => {
    // Thursday 2026-12-03: 2 working days is Monday the 7th, after the 3 calendar days (Sunday the 6th).
    expect(inspectionDue('2026-12-03', 3, 2)).toBe('2026-12-06');
    // Monday 2026-12-07: 2 working days is Wednesday the 9th, before Thursday the 10th.
    expect(inspectionDue('2026-12-07', 3, 2)).toBe('2026-12-09');
    // An initial inspection keeps the calendar days.
    expect(inspectionDue('2026-12-07', 3, null)).toBe('2026-12-10');
  });
});
