import { uuidv7 } from './ids';

describe('uuidv7', () => {
  it('is a valid v7 uuid that sorts by time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });

  it('keeps creation order within one millisecond', () => {
    const ids = Array.from({ length: 2_000 }, () => uuidv7(1_700_000_000_500));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never repeats its random part, across refills of the random pool', () => {
    const tails = Array.from({ length: 1_000 }, (_, i) => uuidv7(1_700_000_001_000 + i).slice(-12));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
