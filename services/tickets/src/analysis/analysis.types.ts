import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CorrectiveAction } from './analysis.entity';

@ObjectType()
export class ComplaintCount {
  @Field()
  key!: string;
  @Field(() => Int)
  complaints!: number;
}

@ObjectType()
export class RepeatComplainer {
  @Field(() => ID)
  customerId!: string;
  @Field(() => Int)
  complaints!: number;
}

@ObjectType({ description: 'A corrective action with whether its deadline passed while open.' })
export class CorrectiveActionLine extends CorrectiveAction {
  @Field()
  overdue!: boolean;
}

@ObjectType({
  description:
    'R-TKT-15: the monthly complaint analysis of a property (第4篇 8.4.5) with its corrective actions.',
})
export class ComplaintAnalysis {
  @Field(() => ID)
  propertyId!: string;
  @Field({ description: 'YYYY-MM, property-local.' })
  month!: string;
  @Field(() => Int, { description: 'Complaints filed in the month (merged duplicates count once).' })
  complaints!: number;
  @Field(() => [ComplaintCount])
  byCategory!: ComplaintCount[];
  @Field(() => [ComplaintCount])
  byDepartment!: ComplaintCount[];
  @Field(() => [ComplaintCount])
  bySeverity!: ComplaintCount[];
  @Field(() => Int, { description: 'Completed with no deadline breached (as R-KPI-6).' })
  timely!: number;
  @Field(() => Float, { nullable: true, description: 'timely / complaints; null with none.' })
  timelyRate!: number | null;
  @Field(() => Float, { description: 'kpi.complaintTimelyRateMin.' })
  target!: number;
  @Field(() => Boolean, { nullable: true })
  met!: boolean | null;
  @Field(() => Int, {
    description: 'Complaints a customer needs in the month to be listed (tickets.repeatComplainerMin).',
  })
  repeatThreshold!: number;
  @Field(() => [RepeatComplainer])
  repeatComplainers!: RepeatComplainer[];
  @Field(() => [CorrectiveActionLine])
  actions!: CorrectiveActionLine[];
  @Field(() => Int)
  overdueActions!: number;
}
