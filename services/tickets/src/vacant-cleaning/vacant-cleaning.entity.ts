import { Entity, Index, Opt, Property as Column, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

/** The checklist of a vacant-unit cleaning, as 第4篇 12.2.13 lists it. */
export enum VacantCleaningItem {
  FLOOR = 'FLOOR',
  WALLS_AND_FITTINGS = 'WALLS_AND_FITTINGS',
  TOILET = 'TOILET',
  WINDOWS = 'WINDOWS',
}
registerEnumType(VacantCleaningItem, {
  name: 'VacantCleaningItem',
  description: 'R-TKT-16: what a vacant-unit cleaning covers.',
  valuesConfig: {
    FLOOR: { description: 'Floor (地面).' },
    WALLS_AND_FITTINGS: { description: 'Walls and fittings (墙面及设施).' },
    TOILET: { description: 'Toilet (洗手间).' },
    WINDOWS: { description: 'Windows (窗户).' },
  },
});

export const VACANT_CLEANING_ITEMS = Object.values(VacantCleaningItem);

@ObjectType('VacantCleaningDamage', {
  description: 'A damaged facility found while cleaning, and the repair order it raised (R-TKT-16).',
})
export class VacantCleaningDamage {
  @Field({ description: 'What is damaged.' })
  description!: string;
  @Field(() => ID, { description: 'The repair order sent to engineering.' })
  ticketId!: string;
}

/**
 * One cleaning of a vacant unit (空置房清洁, R-TKT-16, 第4篇 12.2.13): when, what of the checklist
 * was done, by whom, and the damages found, each of which became a repair order.
 */
@ObjectType('VacantCleaning', {
  description:
    'One cleaning of a vacant unit with its checklist and the damages found (see R-TKT-16 in docs/domain-rules.md).',
})
@Entity({ tableName: 'vacant_cleanings' })
@Index({ name: 'vacant_cleanings_tenant_id_idx', properties: ['tenantId'] })
@Index({
  name: 'vacant_cleanings_unit_idx',
  properties: ['tenantId', 'propertyId', 'unitId', 'cleanedOn'],
})
// One record a unit and day: a form sent twice does not raise its repairs twice.
@Unique({
  name: 'vacant_cleanings_unit_id_cleaned_on_key',
  properties: ['tenantId', 'unitId', 'cleanedOn'],
})
export class VacantCleaning extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the cleaning.' })
  declare id: string;

  @Field(() => ID, { description: 'The property.' })
  @Column({ type: 'uuid' })
  propertyId!: string;

  @Field(() => ID, { description: 'The vacant unit cleaned.' })
  @Column({ type: 'uuid' })
  unitId!: string;

  @Field({ description: 'Day of the cleaning, YYYY-MM-DD in the property’s zone.' })
  @Column({ type: 'date' })
  cleanedOn!: string;

  @Field(() => [VacantCleaningItem], { description: 'Checklist items done.' })
  @Column({ type: 'text[]' })
  itemsDone!: VacantCleaningItem[];

  @Field(() => [VacantCleaningItem], { description: 'Checklist items not done this time.' })
  get itemsMissed(): Opt<VacantCleaningItem[]> {
    return VACANT_CLEANING_ITEMS.filter((i) => !this.itemsDone.includes(i));
  }

  @Field(() => String, { description: 'Who cleaned (names), when not the recorder.', nullable: true })
  @Column({ type: 'text', nullable: true })
  cleaner?: string | null;

  @Field(() => String, { description: 'Note (optional).', nullable: true })
  @Column({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => [VacantCleaningDamage], { description: 'Damages found, each with its repair order.' })
  @Column({ type: 'jsonb', default: '[]' })
  damages: Opt<VacantCleaningDamage[]> = [];

  @Field(() => String, { description: 'Keycloak user id of who recorded it.', nullable: true })
  @Column({ type: 'text', nullable: true })
  recordedBy?: string | null;

  @Field({ description: 'When it was recorded (UTC).' })
  declare createdAt: Date;
}
