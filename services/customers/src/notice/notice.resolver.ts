import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS, CUSTOMER_STAFF } from '../customer/customer.resolver';
import { NoticeService } from './notice.service';
import { Notice, NoticeDelivery } from './notice.entity';
import { CareNoticeInput, CreateNoticeInput } from './notice.inputs';

const APPROVERS = [StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR];

@Resolver(() => Notice)
export class NoticeResolver {
  constructor(private notices: NoticeService) {}

  /** Loaded with the notice by every operation that returns one. */
  @FieldResolver(() => [NoticeDelivery], {
    description: 'Deliveries to named customers and their signed receipts.',
  })
  deliveries(@Root() n: Notice): NoticeDelivery[] {
    return n.deliveries.getItems();
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => Notice, {
    description: 'One notice or letter with its deliveries; null when not visible to the caller.',
    nullable: true,
  })
  notice(@Arg('id', () => ID, { description: 'Id of the notice.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return this.notices.get(requirePrincipal(ctx), id);
  }

  @Authorized(StaffRole.PROPERTY_ASSISTANT, ...APPROVERS)
  @Mutation(() => Notice, { description: 'R-CUS-9: a draft letter from a template.' })
  createNotice(
    @Arg('input', { description: 'The property, kind, title and text.' })
    input: CreateNoticeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.create(requirePrincipal(ctx), input);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => Notice, {
    description: 'Approves a draft letter so it can be sent (see R-CUS-9 in docs/domain-rules.md).',
  })
  approveNotice(
    @Arg('id', () => ID, { description: 'Id of the notice.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.approve(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Notice, { description: 'R-CUS-9: delivers an approved letter to named customers.' })
  sendNotice(
    @Arg('id', () => ID, { description: 'Id of the approved notice.' }) id: string,
    @Arg('customerIds', () => [ID], { description: 'The customers to deliver it to.' })
    customerIds: string[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.send(requirePrincipal(ctx), id, customerIds);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Notice, { description: 'R-CUS-9: the customer’s signed receipt, stored with the letter.' })
  recordNoticeReceipt(
    @Arg('deliveryId', () => ID, { description: 'The delivery.' }) deliveryId: string,
    @Arg('signedBy', { description: 'Who signed the receipt.' }) signedBy: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.recordReceipt(requirePrincipal(ctx), deliveryId, signedBy);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => Notice, {
    description: 'R-CUS-3: holiday greeting or special-weather reminder to all customers of a property.',
  })
  scheduleCareNotice(
    @Arg('input', { description: 'The property, kind, text and time.' })
    input: CareNoticeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.scheduleCare(requirePrincipal(ctx), input);
  }
}
