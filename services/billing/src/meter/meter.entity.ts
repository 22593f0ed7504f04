import { Check, DecimalType, Entity, Enum, Index, Opt, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';
import { MeterKind, ReadingSource, ReadingStatus } from './meter.rules';

registerEnumType(MeterKind, {
  valuesConfig: {
    WATER: { description: 'Water meter, m³.' },
    ELECTRICITY: { description: 'Electricity meter, kWh.' },
    GAS: { description: 'Gas meter, m³.' },
  },
  description: 'A utility meter of a unit.',
  name: 'MeterKind',
});

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
  @Field(() => ID, { description: 'Stable id of the reading.' })
  declare id: string;

  @Field(() => ID, { description: 'The unit metered.' })
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => MeterKind, { description: 'Which meter.' })
  @Enum({ items: () => MeterKind })
  meter!: MeterKind;

  @Field(() => Float, { description: "The meter's reading (m³ or kWh)." })
  @Property({ type: quantity(), precision: 14, scale: 3 })
  @Check({ name: 'meter_readings_reading_check', expression: 'reading >= 0' })
  reading!: number;

  @Field({ description: 'When the meter was read (UTC).' })
  @Property({ type: 'timestamptz' })
  readAt!: Date;

  @Field(() => Float, {
    description: 'Difference to the previous reading; null for the first one.',
    nullable: true,
  })
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
