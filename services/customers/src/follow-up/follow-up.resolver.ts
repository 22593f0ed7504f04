import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { CustomerFollowUp } from './follow-up.entity';
import { RecordCommunityEventInput, RecordFollowUpVisitInput } from './follow-up.inputs';
import { FollowUpService } from './follow-up.service';
import { CommunityEventView, FollowUpReport } from './follow-up.types';

@Resolver()
export class FollowUpResolver {
  constructor(private service: FollowUpService) {}

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => CommunityEventView, {
    description: 'R-VIS-2: a community event held; the policy share of its participants is owed a visit.',
  })
  recordCommunityEvent(
    @Arg('input', { description: 'The event, when it was held and who took part.' })
    input: RecordCommunityEventInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.recordEvent(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => CustomerFollowUp, { description: 'R-VIS-2: a community-event or new-customer visit made.' })
  recordFollowUpVisit(
    @Arg('input', { description: 'The follow-up visited and how it went.' }) input: RecordFollowUpVisitInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.recordVisit(requirePrincipal(ctx), input);
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => FollowUpReport, {
    description: 'R-VIS-2: community-event and new-customer follow-ups due from `from` to `to` (YYYY-MM-DD).',
  })
  customerFollowUps(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('from', { description: 'First due date, YYYY-MM-DD in the property’s time zone, included.' })
    from: string,
    @Arg('to', { description: 'Last due date, YYYY-MM-DD in the property’s time zone, included.' })
    to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.service.report(requirePrincipal(ctx), propertyId, from, to);
  }
}
