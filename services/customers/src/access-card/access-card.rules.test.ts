import { cardProblems, cardReturnProblems, mayHoldCard, normaliseCardNumber } from './access-card.rules';

describe('R-CUS-8 access cards', () => {
  it('R-CUS-8: card numbers compare without spaces and case', () => {
    expect(normaliseCardNumber(' a 204-1 ')).toBe('A204-1');
    expect(cardProblems(' a 204-1 ', '2026-03-01')).toEqual([]);
    expect(cardProblems('card #1', '2026-03-01').map((p) => p.field)).toEqual(['cardNumber']);
    expect(cardProblems('  ', '2026-02-30').map((p) => p.field)).toEqual(['cardNumber', 'issuedOn']);
    expect(cardProblems('A'.repeat(33), '2026-03-01').map((p) => p.field)).toEqual(['cardNumber']);
  });

  it('R-CUS-8: a card comes back on or after the day it was issued', () => {
    expect(cardReturnProblems('2026-03-01', '2026-03-01')).toEqual([]);
    expect(cardReturnProblems('2026-03-01', '2026-02-28').map((p) => p.field)).toEqual(['returnedOn']);
  });

  it('R-CUS-8: the occupancy’s customer, or a lessee of a sublet current on the day, holds a card', () => {
    const owner = { occupancyCustomerId: 'owner', occupancyKind: 'OWNER', on: '2026-06-01' };
    const sublets = [{ lesseeId: 'lessee', startDate: '2026-05-01', endDate: '2026-12-31' }];
    expect(mayHoldCard({ ...owner, holderId: 'owner', sublets: [] })).toBe(true);
    expect(mayHoldCard({ ...owner, holderId: 'lessee', sublets })).toBe(true);
    expect(mayHoldCard({ ...owner, holderId: 'lessee', sublets, on: '2027-01-01' })).toBe(false);
    expect(mayHoldCard({ ...owner, holderId: 'lessee', sublets, on: '2026-04-30' })).toBe(false);
    expect(mayHoldCard({ ...owner, holderId: 'stranger', sublets })).toBe(false);
    expect(mayHoldCard({ ...owner, occupancyKind: 'LESSEE', holderId: 'lessee', sublets })).toBe(false);
  });
});
