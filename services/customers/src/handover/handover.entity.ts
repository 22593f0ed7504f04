import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { KeyAction } from './handover.rules';
import './handover.types';

@ObjectType({ description: 'A line of the key register: keys issued, kept back or released later.' })
export class KeyRegisterLine {
  @Field({ description: 'Kind of key, e.g. 入户门 (entry door).' })
  label!: string;

  @Field(() => Int, { description: 'Number of keys.' })
  quantity!: number;

  @Field(() => KeyAction, { description: 'Issued, kept back or released.' })
  action!: KeyAction;

  @Field({ description: 'When (UTC).' })
  at!: Date;

  @Field({ description: 'Staff member (subject) who handed or kept the keys.' })
  by!: string;

  @Field(() => String, { nullable: true, description: 'Who signed for the keys received.' })
  receivedBy?: string | null;
}

@ObjectType({ description: 'A defect found when the unit was inspected at handover (房屋交接验收表).' })
export class HandoverDefect {
  @Field(() => ID, { description: 'Stable id of the defect.' })
  id!: string;

  @Field({ description: 'Where, e.g. 主卧窗台.' })
  location!: string;

  @Field({ description: 'What is wrong.' })
  description!: string;

  @Field(() => Date, { nullable: true, description: 'When engineering fixed it.' })
  fixedAt?: Date | null;
}

@ObjectType({ description: 'A person of the household on the household form.' })
export class HouseholdFormMember {
  @Field({ description: 'Full name.' })
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. 配偶.' })
  relation!: string;

  @Field(() => String, { description: 'Phone; null when not given.', nullable: true })
  phone?: string | null;
}

@ObjectType({ description: 'The household information form (业户基本情况表).' })
export class HouseholdForm {
  @Field(() => [HouseholdFormMember], { description: 'People of the household.' })
  members!: HouseholdFormMember[];

  @Field({ description: 'Name of the emergency contact.' })
  emergencyContact!: string;

  @Field({ description: 'Phone of the emergency contact.' })
  emergencyPhone!: string;

  @Field(() => [String], { description: 'Plate numbers of the household’s vehicles.' })
  vehicles!: string[];

  @Field({ description: 'When it was submitted (UTC).' })
  submittedAt!: Date;
}

/** The handover of a unit at move-in (验楼、收楼、领取钥匙, 第4篇 5.8.5–5.8.8, R-CUS-12). */
@ObjectType({
  description:
    'The handover of a unit to its customer: defect list, key register and household form (see R-CUS-12 in docs/domain-rules.md).',
})
@Entity({ tableName: 'unit_handovers' })
@Index({ name: 'unit_handovers_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'unit_handovers_property_idx', properties: ['tenantId', 'propertyId'] })
export class UnitHandover extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the handover.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The unit handed over.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID, { description: 'The customer receiving it.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'unit_handovers_customer_id_fkey',
    updateRule: 'no action',
    deleteRule: 'no action',
  })
  customerId!: string;

  @Field(() => DateScalar, { description: 'Property-local date of the inspection with the customer.' })
  @Column({ type: 'date' })
  inspectedOn!: string;

  @Field(() => [HandoverDefect], { description: 'Defects found at the inspection.' })
  @Column({ type: 'jsonb', default: '[]' })
  defects: Opt<HandoverDefect[]> = [];

  @Field(() => Int, { description: 'Defects engineering has not fixed yet.' })
  get openDefects(): Opt<number> {
    return this.defects.filter((d) => !d.fixedAt).length;
  }

  @Field(() => String, { nullable: true, description: 'The customer (or agent) who signed the defect list.' })
  @Column({ type: 'text', nullable: true })
  customerSignature?: string | null;

  @Field(() => String, { nullable: true, description: 'Staff member (subject) who signed the defect list.' })
  @Column({ type: 'text', nullable: true })
  staffSignature?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When both sides signed; the list is fixed from then on.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  signedAt?: Date | null;

  @Field(() => [KeyRegisterLine], {
    description: 'The key register: keys issued, kept back and released.',
  })
  @Column({ type: 'jsonb', default: '[]' })
  keyRegister: Opt<KeyRegisterLine[]> = [];

  @Field(() => Int, { description: 'Keys kept back and not yet released, over all kinds.' })
  get keysRetained(): Opt<number> {
    const sign: Record<KeyAction, number> = { ISSUED: 0, RETAINED: 1, RELEASED: -1 };
    return this.keyRegister.reduce((n, l) => n + sign[l.action] * l.quantity, 0);
  }

  @Field(() => HouseholdForm, {
    description: 'The household information form; null until submitted.',
    nullable: true,
  })
  @Column({ type: 'jsonb', nullable: true })
  householdForm?: HouseholdForm | null;
}
