import {
  Entity,
  Index,
  ManyToOne,
  Opt,
  PrimaryKey,
  PrimaryKeyProp,
  Property as Column,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity, TenantOwned, uuidv7 } from '@pm/db';
import { DateScalar } from '@pm/graphql';
import { Customer } from '../customer/customer.entity';
import { Occupancy } from '../occupancy/occupancy.entity';
import { MoveOutReason, MoveOutStatus, TransferArchiveDecision, TransferReturn } from './moveout.types';

const NO_ACTION = { updateRule: 'no action', deleteRule: 'no action' } as const;

/** R-CUS-6 / R-CUS-7: a move-out or ownership transfer waiting for, or decided by, billing's clearance. */
@ObjectType({
  description:
    'A request to move out or transfer ownership, cleared by billing before a release pass is issued (see R-CUS-6, R-CUS-7 and R-BIL-9 in docs/domain-rules.md).',
})
@Entity({ tableName: 'move_out_requests' })
@Index({ name: 'move_out_requests_tenant_id_idx', properties: ['tenantId'] })
@Unique({
  name: 'move_out_requests_tenant_id_release_pass_number_key',
  properties: ['tenantId', 'releasePassNumber'],
})
export class MoveOutRequest extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the request.' })
  declare id: string;

  @Field(() => MoveOutStatus, { description: 'Where the request stands.' })
  @Column({ type: 'text' })
  status!: MoveOutStatus;

  @Field(() => String, { nullable: true, description: 'Release pass (放行条) number, e.g. RP-2026-000123.' })
  @Column({ type: 'text', nullable: true })
  releasePassNumber?: string | null;

  @Field(() => String, {
    description: 'Why billing blocked it (arrears); null unless BLOCKED_ARREARS.',
    nullable: true,
  })
  @Column({ type: 'text', nullable: true })
  blockedReason?: string | null;

  @Field(() => ID, { description: 'The customer moving out.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'customer_id',
    foreignKeyName: 'move_out_requests_customer_id_fkey',
    ...NO_ACTION,
  })
  customerId!: string;

  @Field(() => ID, { description: 'The unit.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => DateScalar, {
    description: 'Planned day of the move (YYYY-MM-DD).',
  })
  @Column({ type: 'date' })
  plannedDate!: string;

  @Field(() => String, { description: 'MOVE_OUT or OWNERSHIP_TRANSFER.' })
  @Column({ type: 'text' })
  reason!: MoveOutReason;

  @Field(() => Boolean, {
    description: 'Access and parking cards returned (ownership transfer).',
  })
  @Column({ type: 'boolean', default: false })
  cardsReturned: Opt<boolean> = false;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @ManyToOne(() => Occupancy, {
    mapToPk: true,
    fieldName: 'occupancy_id',
    foreignKeyName: 'move_out_requests_occupancy_id_fkey',
    ...NO_ACTION,
  })
  occupancyId!: string;

  @Column({ type: 'boolean', default: false })
  ownerConsent: Opt<boolean> = false;

  @Column({ type: 'boolean', default: false })
  cleared: Opt<boolean> = false;

  @Field(() => ID, { nullable: true, description: 'The new owner (ownership transfer).' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'new_owner_id',
    foreignKeyName: 'move_out_requests_new_owner_id_fkey',
    nullable: true,
    ...NO_ACTION,
  })
  newOwnerId?: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Column({ type: 'text', nullable: true })
  createdBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is moved out, printed on the release pass (放行条).',
  })
  @Column({ type: 'text', nullable: true })
  goodsDescription?: string | null;

  /** Name of the staff who recorded the request: the issuing staff on the release pass. */
  @Column({ type: 'text', nullable: true })
  createdByName?: string | null;

  @Field(() => [TransferReturn], {
    description: 'What the old owner returned, when and to whom (ownership transfer, R-CUS-7).',
  })
  @Column({ type: 'jsonb', default: '[]' })
  returns: Opt<TransferReturn[]> = [];

  @Field(() => TransferArchiveDecision, {
    nullable: true,
    description: 'Whether the old owner’s archive is kept or destroyed; null until decided (R-CUS-7).',
  })
  @Column({ type: 'text', nullable: true })
  archiveDecision?: TransferArchiveDecision | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The archive destruction request a DESTROY decision opened (R-ARC-4).',
  })
  @Column({ type: 'uuid', nullable: true })
  archiveDispositionId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the ownership transfer completed (UTC); null until then.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt?: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The new owner’s occupancy, opened with its move-in checklist when the transfer completed.',
  })
  @Column({ type: 'uuid', nullable: true })
  newOwnerOccupancyId?: string | null;
}

/** R-CUS-6: the move-out register (搬出登记): one row per release pass issued. */
@Entity({ tableName: 'move_out_register' })
@Index({ name: 'move_out_register_tenant_id_idx', properties: ['tenantId'] })
export class MoveOutRegisterEntry extends TenantOwned {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = uuidv7();

  @ManyToOne(() => MoveOutRequest, {
    mapToPk: true,
    fieldName: 'request_id',
    foreignKeyName: 'move_out_register_request_id_fkey',
    unique: 'move_out_register_request_id_key',
    ...NO_ACTION,
  })
  requestId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  releasePassNumber!: string;

  @Column({ type: 'date' })
  plannedDate!: string;

  @Column({ type: 'timestamptz', defaultRaw: 'now()' })
  issuedAt!: Date;
}

/** The per tenant and year counter behind `RP-<year>-<6 digits>`. */
@Entity({ tableName: 'release_pass_counters' })
@Index({ name: 'release_pass_counters_tenant_id_idx', properties: ['tenantId'] })
export class ReleasePassCounter extends TenantOwned {
  [PrimaryKeyProp]?: ['tenantId', 'year'];

  @PrimaryKey({ type: 'uuid', fieldName: 'tenant_id' })
  declare tenantId: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  lastValue!: number;
}

@ObjectType({ description: 'Who pays one fee item of a sublet unit.' })
export class FeePayer {
  @Field({ description: 'Fee item, e.g. MANAGEMENT, WATER.' })
  feeItem!: string;

  @Field({ description: 'OWNER or LESSEE.' })
  payer!: string;
}

@ObjectType({ description: 'R-CUS-8: a sublet with who pays which fee item.' })
@Entity({ tableName: 'sublets' })
@Index({ name: 'sublets_tenant_id_idx', properties: ['tenantId'] })
export class Sublet extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the sublet.' })
  declare id: string;

  @Field(() => ID, { description: 'The owner.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'owner_id',
    foreignKeyName: 'sublets_owner_id_fkey',
    ...NO_ACTION,
  })
  ownerId!: string;

  @Field(() => ID, { description: 'The lessee.' })
  @ManyToOne(() => Customer, {
    mapToPk: true,
    fieldName: 'lessee_id',
    foreignKeyName: 'sublets_lessee_id_fkey',
    ...NO_ACTION,
  })
  lesseeId!: string;

  @Field(() => ID, { description: 'The unit.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field(() => DateScalar, { description: 'First day (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, {
    description: 'Last day (YYYY-MM-DD); null when open-ended.',
    nullable: true,
  })
  @Column({ type: 'date', nullable: true })
  endDate?: string | null;

  @Field(() => [FeePayer], { description: 'Who pays which fee item.' })
  @Column({ type: 'jsonb' })
  feePayers!: FeePayer[];

  @Column({ type: 'uuid' })
  propertyId!: string;
}
