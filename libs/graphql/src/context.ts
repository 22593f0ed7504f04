import { AuthChecker } from 'type-graphql';
import DataLoader from 'dataloader';
import { StaffRole } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { notFound } from './errors';

export interface GraphQLContext {
  /** Absent only for the public operations (sign-up). */
  principal?: Principal;
  db: Database;
  loaders: Map<string, DataLoader<string, unknown>>;
  clientIp?: string;
  /** The gateway's public origin (`https://api.example.com`), for links the client opens there. */
  publicOrigin?: string;
  /**
   * The caller's own `Authorization` header as verified: a resolver that reads other subgraphs'
   * figures through the gateway (the KPI report) asks with it, so the caller's roles, sites and
   * partner scopes apply there exactly as to the caller.
   */
  authorization?: string;
}

export function requirePrincipal(ctx: GraphQLContext): Principal {
  if (!ctx.principal) throw new Error('resolver reached without a verified principal');
  return ctx.principal;
}

/** `@Authorized(...roles)`: any listed role passes; ADMIN may do everything in its own company. */
export const authChecker: AuthChecker<GraphQLContext, StaffRole> = ({ context }, roles) => {
  const p = context.principal;
  if (!p) return false;
  if (roles.length === 0) return true;
  return p.roles.includes(StaffRole.ADMIN) || roles.some((r) => p.roles.includes(r));
};

/**
 * One loader per entity type per request: every `_entities` batch of that type becomes
 * one SQL statement, and missing ids resolve to null (another tenant's id looks absent).
 */
export function loaderFor<T extends { id: string }>(
  ctx: GraphQLContext,
  key: string,
  load: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  let l = ctx.loaders.get(key) as DataLoader<string, T | null> | undefined;
  if (!l) {
    l = new DataLoader<string, T | null>(async (ids) => {
      const rows = await load(ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    ctx.loaders.set(key, l as DataLoader<string, unknown>);
  }
  return l;
}

/** Out-of-scope properties look absent: site staff cannot probe other sites' ids. */
export function assertPropertyVisible(principal: Principal, propertyId: string, what = 'property'): void {
  if (principal.propertyScope !== 'ALL' && !principal.propertyScope.includes(propertyId))
    throw notFound(what);
}
