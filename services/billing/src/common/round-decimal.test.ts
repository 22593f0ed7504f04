import { roundDecimal } from './money';

describe('roundDecimal', () => {
  it('rounds half up from the decimal text, not from the binary fraction', () => {
    // 2.675 is 2.67499999… as a double: toFixed(2) gives "2.67"; PostgreSQL's round gives 2.68.
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundDecimal(2.675, 2)).toBe('2.68');
    expect(roundDecimal(1.005, 2)).toBe('1.01');
    expect(roundDecimal(80.554, 2)).toBe('80.55');
    expect(roundDecimal(120, 2)).toBe('120');
  });
});
