import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
import { GraphQLContext, requirePrincipal } from '@pm/graphql';
import { CUSTOMER_READERS } from '../customer/customer.resolver';
import { Notice } from '../notice/notice.entity';
import { LetterTemplate } from './letter.entity';
import { LetterTemplateInput, NoticeFromTemplateInput } from './letter.inputs';
import { LetterService } from './letter.service';

/** Company templates change what every site writes: the department managers keep them. */
const TEMPLATE_KEEPERS = [StaffRole.SITE_MANAGER, StaffRole.CS_SUPERVISOR];

@Resolver(() => LetterTemplate)
export class LetterResolver {
  constructor(private letters: LetterService) {}

  @Authorized(...CUSTOMER_READERS)
  @Query(() => [LetterTemplate], { description: 'R-CUS-9: the company’s letter templates, by name.' })
  letterTemplates(
    @Arg('kind', () => String, { nullable: true, description: 'LETTER or RECTIFICATION; all when absent.' })
    kind: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.letters.list(requirePrincipal(ctx), kind);
  }

  @Authorized(...TEMPLATE_KEEPERS)
  @Mutation(() => LetterTemplate, { description: 'R-CUS-9: adds a letter template of the company.' })
  createLetterTemplate(
    @Arg('input', { description: 'Name, kind, title and text.' }) input: LetterTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.letters.create(requirePrincipal(ctx), input);
  }

  @Authorized(...TEMPLATE_KEEPERS)
  @Mutation(() => LetterTemplate, {
    description: 'R-CUS-9: changes a letter template; letters already drafted keep their text.',
  })
  updateLetterTemplate(
    @Arg('id', () => ID, { description: 'Id of the template.' }) id: string,
    @Arg('input', { description: 'Name, kind, title and text.' }) input: LetterTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.letters.update(requirePrincipal(ctx), id, input);
  }

  @Authorized(StaffRole.PROPERTY_ASSISTANT, ...TEMPLATE_KEEPERS)
  @Mutation(() => Notice, {
    description:
      'R-CUS-9: a draft letter from a template; approved and sent as any letter, placeholders filled per delivery.',
  })
  createNoticeFromTemplate(
    @Arg('input', { description: 'The template and the property.' }) input: NoticeFromTemplateInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.letters.draft(requirePrincipal(ctx), input);
  }
}
