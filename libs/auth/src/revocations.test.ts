import { Revocation, RevocationList } from './revocations';

function source(list: Revocation[]) {
  let reads = 0;
  let failing = false;
  return {
    get reads() {
      return reads;
    },
    fail: (f: boolean) => (failing = f),
    push: (r: Revocation) => list.push(r),
    list: async () => {
      reads++;
      if (failing) throw new Error('tenancy down');
      return [...list];
    },
  };
}

const user = (id: string, issuedAt: number) => ({ tenantId: 't', actor: { kind: 'user', id }, issuedAt });
const app = (clientId: string, issuedAt: number) => ({
  tenantId: 't',
  actor: { kind: 'partner', id: 'sa' },
  clientId,
  issuedAt,
});

describe('revocation list (bounded staleness)', () => {
  it('refuses tokens issued up to the revocation, of that subject and tenant only', async () => {
    let now = 1_000_000;
    const src = source([
      { tenantId: 't', kind: 'user', subject: 'u1', revokedAt: 1_000_000 },
      { tenantId: 't', kind: 'client', subject: 'partner-1', revokedAt: 1_000_000 },
    ]);
    const list = new RevocationList(src, { refreshMs: 100, maxStaleMs: 1000 }, () => now);
    expect(await list.isRevoked(user('u1', 999))).toBe(true);
    expect(await list.isRevoked(user('u1', 1001))).toBe(false);
    expect(await list.isRevoked(user('u2', 999))).toBe(false);
    expect(await list.isRevoked({ ...user('u1', 999), tenantId: 'other' })).toBe(false);
    expect(await list.isRevoked(app('partner-1', 999))).toBe(true);
    // A staff token's azp is never matched as a client.
    expect(await list.isRevoked({ ...user('u3', 999), clientId: 'partner-1' })).toBe(false);
    expect(src.reads).toBe(1);
    now += 50;
    await list.isRevoked(user('u1', 999));
    expect(src.reads).toBe(1);
  });

  it('re-reads in the background once stale, and waits (failing closed) past the bound', async () => {
    let now = 0;
    const src = source([]);
    const list = new RevocationList(src, { refreshMs: 100, maxStaleMs: 1000 }, () => now);
    now = 10_000;
    expect(await list.isRevoked(user('u1', 5))).toBe(false);
    src.push({ tenantId: 't', kind: 'user', subject: 'u1', revokedAt: 10_000 });
    now += 200; // stale: this answer uses the old list, a read starts
    expect(await list.isRevoked(user('u1', 5))).toBe(false);
    await new Promise((r) => setImmediate(r));
    expect(await list.isRevoked(user('u1', 5))).toBe(true);
    src.fail(true);
    now += 5_000; // past the bound and the source is down: no answer rather than a stale one
    await expect(list.isRevoked(user('u2', 5))).rejects.toThrow('tenancy down');
  });
});
