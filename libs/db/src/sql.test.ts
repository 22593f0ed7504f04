import { pgArray } from './sql';

describe('pgArray', () => {
  it('quotes elements, drops quotes and backslashes, and writes null as NULL (a company-wide policy row)', () => {
    expect(pgArray(['a', 'b c'])).toBe('{"a","b c"}');
    expect(pgArray(['x"y\\z'])).toBe('{"xyz"}');
    expect(pgArray([null, '2026-12-31'])).toBe('{NULL,"2026-12-31"}');
    expect(pgArray([])).toBe('{}');
  });
});
