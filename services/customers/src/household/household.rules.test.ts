import { departureProblems, memberProblems } from './household.rules';

describe('R-CUS-8 household members', () => {
  const member = { name: '李华', relation: '配偶', phone: '137 1234 5678', since: '2026-03-01' };

  it('R-CUS-8: a member is named, related and dated; the phone is optional but a number', () => {
    expect(memberProblems(member)).toEqual([]);
    expect(memberProblems({ ...member, phone: null })).toEqual([]);
    expect(
      memberProblems({ name: ' ', relation: '', phone: 'call me', since: '2026-02-30' }).map((p) => p.field),
    ).toEqual(['name', 'relation', 'phone', 'since']);
    expect(memberProblems({ ...member, name: 'x'.repeat(101) }).map((p) => p.field)).toEqual(['name']);
  });

  it('R-CUS-8: a member leaves on or after the day they joined', () => {
    expect(departureProblems('2026-03-01', '2026-03-01')).toEqual([]);
    expect(departureProblems('2026-03-01', '2026-02-28')).toEqual([
      { field: 'until', message: 'on or after 2026-03-01' },
    ]);
    expect(departureProblems('2026-03-01', '2026-13-01').map((p) => p.field)).toEqual(['until']);
  });
});
