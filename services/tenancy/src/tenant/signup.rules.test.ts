import { signUpProblems } from './signup.rules';

const ok = {
  companyName: 'Acme 物业',
  slug: 'acme-pm',
  adminEmail: 'boss@acme.cn',
  adminPassword: 'Secret123',
};

describe('sign-up validation', () => {
  it('accepts a good sign-up', () => expect(signUpProblems(ok)).toEqual([]));
  it.each([
    ['slug', { slug: 'A!' }],
    ['slug', { slug: 'a--b' }],
    ['slug', { slug: 'master' }],
    ['adminEmail', { adminEmail: 'not-an-email' }],
    ['adminPassword', { adminPassword: 'short1' }],
    ['adminPassword', { adminPassword: 'nodigitsatall' }],
    ['adminPassword', { adminPassword: 'boss12345' }],
    ['companyName', { companyName: ' ' }],
  ])('rejects a bad %s', (field, over) => {
    expect(signUpProblems({ ...ok, ...over }).map((p) => p.field)).toContain(field);
  });
});
