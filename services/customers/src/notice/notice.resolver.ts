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
    description: 'Deliveries to named customers and their signed receipts.	送达给指定客户的记录及签收回执。',
  })
  deliveries(@Root() n: Notice): NoticeDelivery[] {
    return n.deliveries.getItems();
  }

  @Authorized(...CUSTOMER_READERS)
  @Query(() => Notice, {
    description:
      'One notice or letter with its deliveries; null when not visible to the caller.	一份通知或函件及其送达情况；调用者不可见时为 null。',
    nullable: true,
  })
  notice(
    @Arg('id', () => ID, { description: 'Id of the notice.	通知 ID。' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.get(requirePrincipal(ctx), id);
  }

  @Authorized(StaffRole.PROPERTY_ASSISTANT, ...APPROVERS)
  @Mutation(() => Notice, { description: 'R-CUS-9: a draft letter from a template.' })
  createNotice(
    @Arg('input', { description: 'The property, kind, title and text.	物业项目、类型、标题与正文。' })
    input: CreateNoticeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.create(requirePrincipal(ctx), input);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => Notice, {
    description:
      'Approves a draft letter so it can be sent (see R-CUS-9 in docs/domain-rules.md).	审批函件草稿以便发送（见 docs/domain-rules.md 中的 R-CUS-9）。',
  })
  approveNotice(
    @Arg('id', () => ID, { description: 'Id of the notice.	通知 ID。' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.approve(requirePrincipal(ctx), id);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Notice, { description: 'R-CUS-9: delivers an approved letter to named customers.' })
  sendNotice(
    @Arg('id', () => ID, { description: 'Id of the approved notice.	已审批通知的 ID。' }) id: string,
    @Arg('customerIds', () => [ID], { description: 'The customers to deliver it to.	送达的客户。' })
    customerIds: string[],
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.send(requirePrincipal(ctx), id, customerIds);
  }

  @Authorized(...CUSTOMER_STAFF)
  @Mutation(() => Notice, { description: 'R-CUS-9: the customer’s signed receipt, stored with the letter.' })
  recordNoticeReceipt(
    @Arg('deliveryId', () => ID, { description: 'The delivery.	送达记录。' }) deliveryId: string,
    @Arg('signedBy', { description: 'Who signed the receipt.	回执签收人。' }) signedBy: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.recordReceipt(requirePrincipal(ctx), deliveryId, signedBy);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => Notice, {
    description: 'R-CUS-3: holiday greeting or special-weather reminder to all customers of a property.',
  })
  scheduleCareNotice(
    @Arg('input', { description: 'The property, kind, text and time.	物业项目、类型、内容与时间。' })
    input: CareNoticeInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.notices.scheduleCare(requirePrincipal(ctx), input);
  }
}
