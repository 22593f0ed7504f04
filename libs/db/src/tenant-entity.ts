import { EventArgs, EventSubscriber, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { requireTenant } from '@pm/tenant-context';
import { uuidv7 } from './ids';

/** Base of every tenant-owned entity: the tenant id is stamped from the context, never from input. */
export abstract class TenantEntity {
  [OptionalProps]?: 'id' | 'tenantId' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid', fieldName: 'tenant_id' })
  tenantId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

export class CrossTenantWriteError extends Error {}

/** Filters do not cover inserts (MikroORM), so inserts are stamped here. */
export class TenantStamp implements EventSubscriber {
  beforeCreate(args: EventArgs<unknown>): void {
    const entity = args.entity as Partial<TenantEntity>;
    if (!(entity instanceof TenantEntity)) return;
    const { tenantId } = requireTenant();
    if (entity.tenantId && entity.tenantId !== tenantId)
      throw new CrossTenantWriteError(
        `refusing to write a row of tenant ${entity.tenantId} in tenant ${tenantId}`,
      );
    entity.tenantId = tenantId;
  }

  beforeUpdate(args: EventArgs<unknown>): void {
    const entity = args.entity as Partial<TenantEntity>;
    if (entity instanceof TenantEntity && entity.tenantId !== requireTenant().tenantId)
      throw new CrossTenantWriteError('refusing to update a row of another tenant');
  }
}
