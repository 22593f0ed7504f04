import { signInternal, verifyInternal } from './directory';
import { parseIssuer } from './issuer';

describe('internal gateway signature', () => {
  it('verifies for the same subject within a minute only', () => {
    const h = signInternal('s3cret', 'Bearer abc', 1_000_000);
    expect(verifyInternal('s3cret', 'Bearer abc', h, 1_030_000)).toBe(true);
    expect(verifyInternal('s3cret', 'Bearer other', h, 1_030_000)).toBe(false);
    expect(verifyInternal('wrong', 'Bearer abc', h, 1_030_000)).toBe(false);
    expect(verifyInternal('s3cret', 'Bearer abc', h, 1_070_001)).toBe(false);
    expect(verifyInternal('s3cret', 'Bearer abc', undefined)).toBe(false);
  });
});

describe('issuer', () => {
  const cells = [
    { name: 'a', url: 'http://kc-a:8080' },
    { name: 'b', url: 'http://kc-b' },
  ];
  it('maps a tenant realm on a known cell and nothing else', () => {
    expect(parseIssuer('http://kc-b/realms/pm-acme', cells)).toEqual({ cell: cells[1], realm: 'pm-acme' });
    expect(parseIssuer('http://kc-a:8080/realms/master', cells)).toBeUndefined();
    expect(parseIssuer('http://evil/realms/pm-acme', cells)).toBeUndefined();
    expect(parseIssuer('http://kc-a:8080/realms/pm-acme/../master', cells)).toBeUndefined();
    expect(parseIssuer(undefined, cells)).toBeUndefined();
  });
});
