import {
  cleaningStatus,
  vacancyOn,
  vacantCleaningProblems,
  vacantCleaningRound,
} from './vacant-cleaning.rules';

describe('R-TKT-16 vacant-unit cleaning every half month', () => {
  it('R-TKT-16: a unit is vacant on a day no occupancy covers, since the day after the last one ended', () => {
    const spans = [
      { startDate: '2025-01-01', endDate: '2026-11-20' },
      { startDate: '2026-12-10', endDate: null },
    ];
    expect(vacancyOn(spans, '2026-11-20')).toEqual({ vacant: false, since: null });
    expect(vacancyOn(spans, '2026-11-21')).toEqual({ vacant: true, since: '2026-11-21' });
    expect(vacancyOn(spans, '2026-12-09')).toEqual({ vacant: true, since: '2026-11-21' });
    // A move-in from the 10th: occupied from that day on, not before it.
    expect(vacancyOn(spans, '2026-12-10').vacant).toBe(false);
    expect(vacancyOn([], '2026-12-07')).toEqual({ vacant: true, since: null });
    // An end heard before its start covers every day up to the end.
    expect(vacancyOn([{ startDate: null, endDate: '2026-12-01' }], '2026-11-01').vacant).toBe(false);
    expect(vacancyOn([{ startDate: null, endDate: '2026-12-01' }], '2026-12-02')).toEqual({
      vacant: true,
      since: '2026-12-02',
    });
  });

  it('R-TKT-16: cleaned on L, the next cleaning is due on L + 15 (half a month) and overdue the day after', () => {
    const at = (asOf: string) => cleaningStatus('2026-10-01', '2026-12-01', asOf, 15);
    expect(at('2026-12-01')).toEqual({
      lastCleanedOn: '2026-12-01',
      nextDueOn: '2026-12-16',
      dueBy: '2026-12-16',
      due: false,
      overdue: false,
    });
    expect(at('2026-12-15')).toMatchObject({ due: false, overdue: false });
    expect(at('2026-12-16')).toMatchObject({ due: true, overdue: false });
    expect(at('2026-12-17')).toMatchObject({ due: true, overdue: true });
    // The interval is the policy's: weekly, the same cleaning is due a week on.
    expect(cleaningStatus('2026-10-01', '2026-12-01', '2026-12-08', 7)).toMatchObject({
      nextDueOn: '2026-12-08',
      due: true,
      overdue: false,
    });
  });

  it('R-TKT-16: a unit that just became vacant is due from its first vacant day, overdue only after the interval', () => {
    const s = (asOf: string) => cleaningStatus('2026-12-05', null, asOf, 15);
    expect(s('2026-12-05')).toEqual({
      lastCleanedOn: null,
      nextDueOn: '2026-12-05',
      dueBy: '2026-12-20',
      due: true,
      overdue: false,
    });
    expect(s('2026-12-20').overdue).toBe(false);
    expect(s('2026-12-21').overdue).toBe(true);
    // A cleaning before the last occupant left does not count for this vacancy.
    expect(cleaningStatus('2026-12-05', '2026-11-01', '2026-12-06', 15)).toMatchObject({
      lastCleanedOn: null,
      nextDueOn: '2026-12-05',
      due: true,
    });
  });

  it('R-TKT-16: never occupied — due once cleaned the interval ago; never cleaned either: due and overdue', () => {
    expect(cleaningStatus(null, null, '2026-12-07', 15)).toEqual({
      lastCleanedOn: null,
      nextDueOn: null,
      dueBy: null,
      due: true,
      overdue: true,
    });
    expect(cleaningStatus(null, '2026-12-01', '2026-12-07', 15)).toMatchObject({
      nextDueOn: '2026-12-16',
      due: false,
      overdue: false,
    });
  });

  it('R-TKT-16: rounds in batches — overdue first, then longest waiting, building and number; 0 takes every due unit', () => {
    const u = (unitId: string, number: string, o: Partial<ReturnType<typeof cleaningStatus>>) => ({
      unitId,
      building: '1',
      number,
      lastCleanedOn: null,
      nextDueOn: null,
      dueBy: null,
      due: true,
      overdue: false,
      ...o,
    });
    const units = [
      u('a', '101', { nextDueOn: '2026-12-20', due: false }),
      u('b', '102', { nextDueOn: '2026-12-05' }),
      u('c', '103', { nextDueOn: '2026-11-20', overdue: true }),
      u('d', '104', { nextDueOn: '2026-12-01' }),
    ];
    const two = vacantCleaningRound(units, 2);
    expect(two.map((l) => [l.unitId, l.inNextBatch])).toEqual([
      ['c', true],
      ['d', true],
      ['b', false],
      ['a', false],
    ]);
    expect(vacantCleaningRound(units, 0).map((l) => l.inNextBatch)).toEqual([true, true, true, false]);
  });

  it('R-TKT-16: a record needs a past or present day, a checklist item and described damages', () => {
    const ok = { cleanedOn: '2026-12-07', today: '2026-12-07', itemsDone: ['FLOOR'], damages: [] };
    expect(vacantCleaningProblems(ok)).toEqual([]);
    expect(vacantCleaningProblems({ ...ok, cleanedOn: '2026-12-08' })[0]).toEqual({
      field: 'input.cleanedOn',
      message: 'cannot be in the future',
    });
    expect(vacantCleaningProblems({ ...ok, cleanedOn: '2026-02-30' })[0].field).toBe('input.cleanedOn');
    expect(vacantCleaningProblems({ ...ok, itemsDone: [] })[0].field).toBe('input.itemsDone');
    expect(
      vacantCleaningProblems({ ...ok, damages: [{ description: 'lamp broken' }, { description: ' ' }] }),
    ).toEqual([{ field: 'input.damages.1.description', message: '1–2000 characters' }]);
  });
});
