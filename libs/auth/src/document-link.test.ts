import { signLink, verifyLink, serviceOfLink } from './document-link';

const secret = 'a-test-secret-of-enough-length';
const now = new Date('2026-11-20T02:00:00Z');
const claims = {
  tenantId: '0195a7c2-0000-7000-8000-000000000001',
  service: 'billing',
  documentId: '0195a7c2-0000-7000-8000-0000000000aa',
  expiresAt: new Date(now.getTime() + 10 * 60_000),
};

describe('signed document links', () => {
  it('round-trips the claims until the expiry', () => {
    const token = signLink(secret, claims);
    expect(verifyLink(secret, token, now)).toEqual({ ok: true, claims });
    expect(serviceOfLink(token)).toBe('billing');
  });

  it('refuses an expired link, at the second of expiry', () => {
    const token = signLink(secret, claims);
    expect(verifyLink(secret, token, claims.expiresAt)).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('refuses a link with any claim changed, or signed with another secret', () => {
    const token = signLink(secret, claims);
    const [, sig] = token.split('.');
    for (const changed of [
      { ...claims, tenantId: '0195a7c2-0000-7000-8000-000000000002' },
      { ...claims, documentId: '0195a7c2-0000-7000-8000-0000000000ab' },
      { ...claims, service: 'customers' },
      { ...claims, expiresAt: new Date(claims.expiresAt.getTime() + 3_600_000) },
    ]) {
      const body = signLink(secret, changed).split('.')[0];
      expect(verifyLink(secret, `${body}.${sig}`, now)).toEqual({ ok: false, reason: 'SIGNATURE' });
    }
    expect(verifyLink('another-secret-entirely', token, now)).toEqual({ ok: false, reason: 'SIGNATURE' });
    expect(verifyLink(secret, token.slice(0, -2), now).ok).toBe(false);
  });

  it('refuses what is not a token', () => {
    for (const t of ['', 'abc', 'a.b.c', '../../etc/passwd', 'x'.repeat(500) + '.y'])
      expect(verifyLink(secret, t, now).ok).toBe(false);
  });
});
