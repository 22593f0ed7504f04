import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CorrectiveAction } from './analysis.entity';

@ObjectType({
  description: 'Complaints counted under one key (a category, department or severity).',
})
export class ComplaintCount {
  @Field({ description: 'The category, department or severity.' })
  key!: string;
  @Field(() => Int, { description: 'Complaints under it.' })
  complaints!: number;
}

@ObjectType({ description: 'A customer who complained repeatedly in the month.' })
export class RepeatComplainer {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;
  @Field(() => Int, { description: 'Complaints in the month.' })
  complaints!: number;
}

@ObjectType({ description: 'A corrective action with whether its deadline passed while open.' })
export class CorrectiveActionLine extends CorrectiveAction {
  @Field({ description: 'Still open after its deadline.' })
  overdue!: boolean;
}

@ObjectType({
  description:
    'R-TKT-15: the monthly complaint analysis of a property (第4篇 8.4.5) with its corrective actions.',
})
export class ComplaintAnalysis {
  @Field(() => ID, { description: 'The property.' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM, property-local.' })
  month!: string;
  @Field(() => Int, { description: 'Complaints filed in the month (merged duplicates count once).' })
  complaints!: number;
  @Field(() => [ComplaintCount], { description: 'Complaints per category.' })
  byCategory!: ComplaintCount[];
  @Field(() => [ComplaintCount], { description: 'Complaints per department.' })
  byDepartment!: ComplaintCount[];
  @Field(() => [ComplaintCount], { description: 'Complaints per severity.' })
  bySeverity!: ComplaintCount[];
  @Field(() => Int, { description: 'Completed with no deadline breached (as R-KPI-6).' })
  timely!: number;
  @Field(() => Float, { nullable: true, description: 'timely / complaints; null with none.' })
  timelyRate!: number | null;
  @Field(() => Float, { description: 'kpi.complaintTimelyRateMin.' })
  target!: number;
  @Field(() => Boolean, {
    description: 'timelyRate ≥ target; null with no complaint.',
    nullable: true,
  })
  met!: boolean | null;
  @Field(() => Int, {
    description: 'Complaints a customer needs in the month to be listed (tickets.repeatComplainerMin).',
  })
  repeatThreshold!: number;
  @Field(() => [RepeatComplainer], {
    description: 'Customers who complained at least repeatThreshold times in the month.',
  })
  repeatComplainers!: RepeatComplainer[];
  @Field(() => [CorrectiveActionLine], {
    description: 'Corrective actions set for the month.',
  })
  actions!: CorrectiveActionLine[];
  @Field(() => Int, { description: 'Actions still open after their deadline.' })
  overdueActions!: number;
}
