import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CorrectiveAction } from './analysis.entity';

@ObjectType({
  description:
    'Complaints counted under one key (a category, department or severity).	按某一键（类别、部门或严重程度）统计的投诉数。',
})
export class ComplaintCount {
  @Field({ description: 'The category, department or severity.	类别、部门或严重程度。' })
  key!: string;
  @Field(() => Int, { description: 'Complaints under it.	该键下的投诉数。' })
  complaints!: number;
}

@ObjectType({ description: 'A customer who complained repeatedly in the month.	当月多次投诉的客户。' })
export class RepeatComplainer {
  @Field(() => ID, { description: 'The customer.	客户。' })
  customerId!: string;
  @Field(() => Int, { description: 'Complaints in the month.	当月投诉次数。' })
  complaints!: number;
}

@ObjectType({ description: 'A corrective action with whether its deadline passed while open.' })
export class CorrectiveActionLine extends CorrectiveAction {
  @Field({ description: 'Still open after its deadline.	超过期限仍未完成。' })
  overdue!: boolean;
}

@ObjectType({
  description:
    'R-TKT-15: the monthly complaint analysis of a property (第4篇 8.4.5) with its corrective actions.',
})
export class ComplaintAnalysis {
  @Field(() => ID, { description: 'The property.	物业项目。' })
  propertyId!: string;
  @Field({ description: 'YYYY-MM, property-local.' })
  month!: string;
  @Field(() => Int, { description: 'Complaints filed in the month (merged duplicates count once).' })
  complaints!: number;
  @Field(() => [ComplaintCount], { description: 'Complaints per category.	按类别统计的投诉数。' })
  byCategory!: ComplaintCount[];
  @Field(() => [ComplaintCount], { description: 'Complaints per department.	按部门统计的投诉数。' })
  byDepartment!: ComplaintCount[];
  @Field(() => [ComplaintCount], { description: 'Complaints per severity.	按严重程度统计的投诉数。' })
  bySeverity!: ComplaintCount[];
  @Field(() => Int, { description: 'Completed with no deadline breached (as R-KPI-6).' })
  timely!: number;
  @Field(() => Float, { nullable: true, description: 'timely / complaints; null with none.' })
  timelyRate!: number | null;
  @Field(() => Float, { description: 'kpi.complaintTimelyRateMin.' })
  target!: number;
  @Field(() => Boolean, {
    description: 'timelyRate ≥ target; null with no complaint.	及时率 ≥ 目标；无投诉时为 null。',
    nullable: true,
  })
  met!: boolean | null;
  @Field(() => Int, {
    description: 'Complaints a customer needs in the month to be listed (tickets.repeatComplainerMin).',
  })
  repeatThreshold!: number;
  @Field(() => [RepeatComplainer], {
    description:
      'Customers who complained at least repeatThreshold times in the month.	当月投诉次数不少于 repeatThreshold 的客户。',
  })
  repeatComplainers!: RepeatComplainer[];
  @Field(() => [CorrectiveActionLine], {
    description: 'Corrective actions set for the month.	当月制定的纠正措施。',
  })
  actions!: CorrectiveActionLine[];
  @Field(() => Int, { description: 'Actions still open after their deadline.	超过期限仍未完成的措施数。' })
  overdueActions!: number;
}
