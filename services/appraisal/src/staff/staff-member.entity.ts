import { Entity, Index, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** Projection of tenancy's staff directory, from `staff.joined`; id = tenancy's staff id. */
@Entity({ tableName: 'staff_members' })
@Index({ name: 'staff_members_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'staff_members_user_idx', properties: ['tenantId', 'userId'] })
export class StaffMember extends TenantEntity {
  /** Keycloak user id: the `sub` of the person's tokens, to find the caller's record. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text[]' })
  roles!: string[];

  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  managerId?: string | null;

  @Column({ type: 'date' })
  joinedOn!: string;

  /** From `staff.left`: periods ending on or after it are released (R-PLT-2). */
  @Column({ type: 'date', nullable: true })
  leftOn?: string | null;
}
