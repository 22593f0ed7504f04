import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ErrorCode, ScopedDomain } from '@pm/contracts';
import { Principal, hasScope } from '@pm/auth';
import { GraphQLContext } from './context';
import { requestError } from './errors';

/** Any partner token may use it (reference data: properties, units, the caller's own identity). */
export const ANY_PARTNER = 'any partner';
/** No partner token may use it, whatever its scopes (tenancy administration, partner management). */
export const NO_PARTNER = 'no partner';

/** A scope name of libs/contracts `PartnerScope`, or one of the two markers above. */
export type Requirement = string;

/**
 * What a partner token needs to use a subgraph, declared once per subgraph (its composition root)
 * rather than on each resolver. Root `Query` fields and the fields this subgraph answers on
 * entities (`_entities`, which the gateway calls for the fields one subgraph adds to another's
 * type) need the read requirement, root `Mutation` fields the write one; `fields` overrides
 * either by `Type.field` or `Type.*`.
 */
export interface SubgraphAccess {
  /** `<domain>:read` for reads, `<domain>:write` for mutations. */
  domain?: ScopedDomain;
  query?: Requirement;
  mutation?: Requirement;
  fields?: Record<string, Requirement>;
}

export function requirementOf(access: SubgraphAccess, parent: string, field: string): Requirement {
  const explicit = access.fields?.[`${parent}.${field}`] ?? access.fields?.[`${parent}.*`];
  if (explicit) return explicit;
  if (parent === 'Mutation')
    return access.mutation ?? (access.domain ? `${access.domain}:write` : NO_PARTNER);
  return access.query ?? (access.domain ? `${access.domain}:read` : NO_PARTNER);
}

const SKIPPED = new Set(['__typename', '__schema', '__type', '_service']);

/**
 * Every (type, field) the operation enters this subgraph through: its root fields, and under
 * `_entities` the fields asked of each entity type. Nested fields come with the entry they hang off
 * (a ticket's events are read under the ticket's scope); the gateway reaches another subgraph's
 * fields through that subgraph's own `_entities`, where its own rules apply.
 */
export function entryFields(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): { parent: string; field: string }[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const out: { parent: string; field: string }[] = [];
  const seen = new Set<string>();
  const fieldsOf = (
    set: SelectionSetNode,
    type: string,
    visit: (type: string, name: string, sel: SelectionSetNode | undefined) => void,
  ) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) visit(type, s.name.value, s.selectionSet);
      else if (s.kind === Kind.INLINE_FRAGMENT)
        fieldsOf(s.selectionSet, s.typeCondition?.name.value ?? type, visit);
      else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value)) {
          seen.add(f.name.value);
          fieldsOf(f.selectionSet, f.typeCondition.name.value, visit);
          seen.delete(f.name.value);
        }
      }
    }
  };
  const root = operation.operation === 'mutation' ? 'Mutation' : 'Query';
  fieldsOf(operation.selectionSet, root, (parent, field, sel) => {
    if (SKIPPED.has(field)) return;
    if (field === '_entities' && parent === 'Query' && sel)
      fieldsOf(sel, '_Entity', (type, f) => {
        if (!SKIPPED.has(f)) out.push({ parent: type, field: f });
      });
    else out.push({ parent, field });
  });
  return out;
}

/** Throws FORBIDDEN naming the first entry the partner's token does not cover. */
export function checkPartnerAccess(
  access: SubgraphAccess,
  principal: Principal,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): void {
  if (principal.actor.kind !== 'partner') return;
  for (const { parent, field } of entryFields(document, operation)) {
    const need = requirementOf(access, parent, field);
    if (need === ANY_PARTNER) continue;
    if (need === NO_PARTNER)
      throw requestError(ErrorCode.FORBIDDEN, `partner apps may not use ${parent}.${field}`, {
        field: `${parent}.${field}`,
      });
    if (!hasScope(principal, need))
      throw requestError(
        ErrorCode.FORBIDDEN,
        `this partner app lacks the scope ${need} (${parent}.${field})`,
        { field: `${parent}.${field}`, requiredScope: need },
      );
  }
}

/**
 * The partner half of the one auth check (roles stay with `@Authorized` and `authChecker`): once
 * per subgraph request, after Apollo parsed and validated it, never per field. Staff requests
 * pass through untouched.
 */
export function partnerAccessPlugin(access: SubgraphAccess): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const p = contextValue.principal;
          if (p?.actor.kind === 'partner' && operation) checkPartnerAccess(access, p, document, operation);
        },
      };
    },
  };
}
