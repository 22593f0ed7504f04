import { TRANSFER_RETURNS, transferCompletionProblems, withReturned } from './moveout.rules';

describe('R-CUS-7 ownership transfer completion', () => {
  const done = {
    cleared: true,
    returned: [...TRANSFER_RETURNS],
    archiveDecision: 'KEEP',
    newOwnerId: 'buyer',
  };

  it('R-CUS-7: completes only when cleared, everything returned, the archive decided and the buyer known', () => {
    expect(transferCompletionProblems(done)).toEqual([]);
    expect(
      transferCompletionProblems({
        cleared: false,
        returned: [],
        archiveDecision: null,
        newOwnerId: null,
      }).map((p) => p.field),
    ).toEqual(['clearance', 'returns', 'archiveDecision', 'newOwnerId']);
  });

  it('R-CUS-7: names each item still to be returned', () => {
    const [p] = transferCompletionProblems({ ...done, returned: ['COVENANT', 'ACCESS_CARDS'] });
    expect(p).toEqual({ field: 'returns', message: 'not returned yet: MANUALS, PARKING_CARDS' });
  });

  it('R-CUS-7: an item already returned keeps its first record; repeats in one call count once', () => {
    const first = { item: 'COVENANT', at: 1 };
    const next = withReturned([first], ['COVENANT', 'MANUALS', 'MANUALS'], (item) => ({ item, at: 2 }));
    expect(next).toEqual([first, { item: 'MANUALS', at: 2 }]);
  });
});
