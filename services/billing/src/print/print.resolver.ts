import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DocumentLanguage, DocumentLink, chargeDocument } from '@pm/documents';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Bill } from '../bill/bill.entity';
import { DunningRound } from '../dunning/dunning.entity';
import { Payment } from '../payment/payment.entity';
import { PrintBatchKind, PrintJob, printProgress } from './print.entity';
import { PrintService } from './print.service';

const language = () => ({ defaultValue: DocumentLanguage.ZH_CN, description: 'ZH_CN (default) or EN.' });
const origin = (ctx: GraphQLContext) => ctx.publicOrigin ?? '';

@Resolver(() => Bill)
export class BillNoticeResolver {
  constructor(private print: PrintService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ, StaffRole.FRONT_DESK)
  @FieldResolver(() => DocumentLink, {
    description: '交款通知书 (R-DOC-2) as a PDF behind a signed link; at most 20 documents per request.',
  })
  paymentNotice(
    @Root() bill: Bill,
    @Arg('language', () => DocumentLanguage, language()) lang: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    chargeDocument(ctx);
    return this.print.paymentNotice(requirePrincipal(ctx), bill.id, lang, origin(ctx));
  }
}

@Resolver(() => DunningRound)
export class DunningNoticeResolver {
  constructor(private print: PrintService) {}

  @Authorized(
    StaffRole.FINANCE,
    StaffRole.PROPERTY_ASSISTANT,
    StaffRole.CS_SUPERVISOR,
    StaffRole.SITE_MANAGER,
    StaffRole.HQ,
  )
  @FieldResolver(() => DocumentLink, {
    description:
      '催款通知书 of this round (R-DOC-3), valid 30 days, with the receipt slip the customer signs.',
  })
  notice(
    @Root() round: DunningRound,
    @Arg('language', () => DocumentLanguage, language()) lang: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    chargeDocument(ctx);
    return this.print.dunningNotice(requirePrincipal(ctx), round.id, lang, origin(ctx));
  }
}

@Resolver(() => Payment)
export class ReceiptResolver {
  constructor(private print: PrintService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.FRONT_DESK, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @FieldResolver(() => DocumentLink, { description: '收据 (R-DOC-5, R-BIL-8) of this payment.' })
  receipt(
    @Root() payment: Payment,
    @Arg('language', () => DocumentLanguage, language()) lang: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    chargeDocument(ctx);
    return this.print.receipt(requirePrincipal(ctx), payment.id, lang, origin(ctx));
  }
}

@Resolver(() => PrintJob)
export class PrintJobResolver {
  constructor(private print: PrintService) {}

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER)
  @Mutation(() => PrintJob, {
    description:
      'R-DOC-2: the period’s notices of a property in one PDF, rendered in the background; poll printJob(id) for progress and the document. At most PRINT_JOBS_PER_TENANT batches of a company at once (RATE_LIMITED).',
  })
  printBatch(
    @Arg('kind', () => PrintBatchKind, { description: 'Payment or dunning notices.' })
    kind: PrintBatchKind,
    @Arg('propertyId', () => ID, { description: 'The property.' }) propertyId: string,
    @Arg('period', { description: 'YYYY-MM' }) period: string,
    @Arg('language', () => DocumentLanguage, language()) lang: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.print.startBatch(requirePrincipal(ctx), { kind, propertyId, period, language: lang });
  }

  @Authorized(StaffRole.FINANCE, StaffRole.SITE_MANAGER, StaffRole.HQ)
  @Query(() => PrintJob, {
    description: 'One print batch, to poll its progress and fetch the PDF; null when not visible.',
    nullable: true,
  })
  printJob(
    @Arg('id', () => ID, { description: 'Id returned by printBatch.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.print.job(requirePrincipal(ctx), id);
  }

  @FieldResolver(() => Float, {
    description: '0 … 1: notices rendered of the batch (1 once the file is ready).',
  })
  progress(@Root() job: PrintJob): number {
    return printProgress(job);
  }

  @FieldResolver(() => DocumentLink, {
    nullable: true,
    description: 'The PDF once DONE, while it is kept (10 minutes); each read makes a fresh link.',
  })
  document(@Root() job: PrintJob, @Ctx() ctx: GraphQLContext) {
    return this.print.documentOf(requirePrincipal(ctx), job, origin(ctx));
  }
}
