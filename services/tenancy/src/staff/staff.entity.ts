import { Entity, Index, ManyToOne, Property as Column, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { TenantEntity, foreignKey } from '@pm/db';

/** A staff member of the company; the Keycloak user holds the credentials and roles. */
@Directive('@key(fields: "id")')
@ObjectType('Staff', {
  description:
    "A person working for the company, with their roles and the properties they work on; a user of the company's Keycloak realm.",
})
@Entity({ tableName: 'staff' })
@Unique({ name: 'staff_tenant_id_email_key', properties: ['tenantId', 'email'] })
@Index({ name: 'staff_tenant_id_idx', properties: ['tenantId'] })
export class Staff extends TenantEntity {
  @Field(() => ID, {
    description: 'Stable id of the staff member (the Keycloak user id).',
  })
  declare id: string;

  @Column({ type: 'uuid' })
  keycloakUserId!: string;

  @Field({ description: 'E-mail address, also the sign-in username.' })
  @Column({ type: 'text' })
  email!: string;

  @Field({ description: 'Full name as shown in the console and on records.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => [StaffRole], {
    description: "The person's roles (realm roles of the company realm).",
  })
  @Column({ type: 'text[]' })
  roles!: StaffRole[];

  @Field(() => [ID], { description: 'Properties this person works on; empty for company-wide roles.' })
  @Column({ type: 'text[]', default: '{}' })
  propertyIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Staff member this person reports to.' })
  @ManyToOne(() => Staff, { ...foreignKey('staff_manager_id_fkey'), fieldName: 'manager_id', nullable: true })
  managerId?: string;

  @Field({ description: 'When the person was invited (UTC).' })
  declare createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the person left (deactivateStaff): the account is disabled and their tokens revoked.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  leftAt?: Date | null;
}
