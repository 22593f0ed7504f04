import { Entity, Property as Column } from '@mikro-orm/core';
import { TenantEntity } from '@pm/db';

/** Projection of tenancy's staff directory, from `staff.joined`; id = tenancy's staff id. */
@Entity({ tableName: 'staff_members' })
export class StaffMember extends TenantEntity {
  /** Keycloak user id: the `sub` of the person's tokens, to find the caller's record. */
  @Column({ type: 'uuid' })
  userId!: string;

  @Column()
  name!: string;

  @Column({ type: 'text[]' })
  roles!: string[];

  @Column({ type: 'text[]' })
  propertyIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  managerId?: string | null;

  @Column({ type: 'date' })
  joinedOn!: string;
}
