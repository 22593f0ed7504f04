import { Entity, Index, ManyToOne, Property as Column } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { EncryptedText } from '../common/pii.type';
import { Occupancy } from '../occupancy/occupancy.entity';

/**
 * R-CUS-8: one member of an occupancy's household over a period. A change adds a row or closes
 * one (`until`), never rewrites it, so the household's history stays readable.
 */
@ObjectType({ description: 'A household member of an occupancy over a period (R-CUS-8).' })
@Entity({ tableName: 'household_members' })
@Index({ name: 'household_members_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'household_members_occupancy_idx', properties: ['tenantId', 'occupancyId'] })
export class HouseholdMemberRecord extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the household member record.' })
  declare id: string;

  @Field(() => ID, { description: 'The occupancy the member lives under.' })
  @ManyToOne(() => Occupancy, {
    mapToPk: true,
    fieldName: 'occupancy_id',
    foreignKeyName: 'household_members_occupancy_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  occupancyId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'Name of the member.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. 配偶, 子女, 父母.' })
  @Column({ type: 'text' })
  relation!: string;

  /** Plain after loading; GraphQL masks it like the customer's phone (household.resolver.ts). */
  @Column({ type: EncryptedText, fieldName: 'phone_enc', nullable: true })
  phone?: string | null;

  @Field(() => DateScalar, { description: 'First day in the household (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  since!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day in the household (YYYY-MM-DD); null while a member.',
  })
  @Column({ type: 'date', nullable: true })
  until?: string | null;

  @Field({ description: 'Keycloak user id of the staff who recorded the member.' })
  @Column({ type: 'text' })
  recordedBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Keycloak user id of the staff who recorded the departure.',
  })
  @Column({ type: 'text', nullable: true })
  removedBy?: string | null;

  @Field({ description: 'When the member was recorded (UTC).' })
  declare createdAt: Date;
}
