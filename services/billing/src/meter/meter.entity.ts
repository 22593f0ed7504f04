import { Check, DecimalType, Entity, Enum, Index, Opt, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { MeterKind, ReadingSource, ReadingStatus } from './meter.rules';

registerEnumType(MeterKind, { name: 'MeterKind' });

const quantity = () => new DecimalType('number');

/** A meter reading (抄表, R-BIL-2), with who read it and when. */
@ObjectType({
  description: 'A meter reading (抄表, R-BIL-2); consumption is the difference to the previous reading.',
})
@Entity({ tableName: 'meter_readings' })
@Index({ name: 'meter_readings_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'meter_readings_unit_idx',
  expression:
    'create index meter_readings_unit_idx on meter_readings (tenant_id, unit_id, meter, read_at desc)',
})
export class MeterReading extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => MeterKind)
  @Enum({ items: () => MeterKind })
  meter!: MeterKind;

  @Field(() => Float)
  @Property({ type: quantity(), precision: 14, scale: 3 })
  @Check({ name: 'meter_readings_reading_check', expression: 'reading >= 0' })
  reading!: number;

  @Field()
  @Property({ type: 'timestamptz' })
  readAt!: Date;

  @Field(() => Float, { nullable: true })
  @Property({ type: quantity(), precision: 14, scale: 3, nullable: true })
  consumption?: number | null;

  @Field(() => String, {
    description: 'ACCEPTED, or PENDING_CONFIRMATION for an outlier (> 5× the median consumption).',
  })
  @Enum({ items: () => ReadingStatus })
  status!: ReadingStatus;

  @Field(() => String, { description: 'MANUAL, or HANDOVER (from occupancy.started).' })
  @Enum({ items: () => ReadingSource })
  source!: ReadingSource;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of the reader.' })
  @Property({ type: 'text', nullable: true })
  readerId?: string | null;

  @Field(() => Boolean, { description: 'True when the reading waits for confirmation before it is billed.' })
  get needsConfirmation(): Opt<boolean> {
    return this.status === ReadingStatus.PENDING_CONFIRMATION;
  }

  @Property({ type: 'uuid' })
  propertyId!: string;

  @Property({ type: 'text', nullable: true })
  confirmedBy?: string | null;
}
