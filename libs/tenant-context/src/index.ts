import { AsyncLocalStorage } from 'async_hooks';
import { COMPANY_WIDE_ROLES, StaffRole } from '@pm/contracts';

/**
 * Who is acting, for which tenant. Set once per request (from the verified token) and once
 * per consumed event (from the envelope); nothing downstream takes a tenant id from input.
 */
export interface TenantContext {
  tenantId: string;
  actor: { kind: 'user' | 'system' | 'partner'; id?: string };
  roles: StaffRole[];
  /** Properties the actor may see; `'ALL'` for company-wide roles and system actors. */
  propertyScope: string[] | 'ALL';
}

export class MissingTenantContextError extends Error {
  constructor() {
    super('No tenant context: tenant-owned data may only be touched inside a request or event handler');
  }
}

const storage = new AsyncLocalStorage<TenantContext>();

export function runWithTenant<T>(ctx: TenantContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentTenant(): TenantContext | undefined {
  return storage.getStore();
}

export function requireTenant(): TenantContext {
  const ctx = storage.getStore();
  if (!ctx) throw new MissingTenantContextError();
  return ctx;
}

export function systemContext(tenantId: string): TenantContext {
  return { tenantId, actor: { kind: 'system' }, roles: [], propertyScope: 'ALL' };
}

export function scopeFor(roles: StaffRole[], propertyIds: string[]): string[] | 'ALL' {
  return roles.some((r) => COMPANY_WIDE_ROLES.includes(r)) ? 'ALL' : propertyIds;
}

export function canSeeProperty(ctx: TenantContext, propertyId: string): boolean {
  return ctx.propertyScope === 'ALL' || ctx.propertyScope.includes(propertyId);
}
