import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Clock } from '@pm/time';
import { Notice } from '../notice/notice.entity';
import { insertNotice } from '../notice/notice.service';
import { LetterTemplate } from './letter.entity';
import { LetterTemplateInput, NoticeFromTemplateInput } from './letter.inputs';
import { templateProblems } from './letter.rules';

async function template(em: EntityManager, id: string): Promise<LetterTemplate> {
  const t = isUuid(id) ? await em.findOne(LetterTemplate, id) : null;
  if (!t) throw notFound('letter template');
  return t;
}

/** R-CUS-9: the company's letter templates, and letters drafted from them. */
export class LetterService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  list(principal: Principal, kind?: string | null): Promise<LetterTemplate[]> {
    return this.db.tx(
      (em) => em.find(LetterTemplate, kind ? { kind } : {}, { orderBy: { name: 'asc', id: 'asc' } }),
      principal,
    );
  }

  private checked(input: LetterTemplateInput) {
    const problems = templateProblems(input);
    if (problems.length) throw validationFailed('letter template is invalid', problems);
    return { name: input.name.trim(), kind: input.kind, title: input.title.trim(), body: input.body };
  }

  create(principal: Principal, input: LetterTemplateInput): Promise<LetterTemplate> {
    const values = this.checked(input);
    return this.db.tx(
      async (em) => em.create(LetterTemplate, { ...values, updatedAt: this.clock.now() }),
      principal,
    );
  }

  update(principal: Principal, id: string, input: LetterTemplateInput): Promise<LetterTemplate> {
    const values = this.checked(input);
    return this.db.tx(async (em) => {
      const t = await template(em, id);
      // Letters drafted earlier keep their own copy of the text: they were approved as written.
      return em.assign(t, { ...values, updatedAt: this.clock.now() });
    }, principal);
  }

  /** A draft with the template's text; placeholders are filled per customer when it is sent. */
  draft(principal: Principal, input: NoticeFromTemplateInput): Promise<Notice> {
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    return this.db.tx(async (em) => {
      const t = await template(em, input.templateId);
      const n = insertNotice(em, {
        propertyId: input.propertyId,
        kind: t.kind,
        title: t.title,
        body: t.body,
        status: 'DRAFT',
        customerIds: [],
        at: this.clock.now(),
      });
      n.templateId = t.id;
      return n;
    }, principal);
  }
}
