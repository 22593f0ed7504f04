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
import { PropertyProjection } from '../projection/projection.entities';
import { DISPATCH_ROLES, INTAKE_ROLES } from '../ticket/ticket.roles';
import {
  TICKET_REGISTER_COLUMNS,
  VISIT_REGISTER_COLUMNS,
  ticketRegisterRows,
  visitRegisterRows,
} from './register.rows';

export enum TicketRegisterKind {
  TICKETS = 'TICKETS',
  VISITS = 'VISITS',
}
registerEnumType(TicketRegisterKind, {
  name: 'TicketRegisterKind',
  valuesConfig: {
    TICKETS: { description: '工单登记表: tickets called in the range.' },
    VISITS: { description: '回访登记表: return visits recorded in the range.' },
  },
  description: 'TICKETS 工单登记表 (called in the range), VISITS 回访登记表 (recorded in the range).',
});

const ROLES: Record<TicketRegisterKind, readonly R[]> = {
  [TicketRegisterKind.TICKETS]: [...new Set([...INTAKE_ROLES, ...DISPATCH_ROLES, R.HQ])],
  [TicketRegisterKind.VISITS]: [R.PROPERTY_ASSISTANT, R.CS_SUPERVISOR, R.SITE_MANAGER, R.HQ],
};

/** The tickets subgraph's registers (issue 14): rows from register.rows.ts, one sheet each. */
export function ticketRegisters(db: Database): Record<TicketRegisterKind, RegisterDefinition> {
  return {
    [TicketRegisterKind.TICKETS]: {
      zh: '工单登记表',
      en: 'Ticket register',
      columns: TICKET_REGISTER_COLUMNS,
      roles: ROLES.TICKETS,
      rows: (p, id, range) => ticketRegisterRows(db, p, id, range),
    },
    [TicketRegisterKind.VISITS]: {
      zh: '回访登记表',
      en: 'Visit register',
      columns: VISIT_REGISTER_COLUMNS,
      roles: ROLES.VISITS,
      rows: (p, id, range) => visitRegisterRows(db, p, id, range),
    },
  };
}

@Resolver()
export class TicketRegisterResolver {
  private registers: Record<TicketRegisterKind, RegisterDefinition>;

  constructor(
    private db: Database,
    private documents: DocumentStore,
  ) {
    this.registers = ticketRegisters(db);
  }

  @Authorized(...registerReaders(ROLES))
  @Mutation(() => DocumentLink, {
    description:
      'A tickets register of one property as .xlsx (Chinese headers, or English with language: EN), behind a signed link like any Document. from/to (YYYY-MM-DD, both included, either open) select by the date the kind names. TICKETS: intake and dispatch roles and HQ; VISITS: property assistant, CS supervisor, site manager, HQ (FORBIDDEN for a kind the caller may not read).',
  })
  exportTicketRegister(
    @Arg('kind', () => TicketRegisterKind, { description: 'Which register.' }) kind: TicketRegisterKind,
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
