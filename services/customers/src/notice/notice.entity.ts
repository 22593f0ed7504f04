import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  Opt,
  PrimaryKey,
  Property as Column,
  Rel,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity, TenantOwned, uuidv7 } from '@pm/db';
import { Customer } from '../customer/customer.entity';

const NO_ACTION = { updateRule: 'no action', deleteRule: 'no action' } as const;

@ObjectType({
  description: 'A notice delivered to one customer, with the signed receipt.',
})
@Entity({ tableName: 'notice_deliveries' })
@Index({ name: 'notice_deliveries_tenant_id_idx', properties: ['tenantId'] })
@Unique({ name: 'notice_deliveries_notice_id_customer_id_key', properties: ['notice', 'customerId'] })
export class NoticeDelivery extends TenantOwned {
  @Field(() => ID, { description: 'Stable id of the delivery.' })
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = uuidv7();

  @ManyToOne(() => Notice, {
    fieldName: 'notice_id',
    foreignKeyName: 'notice_deliveries_notice_id_fkey',
    ...NO_ACTION,
  })
  notice!: Rel<Notice>;

  @Field(() => ID, { description: 'The customer.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'notice_deliveries_customer_id_fkey',
    ...NO_ACTION,
  })
  customerId!: string;

  @Field({ description: 'When it was delivered (UTC).' })
  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  deliveredAt!: Date;

  @Field(() => String, {
    description: 'Who signed the receipt; null until signed.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  receiptSignedBy?: string | null;

  @Field(() => Date, {
    description: 'When the receipt was signed (UTC); null until signed.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  receiptSignedAt?: Date | null;

  @Field(() => String, {
    description: 'Title as delivered, placeholders filled for this customer; null when the notice’s title.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  title?: string | null;

  @Field(() => String, {
    description: 'Text as delivered, placeholders filled for this customer; null when the notice’s text.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  body?: string | null;
}

@ObjectType({ description: 'A letter or notice (R-CUS-9), greeting or reminder (R-CUS-3, R-CUS-4).' })
@Entity({ tableName: 'notices' })
@Index({ name: 'notices_tenant_id_idx', properties: ['tenantId'] })
export class Notice extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the notice.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field({
    description:
      'LETTER, RECTIFICATION, CARE_BIRTHDAY, CARE_HOLIDAY, CARE_WEATHER, MOVE_IN_REMINDER, MOVE_IN_ESCALATION.',
  })
  @Column({ type: 'text' })
  kind!: string;

  @Field({ description: 'Title.' })
  @Column({ type: 'text' })
  title!: string;

  @Field({ description: 'Text of the notice.' })
  @Column({ type: 'text' })
  body!: string;

  @Field(() => String, { description: 'DRAFT, APPROVED or SENT.' })
  @Column({ type: 'text' })
  status!: NoticeStatus;

  @Field(() => String, {
    description: 'Keycloak user id of who approved it; null before approval.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  approvedBy?: string | null;

  @Field(() => Date, {
    description: 'When it was sent (UTC); null before.',
    nullable: true,
  })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;

  @Field(() => [NoticeDelivery], {
    description: 'Deliveries to named customers and their signed receipts.',
  })
  @OneToMany(() => NoticeDelivery, (d) => d.notice, { orderBy: { id: 'asc' } })
  deliveries = new Collection<NoticeDelivery>(this);

  @Field(() => ID, {
    description: 'The letter template it was drafted from (R-CUS-9); null when written directly.',
    nullable: true,
  })
  @Column({ type: 'uuid', nullable: true })
  templateId?: string | null;

  @Column({ type: 'text', nullable: true })
  createdBy?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt?: Date | null;
}

export type NoticeStatus = 'DRAFT' | 'APPROVED' | 'SENT';
