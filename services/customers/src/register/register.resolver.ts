import { Arg, Authorized, Ctx, ID, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { StaffRole } from '@pm/contracts';
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
import { CUSTOMER_STAFF } from '../customer/customer.resolver';
import { findProperty } from '../property/property.service';
import {
  CUSTOMER_REGISTER_COLUMNS,
  MOVE_IN_REGISTER_COLUMNS,
  MOVE_OUT_REGISTER_COLUMNS,
  RELEASE_PASS_REGISTER_COLUMNS,
  customerRegisterRows,
  moveInRegisterRows,
  moveOutRegisterRows,
  releasePassRegisterRows,
} from './register.rows';

export enum CustomerRegisterKind {
  CUSTOMERS = 'CUSTOMERS',
  MOVE_INS = 'MOVE_INS',
  MOVE_OUTS = 'MOVE_OUTS',
  RELEASE_PASSES = 'RELEASE_PASSES',
}
registerEnumType(CustomerRegisterKind, {
  name: 'CustomerRegisterKind',
  valuesConfig: {
    CUSTOMERS: {
      description:
        '客户登记表: customers registered in the range; the sheet imports back with importCustomers.',
    },
    MOVE_INS: { description: '入住登记表: move-ins dated in the range.' },
    MOVE_OUTS: { description: '迁出登记表: move-outs planned in the range.' },
    RELEASE_PASSES: { description: '放行条登记表: release passes issued in the range.' },
  },
  description:
    'CUSTOMERS 客户登记表 (registered in the range; imports back with importCustomers), MOVE_INS 入住登记表 (moved in), MOVE_OUTS 迁出登记表 (planned), RELEASE_PASSES 放行条登记表 (issued).',
});

const READERS = [...CUSTOMER_STAFF, StaffRole.HQ];
const ROLES: Record<CustomerRegisterKind, readonly StaffRole[]> = {
  [CustomerRegisterKind.CUSTOMERS]: READERS,
  [CustomerRegisterKind.MOVE_INS]: READERS,
  [CustomerRegisterKind.MOVE_OUTS]: [...READERS, StaffRole.FINANCE],
  [CustomerRegisterKind.RELEASE_PASSES]: [...READERS, StaffRole.SECURITY],
};

/** The customers subgraph's registers (issue 14): rows from register.rows.ts, one sheet each. */
export function customerRegisters(db: Database): Record<CustomerRegisterKind, RegisterDefinition> {
  return {
    [CustomerRegisterKind.CUSTOMERS]: {
      zh: '客户登记表',
      en: 'Customer register',
      columns: CUSTOMER_REGISTER_COLUMNS,
      roles: ROLES.CUSTOMERS,
      rows: (p, id, range) => customerRegisterRows(db, p, id, range),
    },
    [CustomerRegisterKind.MOVE_INS]: {
      zh: '入住登记表',
      en: 'Move-in register',
      columns: MOVE_IN_REGISTER_COLUMNS,
      roles: ROLES.MOVE_INS,
      rows: (p, id, range) => moveInRegisterRows(db, p, id, range),
    },
    [CustomerRegisterKind.MOVE_OUTS]: {
      zh: '迁出登记表',
      en: 'Move-out register',
      columns: MOVE_OUT_REGISTER_COLUMNS,
      roles: ROLES.MOVE_OUTS,
      rows: (p, id, range) => moveOutRegisterRows(db, p, id, range),
    },
    [CustomerRegisterKind.RELEASE_PASSES]: {
      zh: '放行条登记表',
      en: 'Release pass register',
      columns: RELEASE_PASS_REGISTER_COLUMNS,
      roles: ROLES.RELEASE_PASSES,
      rows: (p, id, range) => releasePassRegisterRows(db, p, id, range),
    },
  };
}

@Resolver()
export class CustomerRegisterResolver {
  private registers: Record<CustomerRegisterKind, RegisterDefinition>;

  constructor(
    private db: Database,
    private documents: DocumentStore,
  ) {
    this.registers = customerRegisters(db);
  }

  @Authorized(...registerReaders(ROLES))
  @Mutation(() => DocumentLink, {
    description:
      'A customers register of one property as .xlsx (Chinese headers, or English with language: EN), behind a signed link like any Document. from/to (YYYY-MM-DD, both included, either open) select by the date the kind names. CUSTOMERS and MOVE_INS: front desk, property assistant, CS supervisor, site manager, HQ; MOVE_OUTS also finance; RELEASE_PASSES also security (FORBIDDEN for a kind the caller may not read).',
  })
  exportCustomerRegister(
    @Arg('kind', () => CustomerRegisterKind, { description: 'Which register.' }) kind: CustomerRegisterKind,
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
      property: (id) => this.db.tx((em) => findProperty(em, id), p),
    });
  }
}
