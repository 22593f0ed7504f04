import { outcomeProblems, periodProblems, replyRate, requestProblems } from './request.rules';

describe('R-TKT-13 requests register', () => {
  const now = new Date('2026-12-07T06:00:00Z');

  it('a line needs its content; names and outcome are bounded; the time is not ahead nor a week back', () => {
    expect(requestProblems({ content: '空调不制冷' }, now)).toEqual([]);
    expect(requestProblems({ content: '  ' }, now)).toEqual([{ field: 'content', message: 'required' }]);
    expect(requestProblems({ content: 'x', requester: 'y'.repeat(101) }, now)[0].field).toBe('requester');
    expect(requestProblems({ content: 'x', outcome: 'y'.repeat(2001) }, now)[0].field).toBe('outcome');
    expect(
      requestProblems({ content: 'x', receivedAt: new Date(now.getTime() + 3600_000) }, now)[0].field,
    ).toBe('receivedAt');
    expect(outcomeProblems(' ')).toEqual([{ field: 'outcome', message: 'required' }]);
  });

  it('a period is two dates in order, at most a year apart', () => {
    expect(periodProblems('2026-12-01', '2026-12-31')).toEqual([]);
    expect(periodProblems('2026-12-31', '2026-12-01')[0].field).toBe('to');
    expect(periodProblems('2026-1-1', '2026-12-01')[0].field).toBe('from');
    expect(periodProblems('2025-01-01', '2026-12-01')[0].message).toMatch(/year/);
  });

  it('every request gets a reply: the rate is answered / requests against the target', () => {
    expect(replyRate(0, 0, 1)).toEqual({ rate: null, met: null });
    expect(replyRate(4, 4, 1)).toEqual({ rate: 1, met: true });
    expect(replyRate(4, 3, 1)).toEqual({ rate: 0.75, met: false });
    expect(replyRate(4, 3, 0.7).met).toBe(true);
  });
});
