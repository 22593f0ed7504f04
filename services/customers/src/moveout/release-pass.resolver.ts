import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DocumentLanguage, DocumentLink, chargeDocument } from '@pm/documents';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_STAFF } from '../customer/customer.resolver';
import { MoveOutRequest } from './moveout.entity';
import { ReleasePassCheck } from './moveout.types';
import { ReleasePassService } from './release-pass.service';

@Resolver(() => MoveOutRequest)
export class ReleasePassResolver {
  constructor(private passes: ReleasePassService) {}

  @Authorized(...CUSTOMER_STAFF)
  @FieldResolver(() => DocumentLink, {
    nullable: true,
    description: '放行条 (R-DOC-4) with the QR code the gate scans; null until billing cleared the request.',
  })
  releasePass(
    @Root() r: MoveOutRequest,
    @Arg('language', () => DocumentLanguage, {
      description: 'Language of the document.',
      defaultValue: DocumentLanguage.ZH_CN,
    })
    lang: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    chargeDocument(ctx);
    return this.passes.releasePass(requirePrincipal(ctx), r.id, lang, ctx.publicOrigin ?? '');
  }

  @Authorized(StaffRole.SECURITY, ...CUSTOMER_STAFF)
  @Query(() => ReleasePassCheck, {
    description:
      'The gate’s check of a scanned release pass (R-DOC-4): valid only when cleared and on one of its valid days, at the caller’s sites.',
  })
  releasePassCheck(
    @Arg('number', {
      description: 'The pass number as scanned from its QR code, e.g. RP-2026-000123.',
    })
    number: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.passes.check(requirePrincipal(ctx), number);
  }
}
