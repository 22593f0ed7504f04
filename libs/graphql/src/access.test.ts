import { OperationDefinitionNode, parse } from 'graphql';
import { Principal } from '@pm/auth';
import {
  ANY_PARTNER,
  NO_PARTNER,
  SubgraphAccess,
  checkPartnerAccess,
  entryFields,
  requirementOf,
} from './access';

const tickets: SubgraphAccess = {
  domain: 'tickets',
  fields: { 'Property.serviceKpis': 'kpi:read', 'CompanyKpis.*': 'kpi:read' },
};
const tenancy: SubgraphAccess = {
  query: ANY_PARTNER,
  mutation: NO_PARTNER,
  fields: { 'Query.companyKpis': 'kpi:read' },
};

const op = (q: string) => {
  const document = parse(q);
  return { document, operation: document.definitions[0] as OperationDefinitionNode };
};
const partner = (scopes: string[]): Principal =>
  ({
    tenantId: 't',
    realm: 'pm-x',
    cell: 'default',
    actor: { kind: 'partner', id: 'u' },
    roles: [],
    propertyScope: 'ALL',
    scopes,
  }) as Principal;
const codeOf = (f: () => void) => {
  try {
    f();
    return 'OK';
  } catch (e) {
    return (
      (e as { extensions: { code: string; requiredScope?: string } }).extensions.requiredScope ??
      (e as { extensions: { code: string } }).extensions.code
    );
  }
};

describe('partner access (scopes per subgraph, checked once per request)', () => {
  it('derives read/write from the domain, with overrides by field and by type', () => {
    expect(requirementOf(tickets, 'Query', 'tickets')).toBe('tickets:read');
    expect(requirementOf(tickets, 'Mutation', 'logRepair')).toBe('tickets:write');
    expect(requirementOf(tickets, 'Customer', 'tickets')).toBe('tickets:read');
    expect(requirementOf(tickets, 'Property', 'serviceKpis')).toBe('kpi:read');
    expect(requirementOf(tickets, 'CompanyKpis', 'serviceKpis')).toBe('kpi:read');
    expect(requirementOf(tenancy, 'Mutation', 'inviteStaff')).toBe(NO_PARTNER);
    expect(requirementOf({}, 'Query', 'x')).toBe(NO_PARTNER);
  });

  it('finds the entry fields: root fields, fragments, and the fields asked of each entity', () => {
    const { document, operation } = op(`query($r: [_Any!]!) {
      __typename
      ...F
      _entities(representations: $r) { __typename ... on Property { id serviceKpis(period: "2026-11") { period } } ... on Customer { tickets { totalCount } } }
    }
    fragment F on Query { tickets { totalCount } }`);
    expect(entryFields(document, operation)).toEqual([
      { parent: 'Query', field: 'tickets' },
      { parent: 'Property', field: 'id' },
      { parent: 'Property', field: 'serviceKpis' },
      { parent: 'Customer', field: 'tickets' },
    ]);
  });

  it('a partner with tickets:read reads tickets but cannot mutate or read KPIs; staff are not checked', () => {
    const read = op(`{ tickets { totalCount } }`);
    const write = op(`mutation { logRepair(input: {}) { id } }`);
    const kpis = op(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Property { serviceKpis(period: "x") { period } } } }`,
    );
    const p = partner(['tickets:read']);
    expect(codeOf(() => checkPartnerAccess(tickets, p, read.document, read.operation))).toBe('OK');
    expect(codeOf(() => checkPartnerAccess(tickets, p, write.document, write.operation))).toBe(
      'tickets:write',
    );
    expect(codeOf(() => checkPartnerAccess(tickets, p, kpis.document, kpis.operation))).toBe('kpi:read');
    const staff = { ...p, actor: { kind: 'user' as const, id: 'u' }, scopes: [] };
    expect(codeOf(() => checkPartnerAccess(tickets, staff, write.document, write.operation))).toBe('OK');
  });

  it('tenancy: any partner reads reference data, none administers the company', () => {
    const props = op(`{ properties { totalCount } me { roles } }`);
    const invite = op(`mutation { inviteStaff(input: {}) { id } }`);
    const p = partner([]);
    expect(codeOf(() => checkPartnerAccess(tenancy, p, props.document, props.operation))).toBe('OK');
    expect(
      codeOf(() =>
        checkPartnerAccess(tenancy, partner(['tickets:write']), invite.document, invite.operation),
      ),
    ).toBe('FORBIDDEN');
  });
});
