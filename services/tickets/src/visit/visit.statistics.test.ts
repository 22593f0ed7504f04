import { visitStatistics } from './visit.statistics';

describe('R-VIS-5 monthly visit statistics', () => {
  const window = { from: '2026-03', to: '2026-03', frequency: 'MONTHLY' };
  const targets = { COMPLAINT: 0.5, REPAIR: 0.3 };

  it('compares each kind’s visited share with its R-VIS-2 target', () => {
    const s = visitStatistics(
      window,
      [
        { kind: 'COMPLAINT', closed: 4, sampled: 2, visited: 2, done: 1, missed: 1, open: 1 },
        { kind: 'REPAIR', closed: 10, sampled: 3, visited: 2, done: 2, missed: 1, open: 0 },
      ],
      [
        { method: 'PHONE', satisfaction: 5, visits: 3, unsigned: 0 },
        { method: 'ON_SITE', satisfaction: 2, visits: 1, unsigned: 1 },
      ],
      targets,
    );
    expect(s.byKind).toEqual([
      {
        kind: 'COMPLAINT',
        closed: 4,
        sampled: 2,
        visited: 2,
        done: 1,
        missed: 1,
        open: 1,
        rate: 0.5,
        target: 0.5,
        met: true,
      },
      {
        kind: 'REPAIR',
        closed: 10,
        sampled: 3,
        visited: 2,
        done: 2,
        missed: 1,
        open: 0,
        rate: 0.2,
        target: 0.3,
        met: false,
      },
    ]);
    expect(s.byMethod).toEqual([
      { method: 'PHONE', visits: 3 },
      { method: 'ON_SITE', visits: 1 },
    ]);
    expect(s.satisfactionCounts).toEqual([0, 1, 0, 0, 3]);
    expect(s.satisfactionMean).toBe(4.25);
    expect(s.visits).toBe(4);
    expect(s.onSiteUnsigned).toBe(1);
  });

  it('reports an empty window with no rate and no verdict', () => {
    const s = visitStatistics(window, [], [], targets);
    expect(s.byKind.map((k) => [k.kind, k.closed, k.rate, k.met])).toEqual([
      ['COMPLAINT', 0, null, null],
      ['REPAIR', 0, null, null],
    ]);
    expect(s.satisfactionMean).toBeNull();
  });
});
