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
import { Clock } from '@pm/time';
import { PropertyProjection } from '../projection/projection.entity';
import {
  ARREARS_REGISTER_COLUMNS,
  BILL_REGISTER_COLUMNS,
  DUNNING_REGISTER_COLUMNS,
  PAYMENT_REGISTER_COLUMNS,
  arrearsRegisterRows,
  billRegisterRows,
  dunningRegisterRows,
  paymentRegisterRows,
} from './register.rows';

export enum BillingRegisterKind {
  BILLS = 'BILLS',
  PAYMENTS = 'PAYMENTS',
  ARREARS = 'ARREARS',
  DUNNING_ROUNDS = 'DUNNING_ROUNDS',
}
registerEnumType(BillingRegisterKind, {
  name: 'BillingRegisterKind',
  valuesConfig: {
    BILLS: { description: '账单登记表: bills issued in the range, amounts in yuan.' },
    PAYMENTS: { description: '收款登记表: payments received in the range.' },
    ARREARS: {
      description:
        '欠费登记表: unpaid bills by dunning stage, as of `to` (or today in the property’s time zone).',
    },
    DUNNING_ROUNDS: { description: '催缴登记表: dunning rounds scheduled in the range.' },
  },
  description:
    'BILLS 账单登记表 (issued in the range), PAYMENTS 收款登记表 (received), ARREARS 欠费登记表 (by stage, as of `to` or today), DUNNING_ROUNDS 催缴登记表 (scheduled).',
});

const MONEY = [R.FINANCE, R.SITE_MANAGER, R.HQ];
const ROLES: Record<BillingRegisterKind, readonly R[]> = {
  [BillingRegisterKind.BILLS]: MONEY,
  [BillingRegisterKind.PAYMENTS]: MONEY,
  [BillingRegisterKind.ARREARS]: [...MONEY, R.CS_SUPERVISOR],
  [BillingRegisterKind.DUNNING_ROUNDS]: [...MONEY, R.CS_SUPERVISOR, R.PROPERTY_ASSISTANT],
};

/** The billing subgraph's registers (issue 14): rows from register.rows.ts, one sheet each. */
export function billingRegisters(
  db: Database,
  clock: Clock,
): Record<BillingRegisterKind, RegisterDefinition> {
  return {
    [BillingRegisterKind.BILLS]: {
      zh: '账单登记表',
      en: 'Bill register',
      columns: BILL_REGISTER_COLUMNS,
      roles: ROLES.BILLS,
      rows: (p, id, range) => billRegisterRows(db, p, id, range),
    },
    [BillingRegisterKind.PAYMENTS]: {
      zh: '收款登记表',
      en: 'Payment register',
      columns: PAYMENT_REGISTER_COLUMNS,
      roles: ROLES.PAYMENTS,
      rows: (p, id, range) => paymentRegisterRows(db, p, id, range),
    },
    [BillingRegisterKind.ARREARS]: {
      zh: '欠费登记表',
      en: 'Arrears register',
      columns: ARREARS_REGISTER_COLUMNS,
      roles: ROLES.ARREARS,
      rows: (p, id, range) => arrearsRegisterRows(db, p, id, range, clock),
    },
    [BillingRegisterKind.DUNNING_ROUNDS]: {
      zh: '催缴登记表',
      en: 'Dunning register',
      columns: DUNNING_REGISTER_COLUMNS,
      roles: ROLES.DUNNING_ROUNDS,
      rows: (p, id, range) => dunningRegisterRows(db, p, id, range),
    },
  };
}

@Resolver()
export class BillingRegisterResolver {
  private registers: Record<BillingRegisterKind, RegisterDefinition>;

  constructor(
    private db: Database,
    private documents: DocumentStore,
    clock: Clock,
  ) {
    this.registers = billingRegisters(db, clock);
  }

  @Authorized(...registerReaders(ROLES))
  @Mutation(() => DocumentLink, {
    description:
      'A billing register of one property as .xlsx (Chinese headers, or English with language: EN), behind a signed link like any Document. from/to (YYYY-MM-DD, both included, either open) select by the date the kind names. Bills and payments: finance, site manager, HQ; ARREARS also CS supervisor; DUNNING_ROUNDS also CS supervisor and property assistant (FORBIDDEN for a kind the caller may not read). Money is in yuan with the ¥ format.',
  })
  exportBillingRegister(
    @Arg('kind', () => BillingRegisterKind, { description: 'Which register.' }) kind: BillingRegisterKind,
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
