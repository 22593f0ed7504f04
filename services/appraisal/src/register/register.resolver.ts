import { Arg, Authorized, Ctx, ID, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { StaffRole as R } from '@pm/contracts';
import { Database } from '@pm/db';
import {
  DocumentLanguage,
  DocumentLink,
  DocumentStore,
  RegisterDefinition,
  chargeDocument,
  exportRegister,
  registerReaders,
} from '@pm/documents';
import { DateScalar, GraphQLContext, requirePrincipal } from '@pm/graphql';
import { PropertyProjection } from '../property/property-projection.entity';
import { APPRAISAL_REGISTER_COLUMNS, appraisalRegisterRows } from './register.rows';

export enum AppraisalRegisterKind {
  APPRAISAL_RESULTS = 'APPRAISAL_RESULTS',
}
registerEnumType(AppraisalRegisterKind, {
  name: 'AppraisalRegisterKind',
  valuesConfig: {
    APPRAISAL_RESULTS: {
      description: '考核结果登记表: checks of the property’s staff dated in the range, with their scores.',
    },
  },
  description:
    'APPRAISAL_RESULTS 考核结果登记表: checks of the property’s staff dated in the range, with scores.',
});

const MANAGERS = [R.SITE_MANAGER, R.CS_SUPERVISOR, R.ENGINEERING_SUPERVISOR, R.HQ];
const ROLES: Record<AppraisalRegisterKind, readonly R[]> = {
  [AppraisalRegisterKind.APPRAISAL_RESULTS]: MANAGERS,
};

/** The appraisal subgraph's registers (issue 14): rows from register.rows.ts, one sheet each. */
export function appraisalRegisters(db: Database): Record<AppraisalRegisterKind, RegisterDefinition> {
  return {
    [AppraisalRegisterKind.APPRAISAL_RESULTS]: {
      zh: '考核结果登记表',
      en: 'Appraisal results',
      columns: APPRAISAL_REGISTER_COLUMNS,
      roles: ROLES.APPRAISAL_RESULTS,
      rows: (p, id, range) => appraisalRegisterRows(db, p, id, range),
    },
  };
}

@Resolver()
export class AppraisalRegisterResolver {
  private registers: Record<AppraisalRegisterKind, RegisterDefinition>;

  constructor(
    private db: Database,
    private documents: DocumentStore,
  ) {
    this.registers = appraisalRegisters(db);
  }

  @Authorized(...registerReaders(ROLES))
  @Mutation(() => DocumentLink, {
    description:
      'An appraisal register of one property as .xlsx (Chinese headers, or English with language: EN), behind a signed link like any Document. from/to (YYYY-MM-DD, both included, either open) select by the date the kind names.',
  })
  exportAppraisalRegister(
    @Arg('kind', () => AppraisalRegisterKind, { description: 'Which register.' }) kind: AppraisalRegisterKind,
    @Arg('propertyId', () => ID, { description: 'The property whose register this is.' }) propertyId: string,
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'First day, YYYY-MM-DD in the property’s time zone, included; omitted: no lower bound.',
    })
    from: string | null,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'Last day, YYYY-MM-DD in the property’s time zone, included; omitted: no upper bound.',
    })
    to: string | null,
    @Arg('language', () => DocumentLanguage, {
      defaultValue: DocumentLanguage.ZH_CN,
      description: 'Language of the column headers and sheet name (ZH_CN by default).',
    })
    language: DocumentLanguage,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DocumentLink> {
    chargeDocument(ctx);
    const p = requirePrincipal(ctx);
    return exportRegister({
      store: this.documents,
      principal: p,
      origin: ctx.publicOrigin ?? '',
      kind: `register.${kind}`,
      register: this.registers[kind],
      request: { propertyId, from, to, language },
      property: (id) => this.db.tx((em) => em.findOne(PropertyProjection, id), p),
    });
  }
}
