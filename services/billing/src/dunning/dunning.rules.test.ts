import {
  DunningNoticeStatus,
  deliveryProblems,
  noticeStatus,
  noticeValidUntil,
  reissueProblems,
  roundsDue,
} from './dunning.rules';

const bill = { issuedOn: '2026-11-27', dueDate: '2026-12-15' };

describe('R-BIL-6 dunning rounds due', () => {
  it('R-BIL-6 none before the due date has passed, then the rounds scheduled by asOf', () => {
    expect(roundsDue(bill, [15, 7, 7], '2026-12-15')).toEqual([]);
    expect(roundsDue(bill, [15, 7, 7], '2026-12-16').map((r) => [r.round, r.scheduledOn])).toEqual([
      [1, '2026-12-16'],
    ]);
    expect(roundsDue(bill, [15, 7, 7], '2026-12-29').map((r) => r.round)).toEqual([1, 2]);
    expect(roundsDue(bill, [15, 7, 7], '2027-01-31')).toEqual([
      {
        round: 1,
        scheduledOn: '2026-12-16',
        responsibleRole: 'PROPERTY_ASSISTANT',
        method: 'BY_HAND_SIGNED_RECEIPT',
      },
      { round: 2, scheduledOn: '2026-12-23', responsibleRole: 'CS_SUPERVISOR', method: 'VISIT' },
      { round: 3, scheduledOn: '2026-12-30', responsibleRole: 'CS_HEAD', method: 'IN_WRITING' },
    ]);
  });

  it('R-BIL-6 a policy with more rounds keeps numbering them, carried in writing by the head', () => {
    const r = roundsDue(bill, [15, 7, 7, 7], '2027-01-31');
    expect(r.map((x) => [x.round, x.scheduledOn, x.responsibleRole])).toEqual([
      [1, '2026-12-16', 'PROPERTY_ASSISTANT'],
      [2, '2026-12-23', 'CS_SUPERVISOR'],
      [3, '2026-12-30', 'CS_HEAD'],
      [4, '2027-01-06', 'CS_HEAD'],
    ]);
    expect(roundsDue(bill, [], '2027-01-31')).toEqual([]);
  });
});

describe('R-DOC-3 a dunning notice is valid 30 days', () => {
  const delivered = new Date('2027-01-02T02:00:00Z');

  it('R-DOC-3 R-BIL-6 valid through its date plus the days; undelivered after that it is expired', () => {
    expect(noticeValidUntil('2026-12-16', 30)).toBe('2027-01-15');
    expect(noticeStatus(null, '2027-01-15', '2027-01-15')).toBe(DunningNoticeStatus.VALID);
    expect(noticeStatus(null, '2027-01-15', '2027-01-16')).toBe(DunningNoticeStatus.EXPIRED);
    expect(noticeStatus(delivered, '2027-01-15', '2027-03-01')).toBe(DunningNoticeStatus.DELIVERED);
  });

  it('R-DOC-3 R-BIL-6 a delivery after the last valid day is refused: the notice is reissued', () => {
    expect(deliveryProblems('2027-01-15', '2027-01-15')).toEqual([]);
    expect(deliveryProblems('2027-01-15', '2027-01-16')).toEqual([
      { field: 'deliveredAt', message: 'notice expired on 2027-01-15, reissue it (R-DOC-3)' },
    ]);
  });

  it('R-DOC-3 R-BIL-6 only an expired notice of an unpaid bill is reissued', () => {
    expect(reissueProblems(DunningNoticeStatus.EXPIRED, '2027-01-15', false)).toEqual([]);
    expect(reissueProblems(DunningNoticeStatus.EXPIRED, '2027-01-15', true)[0].message).toBe(
      'the bill is paid',
    );
    expect(reissueProblems(DunningNoticeStatus.VALID, '2027-01-15', false)[0].message).toBe(
      'the notice is valid until 2027-01-15',
    );
    expect(reissueProblems(DunningNoticeStatus.DELIVERED, '2027-01-15', false)[0].message).toMatch(
      /delivered/,
    );
  });
});
