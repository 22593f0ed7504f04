import { TenantContext } from '@pm/tenant-context';

/** Property scope as a where condition on a `propertyId` column: site staff see their sites only. */
export const inScope = (p: TenantContext): { propertyId?: { $in: string[] } } =>
  p.propertyScope === 'ALL' ? {} : { propertyId: { $in: p.propertyScope } };

export const canSee = (p: TenantContext, propertyId: string): boolean =>
  p.propertyScope === 'ALL' || p.propertyScope.includes(propertyId);
