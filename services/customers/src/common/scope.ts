import { Principal } from '@pm/auth';

/**
 * The property condition of a principal's reads: nothing for company-wide roles, the listed
 * properties for site staff, null when the principal sees no property at all (nothing to read).
 */
export function propertyScope(principal: Principal): { propertyId?: { $in: string[] } } | null {
  if (principal.propertyScope === 'ALL') return {};
  if (!principal.propertyScope.length) return null;
  return { propertyId: { $in: principal.propertyScope } };
}
