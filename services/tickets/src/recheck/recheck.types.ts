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
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM-DD, property-local.' })
  date!: string;
  @Field({ description: 'From when the list is worked: date at tickets.recheckHour.' })
  dueFrom!: Date;
  @Field(() => Float, { description: 'Share of the day’s completed repairs listed (tickets.recheckShare).' })
  share!: number;
  @Field(() => Int, { description: 'Repairs completed the day before.' })
  completed!: number;
  @Field(() => [RepairRecheckLine], { description: 'One line per repair to re-check.' })
  lines!: RepairRecheckLine[];
  @Field(() => Int, { description: 'Lines without a verdict yet.' })
  pending!: number;
  @Field(() => Int, { description: 'Lines found fixed.' })
  ok!: number;
  @Field(() => Int, {
    description: 'Lines found not fixed (the repair was reopened).',
  })
  notFixed!: number;
}
