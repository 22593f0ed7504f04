import {
  FeeChangeStatus,
  approvalRefusal,
  directSettingAllowed,
  earliestEffectiveFrom,
  noticeProblems,
  proposalProblems,
} from './fee-change.rules';

const approved = { status: FeeChangeStatus.APPROVED, effectiveFrom: '2027-02-01' };

describe('R-BIL-11 fee changes', () => {
  it('R-BIL-11 the first schedule is set directly; later ones only where the policy asks no approval', () => {
    expect(directSettingAllowed(false, true)).toBe(true);
    expect(directSettingAllowed(true, true)).toBe(false);
    expect(directSettingAllowed(true, false)).toBe(true);
  });

  it('R-BIL-11 a proposal takes effect after today', () => {
    expect(proposalProblems('2026-12-08', '2026-12-07')).toEqual([]);
    expect(proposalProblems('2026-12-07', '2026-12-07')[0].field).toBe('effectiveFrom');
    expect(proposalProblems('2026-13-01', '2026-12-07')[0].message).toBe('YYYY-MM-DD');
  });

  it('R-BIL-11 approved by someone other than the proposer, with the document reference', () => {
    const c = { status: FeeChangeStatus.PROPOSED, proposedBy: 'u1' };
    expect(approvalRefusal(c, 'u1', '业委会决议2026-07')).toHaveProperty('forbidden');
    expect(approvalRefusal(c, null, '业委会决议2026-07')).toHaveProperty('forbidden');
    expect(approvalRefusal(c, 'u2', '业委会决议2026-07')).toBeNull();
    expect(approvalRefusal(c, 'u2', '  ')).toEqual({
      problems: [expect.objectContaining({ field: 'approvalReference' })],
    });
    expect(approvalRefusal({ ...c, status: FeeChangeStatus.APPROVED }, 'u2', 'x')).toEqual({
      problems: [{ field: 'id', message: 'the fee change is already APPROVED' }],
    });
  });

  it('R-BIL-11 the notice goes up at least the notice days before the prices apply', () => {
    expect(earliestEffectiveFrom('2027-01-02', 30)).toBe('2027-02-01');
    expect(noticeProblems(approved, '2027-01-02', '2027-01-05', 30)).toEqual([]);
    expect(noticeProblems(approved, '2027-01-03', '2027-01-05', 30)[0].message).toMatch(
      /^notice too late: .* \(by 2027-01-02\)$/,
    );
    expect(noticeProblems(approved, '2027-01-03', '2027-01-05', 29)).toEqual([]);
  });

  it('R-BIL-11 only an approved change is announced, once, and not ahead of the day it is posted', () => {
    expect(
      noticeProblems({ ...approved, status: FeeChangeStatus.PROPOSED }, '2027-01-02', '2027-01-02', 30),
    ).toEqual([{ field: 'id', message: 'the fee change is not approved yet' }]);
    expect(
      noticeProblems({ ...approved, status: FeeChangeStatus.NOTIFIED }, '2027-01-02', '2027-01-02', 30)[0]
        .message,
    ).toBe('the fee change is already NOTIFIED');
    expect(noticeProblems(approved, '2027-01-02', '2027-01-01', 30)[0].message).toMatch(/once posted/);
    // Announced long enough ahead but recorded only after the effective date: bills may already have used the old prices.
    expect(noticeProblems(approved, '2026-12-01', '2027-02-01', 30)[0].message).toMatch(/has passed/);
  });
});
