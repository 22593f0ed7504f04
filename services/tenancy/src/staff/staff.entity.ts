import { Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { TenantEntity, foreignKey } from '@pm/db';

/** A staff member of the company; the Keycloak user holds the credentials and roles. */
@Directive('@key(fields: "id")')
@ObjectType('Staff')
@Entity({ tableName: 'staff' })
@Unique({ name: 'staff_tenant_id_email_key', properties: ['tenantId', 'email'] })
@Index({ name: 'staff_tenant_id_idx', properties: ['tenantId'] })
export class Staff extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column({ type: 'uuid' })
  keycloakUserId!: string;

  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [StaffRole])
  @Column({ type: 'text[]' })
  roles!: StaffRole[];

  @Field(() => [ID], { description: 'Properties this person works on; empty for company-wide roles.' })
  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Staff member this person reports to.' })
  @ManyToOne(() => Staff, { ...foreignKey('staff_manager_id_fkey'), fieldName: 'manager_id', nullable: true })
  managerId?: string;

  @Field()
  declare createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the person left (deactivateStaff): the account is disabled and their tokens revoked.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  leftAt?: Date | null;
}
