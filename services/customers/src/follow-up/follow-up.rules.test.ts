import { eventSample, followUpCounts, followUpDueOn, followUpVisitProblems } from './follow-up.rules';

describe('R-VIS-2 community-event and new-customer follow-ups', () => {
  const ids = Array.from({ length: 25 }, (_, i) => `c${i}`);

  it('samples the policy share of an event’s participants, rounded up, at least one, always the same', () => {
    expect(eventSample('e1', ids, 0.1)).toHaveLength(3);
    expect(eventSample('e1', ids, 0.1)).toEqual(eventSample('e1', [...ids].reverse(), 0.1));
    expect(eventSample('e1', ['a'], 0.1)).toEqual(['a']);
    expect(eventSample('e1', ids, 1)).toHaveLength(25);
    expect(eventSample('e1', [], 0.5)).toEqual([]);
    // Another event draws its own sample.
    expect(eventSample('e2', ids, 0.2)).not.toEqual(eventSample('e1', ids, 0.2));
  });

  it('is due within the policy months, end of month clamped', () => {
    expect(followUpDueOn('2027-01-31', 1)).toBe('2027-02-28');
    expect(followUpDueOn('2028-02-29', 1)).toBe('2028-03-29');
    expect(followUpDueOn('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('R-VIS-3: a 1–5 score; on site needs the signature', () => {
    expect(followUpVisitProblems({ method: 'PHONE', satisfaction: 4, customerSigned: false })).toEqual([]);
    expect(
      followUpVisitProblems({ method: 'ON_SITE', satisfaction: 0, customerSigned: false }).map(
        (p) => p.field,
      ),
    ).toEqual(['satisfaction', 'customerSigned']);
  });

  it('counts due, made, on time and overdue', () => {
    expect(
      followUpCounts(
        [
          { dueOn: '2027-02-01', visitedOn: '2027-01-20' },
          { dueOn: '2027-02-01', visitedOn: '2027-02-03' },
          { dueOn: '2027-02-01', visitedOn: null },
          { dueOn: '2027-03-01' },
        ],
        '2027-02-10',
      ),
    ).toEqual({ due: 4, visited: 2, onTime: 1, overdue: 1 });
  });
});
