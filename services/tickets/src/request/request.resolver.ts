import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, PageArgsInput, connectionOf, requirePrincipal } from '@pm/graphql';
import { INTAKE_ROLES } from '../ticket/ticket.roles';
import { CustomerRequest, RequestChannel } from './request.entity';
import { AnswerRequestInput, LogRequestInput } from './request.inputs';
import { RequestService } from './request.service';
import { RequestReplyRate } from './request.types';

const CustomerRequestConnection = connectionOf(CustomerRequest);
/** Who takes requests (the service desk and those above it); HQ reads the register. */
const REQUEST_ROLES = [...INTAKE_ROLES, StaffRole.SECURITY];
const REGISTER_READERS = [...INTAKE_ROLES, StaffRole.HQ];

@Resolver(() => CustomerRequest)
export class RequestResolver {
  constructor(private requests: RequestService) {}

  @Authorized(...REQUEST_ROLES)
  @Mutation(() => CustomerRequest, {
    description:
      'R-TKT-13: logs a customer request in the register (诉求登记), answered at once with outcome.',
  })
  logRequest(
    @Arg('input', { description: 'The request.' }) input: LogRequestInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.requests.log(requirePrincipal(ctx), input);
  }

  @Authorized(...REQUEST_ROLES)
  @Mutation(() => CustomerRequest, {
    description: 'R-TKT-13: records the outcome (and the ticket it became); CONFLICT once answered.',
  })
  answerRequest(
    @Arg('input', { description: 'The request and its outcome.' }) input: AnswerRequestInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.requests.answer(requirePrincipal(ctx), input);
  }

  @Authorized(...REGISTER_READERS)
  @Query(() => CustomerRequestConnection, {
    description:
      'R-TKT-13: the requests register of a property for days `from`..`to` (property-local), oldest first.',
  })
  requestsRegister(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('from', { description: 'YYYY-MM-DD' }) from: string,
    @Arg('to', { description: 'YYYY-MM-DD, at most a year after from.' }) to: string,
    @Arg('channel', () => RequestChannel, {
      description: 'Only requests that came in by this channel.',
      nullable: true,
    })
    channel: RequestChannel | undefined,
    @Arg('open', () => Boolean, { nullable: true, description: 'Only requests not answered yet.' })
    open: boolean | undefined,
    @Args() page: PageArgsInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.requests.register(requirePrincipal(ctx), propertyId, from, to, { channel, open }, page);
  }

  @Authorized(...REGISTER_READERS)
  @Query(() => RequestReplyRate, {
    description: 'R-TKT-13: requests of the period by channel and the share answered against the target.',
  })
  requestReplyRate(
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('from', { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', {
      description: 'Last day, YYYY-MM-DD, at most a year after from.',
    })
    to: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.requests.replyRate(requirePrincipal(ctx), propertyId, from, to);
  }
}
