import { decodeJwt } from './jwt';

const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = `${part({ alg: 'RS256', kid: 'k' })}.${part({ iss: 'x', exp: 1 })}.c2lnbmF0dXJl`;

describe('JWT shape, checked before any lookup', () => {
  it('accepts three base64url parts whose first two are JSON objects', () => {
    expect(decodeJwt(token).header).toEqual({ alg: 'RS256', kid: 'k' });
  });

  it.each([
    ['a fourth part (token + ".junk")', `${token}.junk`],
    ['two parts', token.split('.').slice(0, 2).join('.')],
    ['an empty signature', `${token.split('.').slice(0, 2).join('.')}.`],
    ['padding', `${token}==`],
    ['a header that is not JSON', `bm90IGpzb24.${part({})}.c2ln`],
    ['a payload that is an array', `${part({ alg: 'RS256' })}.${part([1])}.c2ln`],
    ['a huge token', `${part({ alg: 'RS256' })}.${'a'.repeat(9000)}.c2ln`],
  ])('refuses %s', (_what, raw) => {
    expect(() => decodeJwt(raw)).toThrow(/well-formed/);
  });
});
