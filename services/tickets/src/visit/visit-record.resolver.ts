import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { DocumentLanguage, DocumentLink, chargeDocument } from '@pm/documents';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { Visit } from './visit.entity';
import { VisitRecordService } from './visit-record.service';

const VISIT_READERS = [
  StaffRole.PROPERTY_ASSISTANT,
  StaffRole.CS_SUPERVISOR,
  StaffRole.SITE_MANAGER,
  StaffRole.ENGINEERING_SUPERVISOR,
  StaffRole.FRONT_DESK,
  StaffRole.HQ,
];

@Resolver(() => Visit)
export class VisitRecordResolver {
  constructor(private records: VisitRecordService) {}

  @Authorized(...VISIT_READERS)
  @Query(() => Visit, {
    nullable: true,
    description: 'A follow-up visit; null when not visible to the caller.',
  })
  visit(@Arg('id', () => ID, { description: 'Id of the visit.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return this.records.get(requirePrincipal(ctx), id);
  }

  @Authorized(...VISIT_READERS)
  @FieldResolver(() => DocumentLink, {
    description: '回访记录 (R-DOC-5, R-VIS-3) as a PDF behind a signed link.',
  })
  record(
    @Root() visit: Visit,
    @Arg('language', () => DocumentLanguage, {
      description: 'Language of the document.',
      defaultValue: DocumentLanguage.ZH_CN,
    })
    lang: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ) {
    chargeDocument(ctx);
    return this.records.record(requirePrincipal(ctx), visit.id, lang, ctx.publicOrigin ?? '');
  }
}
