import { EventArgs, EventSubscriber, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { requireTenant } from '@pm/tenant-context';
import { uuidv7 } from './ids';

/**
 * A tenant-owned row: the tenant id is stamped from the context, never from input. Extend it
 * directly only for rows keyed otherwise than by a generated id (another service's id, a
 * natural or composite key); everything else extends TenantEntity.
 */
export abstract class TenantOwned<Optional extends string = never> {
  [OptionalProps]?: 'tenantId' | Optional;

  @Property({ type: 'uuid', fieldName: 'tenant_id' })
  tenantId!: string;
}

/** Base of every tenant-owned entity with a generated, time-ordered id. */
export abstract class TenantEntity<Optional extends string = never> extends TenantOwned<
  'id' | 'createdAt' | Optional
> {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export class CrossTenantWriteError extends Error {}

/** The row's tenant from the context; a row already of another tenant is refused. */
export const stampTenant = (row: Partial<TenantOwned>): void => {
  const { tenantId } = requireTenant();
  if (row.tenantId && row.tenantId !== tenantId)
    throw new CrossTenantWriteError(
      `refusing to write a row of tenant ${row.tenantId} in tenant ${tenantId}`,
    );
  row.tenantId = tenantId;
};

/** Filters do not cover inserts or upserts (MikroORM), so they are stamped here. */
export class TenantStamp implements EventSubscriber {
  beforeCreate(args: EventArgs<unknown>): void {
    if (args.entity instanceof TenantOwned) stampTenant(args.entity);
  }

  /** `em.upsert` hands over the row's data, not an entity instance. */
  beforeUpsert(args: EventArgs<unknown>): void {
    if (args.meta?.class.prototype instanceof TenantOwned) stampTenant(args.entity as Partial<TenantOwned>);
  }

  beforeUpdate(args: EventArgs<unknown>): void {
    const entity = args.entity as Partial<TenantOwned>;
    if (entity instanceof TenantOwned && entity.tenantId !== requireTenant().tenantId)
      throw new CrossTenantWriteError('refusing to update a row of another tenant');
  }
}
