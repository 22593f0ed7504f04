import { RecheckResult } from './recheck.entity';
import { recheckOverdue, recheckProblems, recheckSelection } from './recheck.rules';

describe('R-TKT-12 re-check of yesterday’s repairs', () => {
  const ids = Array.from({ length: 10 }, (_, i) => `0000000${i}-0000-7000-8000-000000000000`);

  it('puts every completed repair on the list at share 1, a stable ceil(share × n) otherwise', () => {
    expect(recheckSelection(ids, 1)).toEqual([...ids].sort());
    expect(recheckSelection([], 1)).toEqual([]);
    const third = recheckSelection(ids, 0.3);
    expect(third).toHaveLength(3);
    expect(recheckSelection([...ids].reverse(), 0.3)).toEqual(third);
    expect(recheckSelection(ids, 0.25)).toHaveLength(3);
    expect(recheckSelection(ids, 0)).toEqual([]);
    // A larger share keeps the lines a smaller one chose: re-drawing never drops a line.
    expect(recheckSelection(ids, 0.5)).toEqual(expect.arrayContaining(third));
  });

  it('needs OK or NOT_FIXED, and what is still wrong when not fixed', () => {
    expect(recheckProblems(RecheckResult.OK, undefined)).toEqual([]);
    expect(recheckProblems(RecheckResult.NOT_FIXED, '仍漏水')).toEqual([]);
    expect(recheckProblems(RecheckResult.NOT_FIXED, '  ')).toEqual([
      { field: 'note', message: 'say what is still not fixed' },
    ]);
    expect(recheckProblems(RecheckResult.PENDING, 'x')[0].field).toBe('result');
    expect(recheckProblems(RecheckResult.OK, 'x'.repeat(501))[0].field).toBe('note');
  });

  it('a line still pending after its day is overdue, a checked one never', () => {
    expect(recheckOverdue(RecheckResult.PENDING, '2026-12-07', '2026-12-07')).toBe(false);
    expect(recheckOverdue(RecheckResult.PENDING, '2026-12-07', '2026-12-08')).toBe(true);
    expect(recheckOverdue(RecheckResult.OK, '2026-12-07', '2026-12-09')).toBe(false);
  });
});
