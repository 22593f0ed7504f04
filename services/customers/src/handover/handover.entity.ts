import { Entity, Index, ManyToOne, Opt, Property as Column } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { KeyAction } from './handover.rules';
import './handover.types';

@ObjectType({ description: 'A line of the key register: keys issued, kept back or released later.' })
export class KeyRegisterLine {
  @Field()
  label!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => KeyAction)
  action!: KeyAction;

  @Field()
  at!: Date;

  @Field({ description: 'Staff member (subject) who handed or kept the keys.' })
  by!: string;

  @Field(() => String, { nullable: true, description: 'Who signed for the keys received.' })
  receivedBy?: string | null;
}

@ObjectType({ description: 'A defect found when the unit was inspected at handover (房屋交接验收表).' })
export class HandoverDefect {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Where, e.g. 主卧窗台.' })
  location!: string;

  @Field()
  description!: string;

  @Field(() => Date, { nullable: true, description: 'When engineering fixed it.' })
  fixedAt?: Date | null;
}

@ObjectType()
export class HouseholdFormMember {
  @Field()
  name!: string;

  @Field({ description: 'Relation to the customer, e.g. 配偶.' })
  relation!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ObjectType({ description: 'The household information form (业户基本情况表).' })
export class HouseholdForm {
  @Field(() => [HouseholdFormMember])
  members!: HouseholdFormMember[];

  @Field()
  emergencyContact!: string;

  @Field()
  emergencyPhone!: string;

  @Field(() => [String], { description: 'Plate numbers of the household’s vehicles.' })
  vehicles!: string[];

  @Field()
  submittedAt!: Date;
}

/** The handover of a unit at move-in (验楼、收楼、领取钥匙, 第4篇 5.8.5–5.8.8, R-CUS-12). */
@ObjectType()
@Entity({ tableName: 'unit_handovers' })
@Index({ name: 'unit_handovers_tenant_id_idx', properties: ['tenantId'] })
@Index({ name: 'unit_handovers_property_idx', properties: ['tenantId', 'propertyId'] })
export class UnitHandover extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => ID)
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

  @Field(() => [HandoverDefect])
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

  @Field(() => [KeyRegisterLine])
  @Column({ type: 'jsonb', default: '[]' })
  keyRegister: Opt<KeyRegisterLine[]> = [];

  @Field(() => Int, { description: 'Keys kept back and not yet released, over all kinds.' })
  get keysRetained(): Opt<number> {
    const sign: Record<KeyAction, number> = { ISSUED: 0, RETAINED: 1, RELEASED: -1 };
    return this.keyRegister.reduce((n, l) => n + sign[l.action] * l.quantity, 0);
  }

  @Field(() => HouseholdForm, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  householdForm?: HouseholdForm | null;
}
