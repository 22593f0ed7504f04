import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { VisitMethod } from '../ticket/ticket.enums';
import { Visit } from './visit.entity';
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
}
