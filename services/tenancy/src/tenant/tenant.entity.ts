import { Entity, PrimaryKey, Property as Column } from '@mikro-orm/core';

/**
 * A property-management company (物业公司) using the platform. Platform-level: looked up by
 * realm before any tenant context exists, so it carries no tenant_id and no RLS policy.
 */
@Entity({ tableName: 'tenants' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Column({ unique: true })
  slug!: string;

  @Column()
  name!: string;

  @Column({ unique: true })
  realm!: string;

  /** The Keycloak cluster hosting the realm. */
  @Column()
  cell!: string;

  @Column()
  adminEmail!: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
