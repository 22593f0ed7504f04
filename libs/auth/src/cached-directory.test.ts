import { CachedDirectory, DirectoryBusyError, TenantEntry } from './directory';

/** A directory that knows one realm and counts the lookups it is asked for. */
function counting(known = 'pm-acme', delayMs = 5) {
  const calls: string[] = [];
  return {
    calls,
    byRealm: async (realm: string): Promise<TenantEntry | undefined> => {
      calls.push(realm);
      await new Promise((r) => setTimeout(r, delayMs));
      return realm === known ? { tenantId: 't', realm, cell: 'default' } : undefined;
    },
  };
}

describe('tenant directory cache', () => {
  it('concurrent misses for one realm share one lookup', async () => {
    const inner = counting();
    const d = new CachedDirectory(inner);
    const all = await Promise.all(Array.from({ length: 50 }, () => d.byRealm('pm-acme')));
    expect(all.every((e) => e?.tenantId === 't')).toBe(true);
    expect(inner.calls).toEqual(['pm-acme']);
  });

  it('an unknown realm is looked up once per window, then again', async () => {
    const inner = counting();
    const d = new CachedDirectory(inner, { missMs: 60 });
    await d.byRealm('pm-nobody');
    await d.byRealm('pm-nobody');
    expect(inner.calls).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 80));
    await d.byRealm('pm-nobody');
    expect(inner.calls).toHaveLength(2);
  });

  it('random realms are capped per second and never grow the cache past its bounds', async () => {
    const inner = counting('pm-acme', 0);
    const d = new CachedDirectory(inner, { maxMisses: 100, lookupsPerSecond: 20 });
    let busy = 0;
    for (let i = 0; i < 2_000; i++)
      await d.byRealm(`pm-random-${i}`).catch((e) => {
        if (!(e instanceof DirectoryBusyError)) throw e;
        busy++;
      });
    // Within one or two wall-clock seconds: at most two seconds' worth of lookups.
    expect(inner.calls.length).toBeLessThanOrEqual(40);
    expect(busy).toBeGreaterThanOrEqual(2_000 - 40);
    expect((d as unknown as { misses: Map<string, unknown> }).misses.size).toBeLessThanOrEqual(100);
  });
});
