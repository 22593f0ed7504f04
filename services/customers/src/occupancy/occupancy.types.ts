import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@pm/graphql';
import { ChecklistItem } from './checklist';

registerEnumType(ChecklistItem, {
  name: 'MoveInChecklistItem',
  description: 'Documents and steps of move-in (R-CUS-4, R-CUS-5).',
});

export enum MeterKind {
  WATER = 'WATER',
  ELECTRICITY = 'ELECTRICITY',
  GAS = 'GAS',
}
registerEnumType(MeterKind, { name: 'MeterKind' });

@ObjectType()
export class ChecklistEntryType {
  @Field(() => ChecklistItem)
  item!: ChecklistItem;

  @Field()
  done!: boolean;
}

@ObjectType()
export class MeterReadingAtHandover {
  @Field(() => MeterKind)
  meter!: MeterKind;

  @Field(() => Float)
  reading!: number;
}

@InputType()
export class MeterReadingAtHandoverInput {
  @Field(() => MeterKind)
  meter!: MeterKind;

  @Field(() => Float)
  reading!: number;
}

@ObjectType({ description: 'A dated link between a customer and a unit (R-CUS-1).' })
export class Occupancy {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  propertyId!: string;

  @Field()
  kind!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => [ChecklistEntryType])
  checklist!: ChecklistEntryType[];

  @Field(() => [ChecklistItem], { description: 'Items of the procedure still open.' })
  openItems!: ChecklistItem[];

  @Field(() => [MeterReadingAtHandover])
  meterReadings!: MeterReadingAtHandover[];

  @Field(() => Int)
  keysHandedOver!: number;

  @Field(() => Int, { description: 'Keys kept back while defects are open (R-CUS-4).' })
  keysRetained!: number;
}

@InputType()
export class MoveInInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar, { description: 'May be in the past (recording history).' })
  date!: string;

  @Field(() => [ChecklistItem], { nullable: true, description: 'Documents handed in and conditions met.' })
  documents?: ChecklistItem[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Done by an agent: a power of attorney is needed.' })
  byAgent?: boolean | null;

  @Field(() => [MeterReadingAtHandoverInput], {
    nullable: true,
    description: 'Readings at handover (房屋交接验收表), sent to billing.',
  })
  meterReadings?: MeterReadingAtHandoverInput[] | null;

  @Field(() => Int, { nullable: true })
  keysHandedOver?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Defects still open: the policy number of keys is kept back.',
  })
  defectsOpen?: boolean | null;
}

@InputType()
export class MoveInNoticeInput {
  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar, { description: 'Move-in deadline given in the notice (入伙通知书).' })
  deadline!: string;
}

@ObjectType()
export class MoveInNotice {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  customerId!: string;

  @Field(() => ID)
  unitId!: string;

  @Field(() => DateScalar)
  deadline!: string;

  @Field({ description: 'SENT, REMINDED, ESCALATED or DONE.' })
  status!: string;
}

export const OCCUPANCY_COLUMNS = `id, customer_id, unit_id, property_id, kind, start_date::text as start_date, end_date::text as end_date,
  checklist, meter_readings, keys_handed_over, keys_retained`;

export function toOccupancy(r: any): Occupancy {
  return Object.assign(new Occupancy(), {
    id: r.id,
    customerId: r.customer_id,
    unitId: r.unit_id,
    propertyId: r.property_id,
    kind: r.kind,
    startDate: r.start_date,
    endDate: r.end_date,
    checklist: r.checklist,
    openItems: r.checklist.filter((c: any) => !c.done).map((c: any) => c.item),
    meterReadings: r.meter_readings,
    keysHandedOver: r.keys_handed_over,
    keysRetained: r.keys_retained,
  });
}
