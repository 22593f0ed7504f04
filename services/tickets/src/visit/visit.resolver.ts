import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { VisitMethod } from '../ticket/ticket.enums';
import { Visit, VisitTask } from './visit.entity';
import { VisitTaskSet } from './visit.queries';
import { VisitService } from './visit.service';
import { VisitStatistics } from './visit.statistics';

@InputType({
  description: 'A follow-up visit made (see R-VIS-1 to R-VIS-4 in docs/domain-rules.md).',
})
export class RecordVisitInput {
  @Field(() => ID, { description: 'The closed ticket visited.' })
  ticketId!: string;
  @Field(() => VisitMethod, { description: 'By phone or on site.' })
  method!: VisitMethod;
  @Field(() => Int, { description: '1–5.' })
  satisfaction!: number;
  @Field(() => Boolean, { nullable: true, description: 'Required true for ON_SITE (R-VIS-3).' })
  customerSigned?: boolean;
  @Field(() => String, { description: 'Note (optional).', nullable: true })
  note?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'An issue the customer raised: spawns a ticket (or reopens this one with reopen: true) and keeps the task open (R-VIS-4).',
  })
  newIssue?: string;
  @Field(() => Boolean, {
    description: 'Reopen this ticket for the new issue instead of spawning a new one.',
    nullable: true,
  })
  reopen?: boolean;
  @Field(() => Date, { nullable: true, description: 'Reply time promised for the issue raised.' })
  promisedReplyAt?: Date;
}

registerEnumType(VisitTaskSet, {
  name: 'VisitTaskSet',
  description:
    'The visit tasks of a month one KPI figure counts (see R-KPI-7, R-VIS-2 in docs/domain-rules.md).',
  valuesConfig: {
    SAMPLED: { description: 'R-KPI-7: sampled for a visit (visitTasksSampled).' },
    HANDLED: { description: 'R-KPI-7: sampled and handled, with an outcome (visitTasksDone).' },
    NOT_HANDLED: { description: 'R-KPI-7: sampled and not handled yet: open or missed (sampled − done).' },
    COMPLAINTS_CLOSED: { description: 'R-VIS-2: complaints closed (visitRates.complaintsClosed).' },
    COMPLAINTS_VISITED: {
      description: 'R-VIS-2: complaints closed and visited (visitRates.complaintsVisited).',
    },
    REPAIRS_CLOSED: { description: 'R-VIS-2: repairs closed (visitRates.repairsClosed).' },
    REPAIRS_VISITED: { description: 'R-VIS-2: repairs closed and visited (visitRates.repairsVisited).' },
  },
});

export const VisitTaskConnection = connectionOf(VisitTask);

@Resolver(() => Visit)
export class VisitResolver {
  constructor(private visits: VisitService) {}

  @Authorized(
    StaffRole.PROPERTY_ASSISTANT,
    StaffRole.CS_SUPERVISOR,
    StaffRole.SITE_MANAGER,
    StaffRole.ENGINEERING_SUPERVISOR,
  )
  @Mutation(() => Visit, { description: 'R-VIS-*: publishes visit.recorded.' })
  recordVisit(
    @Arg('input', {
      description: 'The visit: ticket, method, satisfaction and any new issue.',
    })
    input: RecordVisitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.visits.record(requirePrincipal(ctx), input);
  }

  @Authorized(StaffRole.CS_SUPERVISOR, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => VisitStatistics, {
    description:
      'R-VIS-5: visit statistics of a property for leadership, months `from`..`to` (YYYY-MM) in the property’s zone.',
  })
  visitStatistics(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('from', { description: 'First month, YYYY-MM.' }) from: string,
    @Arg('to', { description: 'Last month, YYYY-MM.' }) to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.visits.statistics(requirePrincipal(ctx), propertyId, from, to);
  }

  @Authorized(StaffRole.CS_SUPERVISOR, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => VisitTaskConnection, {
    description:
      'The visit tasks behind an R-KPI-7 or R-VIS-2 figure of Property.serviceKpis: those created in the month (the property’s zone) that the figure counts, as many as it counts, oldest first.',
  })
  visitTasks(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('period', { description: 'Month, YYYY-MM.' }) period: string,
    @Arg('set', () => VisitTaskSet, {
      defaultValue: VisitTaskSet.NOT_HANDLED,
      description: 'Which figure’s tasks; by default those sampled and not handled.',
    })
    set: VisitTaskSet,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.visits.tasksOf(requirePrincipal(ctx), propertyId, period, set, page);
  }
}
