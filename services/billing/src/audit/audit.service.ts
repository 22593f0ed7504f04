import { EntityManager } from '@mikro-orm/postgresql';
import { TenantContext } from '@pm/tenant-context';
import { AuditEntry } from './audit.entity';

/** Records who changed what, in the transaction of the change. */
export function audit(
  em: EntityManager,
  entity: string,
  entityId: string,
  action: string,
  p: TenantContext,
  details: Record<string, unknown> = {},
): void {
  em.create(AuditEntry, { entity, entityId, action, actorId: p.actor.id ?? null, details });
}
