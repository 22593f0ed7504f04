import { Entity, PrimaryKey, Property as Column } from '@mikro-orm/core';

/**
 * A property-management company (物业公司) using the platform. Platform-level: looked up by
 * realm before any tenant context exists, so it carries no tenant_id and no RLS policy.
 */
@Entity({ tableName: 'tenants' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', unique: 'tenants_slug_key' })
  slug!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', unique: 'tenants_realm_key' })
  realm!: string;

  /** The Keycloak cluster hosting the realm. */
  @Column({ type: 'text', index: 'tenants_cell_idx' })
  cell!: string;

  @Column({ type: 'text' })
  adminEmail!: string;

  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
