import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A vacant unit and when it is next cleaned (R-TKT-16).' })
export class VacantUnitCleaning {
  @Field(() => ID, { description: 'The unit.' })
  unitId!: string;
  @Field({ description: 'Building (栋).' })
  building!: string;
  @Field({ description: 'Unit number.' })
  number!: string;
  @Field(() => String, {
    description: 'First vacant day, the day after the last occupancy ended; null if never occupied.',
    nullable: true,
  })
  vacantSince!: string | null;
  @Field(() => String, {
    description: 'Last cleaning since it became vacant (YYYY-MM-DD); null if none.',
    nullable: true,
  })
  lastCleanedOn!: string | null;
  @Field(() => String, {
    description:
      'From when the next cleaning is due: the last cleaning plus the interval, or the first vacant day; null (due at once) if neither is known.',
    nullable: true,
  })
  nextDueOn!: string | null;
  @Field(() => String, {
    description:
      'Last day a cleaning is on time: the last cleaning, or the first vacant day, plus the interval.',
    nullable: true,
  })
  dueBy!: string | null;
  @Field({ description: 'A cleaning is due as of the date.' })
  due!: boolean;
  @Field({ description: 'Past dueBy without a cleaning; also when never occupied and never cleaned.' })
  overdue!: boolean;
  @Field({ description: 'In the next round’s batch (tickets.vacantCleaningBatchSize).' })
  inNextBatch!: boolean;
}

@ObjectType({
  description: 'R-TKT-16: the vacant units of a property as of a date and their cleaning status.',
})
export class VacantCleaningList {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD, property-local.' })
  asOf!: string;
  @Field(() => Int, { description: 'Days between cleanings (tickets.vacantCleaningIntervalDays).' })
  intervalDays!: number;
  @Field(() => Int, { description: 'Units per round, 0 = all due (tickets.vacantCleaningBatchSize).' })
  batchSize!: number;
  @Field(() => [VacantUnitCleaning], {
    description: 'Every unit vacant on the date: overdue first, then by nextDueOn, building and number.',
  })
  units!: VacantUnitCleaning[];
  @Field(() => Int, { description: 'Units vacant on the date.' })
  vacant!: number;
  @Field(() => Int, { description: 'Vacant units due for cleaning.' })
  due!: number;
  @Field(() => Int, { description: 'Vacant units overdue.' })
  overdue!: number;
}
