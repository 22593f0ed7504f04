import { Entity, Index, Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { TenantOwned } from '@pm/db';

/** Who did what to which row: payments, reversals, disputes, deferrals, deliveries, deposits. */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'audit_log_entity_idx', properties: ['tenantId', 'entityId'] })
export class AuditEntry extends TenantOwned {
  @PrimaryKey({ type: 'bigint', generated: 'identity' })
  id!: Opt<string>;

  /** The kind of row, e.g. payment, deposit, bill. */
  @Property({ type: 'text' })
  entity!: string;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text', nullable: true })
  actorId?: string | null;

  @Property({ type: 'jsonb', defaultRaw: `'{}'` })
  details: Opt<Record<string, unknown>> = {};

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();
}
