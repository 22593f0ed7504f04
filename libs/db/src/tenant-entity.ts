import { EventArgs, EventSubscriber, Opt, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { requireTenant } from '@pm/tenant-context';
import { uuidv7 } from './ids';

/**
 * Base of every tenant-owned row: the tenant id is stamped from the context, never from input.
 * Rows keyed otherwise than by a uuid id (a natural key, an identity column, a composite key)
 * extend this directly; the rest extend TenantEntity.
 */
export abstract class TenantOwned {
  @Property({ type: 'uuid', fieldName: 'tenant_id' })
  tenantId!: Opt<string>;
}

/** A tenant-owned row with a time-ordered uuid id and its creation time. */
export abstract class TenantEntity extends TenantOwned {
  [OptionalProps]?: 'id' | 'tenantId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  // Every service's tables declare `created_at … default now()`; said here so entities and DDL agree.
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export class CrossTenantWriteError extends Error {}

/** Filters do not cover inserts (MikroORM), so inserts are stamped here. */
export class TenantStamp implements EventSubscriber {
  beforeCreate(args: EventArgs<unknown>): void {
    const entity = args.entity as Partial<TenantOwned>;
    if (!(entity instanceof TenantOwned)) return;
    const { tenantId } = requireTenant();
    if (entity.tenantId && entity.tenantId !== tenantId)
      throw new CrossTenantWriteError(
        `refusing to write a row of tenant ${entity.tenantId} in tenant ${tenantId}`,
      );
    entity.tenantId = tenantId;
  }

  beforeUpdate(args: EventArgs<unknown>): void {
    const entity = args.entity as Partial<TenantOwned>;
    if (entity instanceof TenantOwned && entity.tenantId !== requireTenant().tenantId)
      throw new CrossTenantWriteError('refusing to update a row of another tenant');
  }
}
