import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RepairRecheck } from './recheck.entity';

@ObjectType({ description: 'A re-check line with whether its day has passed without a verdict (R-TKT-12).' })
export class RepairRecheckLine extends RepairRecheck {
  @Field({ description: 'Still PENDING after its re-check day.' })
  overdue!: boolean;
}

@ObjectType({
  description:
    'R-TKT-12: the re-check list of a property for one day — the repairs completed the day before.',
})
export class RecheckList {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD, property-local.' })
  date!: string;
  @Field({ description: 'From when the list is worked: date at tickets.recheckHour.' })
  dueFrom!: Date;
  @Field(() => Float, { description: 'Share of the day’s completed repairs listed (tickets.recheckShare).' })
  share!: number;
  @Field(() => Int, { description: 'Repairs completed the day before.' })
  completed!: number;
  @Field(() => [RepairRecheckLine], { description: 'One line per repair to re-check.	每条待复查维修一行。' })
  lines!: RepairRecheckLine[];
  @Field(() => Int, { description: 'Lines without a verdict yet.	尚无结论的行数。' })
  pending!: number;
  @Field(() => Int, { description: 'Lines found fixed.	确认已修好的行数。' })
  ok!: number;
  @Field(() => Int, {
    description: 'Lines found not fixed (the repair was reopened).	确认未修好的行数（维修已重新打开）。',
  })
  notFixed!: number;
}
