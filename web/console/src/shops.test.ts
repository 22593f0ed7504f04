import { describe, expect, it } from 'vitest';
import { currentOccupants } from './shops';

describe('shop registration (R-CUS-15)', () => {
  it('R-CUS-15: only customers occupying the unit today are offered as its shop', () => {
    const customers = [
      { id: 'a', name: '李华', occupancies: [{ unitId: 'u1', endDate: null }] },
      { id: 'b', name: '张三', occupancies: [{ unitId: 'u1', endDate: '2026-12-01' }] },
      { id: 'c', name: '王五', occupancies: [{ unitId: 'u1', endDate: '2026-12-07' }] },
      { id: 'd', name: '赵六', occupancies: [{ unitId: 'u2', endDate: null }] },
    ];
    expect(currentOccupants(customers, 'u1', '2026-12-07').map((c) => c.id)).toEqual(['a', 'c']);
  });
});
