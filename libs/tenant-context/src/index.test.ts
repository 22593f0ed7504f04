import { StaffRole } from '@pm/contracts';
import { canSeeProperty, currentTenant, requireTenant, runWithTenant, scopeFor } from './index';

describe('tenant context', () => {
  it('is visible inside the run, across awaits, and gone outside', async () => {
    const ctx = { tenantId: 't1', actor: { kind: 'user' as const, id: 'u' }, roles: [], propertyScope: [] };
    await runWithTenant(ctx, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(requireTenant().tenantId).toBe('t1');
    });
    expect(currentTenant()).toBeUndefined();
    expect(() => requireTenant()).toThrow(/No tenant context/);
  });

  it('gives company-wide roles every property and site staff only theirs', () => {
    expect(scopeFor([StaffRole.HQ], ['p1'])).toBe('ALL');
    const site = {
      tenantId: 't',
      actor: { kind: 'user' as const },
      roles: [StaffRole.TECHNICIAN],
      propertyScope: scopeFor([StaffRole.TECHNICIAN], ['p1']),
    };
    expect(canSeeProperty(site, 'p1')).toBe(true);
    expect(canSeeProperty(site, 'p2')).toBe(false);
  });
});
