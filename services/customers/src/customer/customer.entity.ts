import {
  BigIntType,
  Collection,
  Entity,
  Enum,
  Index,
  OneToMany,
  Opt,
  PrimaryKey,
  Property as Column,
} from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity, TenantOwned, uuidv7 } from '@pm/db';
import { EncryptedText } from '../common/pii.type';
import { Occupancy } from '../occupancy/occupancy.entity';
import { CustomerVisit } from '../grading/grading.entity';
import { CustomerKind, CustomerPotential, CustomerSegment } from './customer.types';

@ObjectType({ description: 'A person living with the customer.' })
export class HouseholdMember {
  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. spouse, child.' })
  relation!: string;
}

/**
 * A customer of one property (R-CUS-1). `phone` and `idNumber` are encrypted at rest
 * (EncryptedText) and found by their keyed hashes; GraphQL shows them masked by role.
 */
@Directive('@key(fields: "id")')
@ObjectType('Customer', {
  description:
    'A customer (客户): owner, lessee, occupant or external customer of the company (see R-CUS-1 in docs/domain-rules.md).',
})
@Entity({ tableName: 'customers' })
@Index({ name: 'customers_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'customers_property_idx', properties: ['tenantId', 'propertyId', 'id'] })
@Index({ name: 'customers_property_created_idx', properties: ['tenantId', 'propertyId', 'createdAt'] })
@Index({ name: 'customers_phone_idx', properties: ['tenantId', 'propertyId', 'phoneHash'] })
@Index({
  name: 'customers_id_number_uq',
  expression:
    'create unique index customers_id_number_uq on customers (tenant_id, property_id, id_number_hash) where id_number_hash is not null',
})
export class Customer extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the customer.' })
  declare id: string;

  @Field(() => ID, { description: 'The property the customer belongs to.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => CustomerKind, {
    description: 'Owner, lessee, occupant or external customer.',
  })
  @Enum({ items: () => CustomerKind })
  kind!: CustomerKind;

  @Field({ description: 'Full name or company name.' })
  @Column({ type: 'text' })
  name!: string;

  /** Exposed by the resolver: hidden from readers who see masked ID numbers. */
  @Column({ type: 'date', nullable: true })
  birthday?: string | null;

  @Field(() => String, {
    description: 'E-mail address; null when not given.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  email?: string | null;

  @Field(() => String, {
    description: 'Industry of a business customer; null when not recorded.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  industry?: string | null;

  @Field(() => [String], { description: 'Needs and preferences noted by staff.' })
  @Column({ type: 'jsonb', default: '[]' })
  preferences: Opt<string[]> = [];

  @Field(() => [HouseholdMember], {
    description: 'Members of the household living with the customer (see R-CUS-8 in docs/domain-rules.md).',
  })
  @Column({ type: 'jsonb', fieldName: 'household', default: '[]' })
  householdMembers: Opt<HouseholdMember[]> = [];

  @Field(() => CustomerSegment, {
    description:
      'Value segment, recomputed from paid bills and closed tickets (see R-CUS-2 in docs/domain-rules.md).',
  })
  @Column({ type: 'text', default: CustomerSegment.PROSPECT })
  segment: Opt<CustomerSegment> = CustomerSegment.PROSPECT;

  @Field(() => Int, { description: 'Bills paid (from billing bill.paid).' })
  @Column({ type: 'integer', default: 0 })
  paidBills: Opt<number> = 0;

  @Column({ type: 'integer', default: 0 })
  paidOnTime: Opt<number> = 0;

  @Column({ type: new BigIntType('number'), default: 0 })
  paidFen: Opt<number> = 0;

  @Field(() => Int, { description: 'Tickets closed (from tickets ticket.closed).' })
  @Column({ type: 'integer', default: 0 })
  ticketsClosed: Opt<number> = 0;

  @Field(() => CustomerPotential, {
    description: 'R-CUS-2: HIGH once ticketsClosed reaches customers.gradeHighPotentialMinTickets.',
  })
  @Column({ type: 'text', default: CustomerPotential.NORMAL })
  potential: Opt<CustomerPotential> = CustomerPotential.NORMAL;

  @Field({ description: 'When the customer was registered (UTC).' })
  declare createdAt: Date;

  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();

  /** Plain after loading; GraphQL masks it unless the reader may see it (customer.resolver.ts). */
  @Column({ type: EncryptedText, fieldName: 'phone_enc' })
  phone!: string;

  /** HMAC of the normalised phone: look-ups without decrypting. */
  @Column({ type: 'text' })
  phoneHash!: string;

  @Column({ type: EncryptedText, fieldName: 'id_number_enc', nullable: true })
  idNumber?: string | null;

  @Column({ type: 'text', nullable: true })
  idNumberHash?: string | null;

  @OneToMany(() => Occupancy, (o) => o.customerId)
  occupancies = new Collection<Occupancy>(this);

  @OneToMany(() => CustomerVisit, (v) => v.customerId)
  visits = new Collection<CustomerVisit>(this);
}

/** R-CUS-1: one row per unmasked personal field read (who, when, which customer, which field). */
@Entity({ tableName: 'pii_access_log' })
@Index({ name: 'pii_access_log_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'pii_access_log_customer_idx', properties: ['tenantId', 'customerId', 'at'] })
export class PiiAccessLog extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = uuidv7();

  @Column({ type: 'text', nullable: true })
  actorId?: string | null;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  field!: string;

  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  at!: Opt<Date>;
}
