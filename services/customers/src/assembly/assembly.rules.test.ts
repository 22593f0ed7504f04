import { assemblyProblems, missingPeriods, share } from './assembly.rules';

describe('R-CUS-14 tenant assembly', () => {
  it('records minutes, attendees once each and the requests raised', () => {
    expect(
      assemblyProblems({ minutes: '一季度租户大会', attendees: ['a', 'b'], requests: ['延长营业时间'] }),
    ).toEqual([]);
    expect(assemblyProblems({ minutes: ' ', attendees: [], requests: [' '] }).map((p) => p.field)).toEqual([
      'minutes',
      'attendeeIds',
      'requests',
    ]);
    expect(assemblyProblems({ minutes: 'm', attendees: ['a', 'a'], requests: [] })).toEqual([
      { field: 'attendeeIds', message: 'each attendee once' },
    ]);
  });

  it('lists the periods of the year up to today that had no assembly (quarterly by default)', () => {
    expect(missingPeriods(2027, 3, ['2027-02-10'], '2027-08-01')).toEqual(['2027-04', '2027-07']);
    expect(missingPeriods(2027, 3, ['2027-02-10', '2027-05-01'], '2027-06-30')).toEqual([]);
    expect(missingPeriods(2027, 6, [], '2027-12-31')).toEqual(['2027-01', '2027-07']);
    expect(missingPeriods(2027, 3, ['2026-12-01'], '2027-01-05')).toEqual(['2027-01']);
  });

  it('shares are null with nothing to count', () => {
    expect(share(9, 10)).toBe(0.9);
    expect(share(0, 0)).toBeNull();
  });
});
