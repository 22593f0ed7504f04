import { Entity, Property as Column, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { TenantEntity } from '@pm/db';

/** A staff member of the company; the Keycloak user holds the credentials and roles. */
@Directive('@key(fields: "id")')
@ObjectType('Staff')
@Entity({ tableName: 'staff' })
@Unique({ properties: ['tenantId', 'email'] })
export class Staff extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column({ type: 'uuid' })
  keycloakUserId!: string;

  @Field()
  @Column()
  email!: string;

  @Field()
  @Column()
  name!: string;

  @Field(() => [StaffRole])
  @Column({ type: 'text[]' })
  roles!: StaffRole[];

  @Field(() => [ID], { description: 'Properties this person works on; empty for company-wide roles.' })
  @Column({ type: 'text[]' })
  propertyIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Staff member this person reports to.' })
  @Column({ type: 'uuid', nullable: true })
  managerId?: string;

  @Field()
  declare createdAt: Date;
}
