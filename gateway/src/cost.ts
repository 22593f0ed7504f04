import {
  ConstArgumentNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  buildASTSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  ArgumentNode,
} from 'graphql';

/**
 * Weights of the cost model (docs/api-contract.md, "Operation limits"). A scalar is cheap; what
 * costs is a database query (every root field is one) and a fetch from another subgraph (every
 * field whose owner differs from its parent's), and both repeat for each object of a list above.
 */
export const WEIGHTS = {
  /** A field resolved from its parent's row: a scalar, an object, `__typename`. */
  field: 1,
  /** A root field: a transaction with its own queries in a subgraph. */
  rootField: 25,
  /** A field another subgraph resolves: one `_entities` fetch per occurrence… */
  crossFetch: 10,
  /** …plus a row to look up there for every parent object. */
  crossEntity: 2,
  /** Introspection (`__schema`, `__type`): fixed, its subtree is not walked. */
  introspection: 100,
};

/** A connection's page when `first` is absent: the subgraphs' default page (libs/graphql connection.ts). */
export const DEFAULT_PAGE = 50;

/**
 * Lists without `first`: the most rows each can return, as documented in docs/api-contract.md.
 * A list not named here counts as NESTED_LIST_MAX (a bill's lines, a ticket's timeline).
 */
export const LIST_MAXIMA: Record<string, number> = {
  'Query.arrears': 1000,
  'Query.deposits': 1000,
  'Query.rankings': 500,
  'Query.missedChecks': 500,
  'Query.overdueArchiveLoans': 500,
  'Query.checksDue': 200,
  'Query.suggestedFindings': 200,
  'Query.priceList': 200,
  'Query.staffMembers': 200,
  'Query.policyHistory': 100,
};
export const NESTED_LIST_MAX = 20;

/** Which subgraphs resolve each field, read from the supergraph's `@join__*` directives. */
export class SupergraphCosts {
  readonly schema: GraphQLSchema;
  private owners = new Map<string, ReadonlySet<string>>();

  constructor(supergraphSdl: string) {
    this.schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true, assumeValid: true });
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      const typeGraphs = graphsOf(type.astNode?.directives, 'join__type');
      for (const ext of type.extensionASTNodes) typeGraphs.push(...graphsOf(ext.directives, 'join__type'));
      for (const field of Object.values(type.getFields())) {
        const own = graphsOf(field.astNode?.directives, 'join__field', true);
        this.owners.set(`${type.name}.${field.name}`, new Set(own.length ? own : typeGraphs));
      }
    }
  }

  ownersOf(type: string, field: string): ReadonlySet<string> | undefined {
    return this.owners.get(`${type}.${field}`);
  }

  /** The cost of one operation with its variables (page sizes may be variables). */
  cost(doc: DocumentNode, op: OperationDefinitionNode, vars: Record<string, unknown> = {}): number {
    const fragments = new Map(
      doc.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    const root = op.operation === 'mutation' ? this.schema.getMutationType() : this.schema.getQueryType();
    if (!root) return 0;
    let cost = 0;
    /**
     * `page` is set inside a connection (a field with `first`): its `edges`/`nodes` run for that
     * many objects; the connection's own fields (`totalCount`, `pageInfo`) once.
     */
    const walk = (
      set: SelectionSetNode,
      typeName: string,
      multiplier: number,
      graphs: ReadonlySet<string> | undefined,
      page: number | undefined,
      seen: ReadonlySet<string>,
    ) => {
      for (const s of set.selections) {
        if (s.kind === Kind.INLINE_FRAGMENT) {
          walk(s.selectionSet, s.typeCondition?.name.value ?? typeName, multiplier, graphs, page, seen);
          continue;
        }
        if (s.kind === Kind.FRAGMENT_SPREAD) {
          const f = fragments.get(s.name.value);
          if (f && !seen.has(f.name.value))
            walk(
              f.selectionSet,
              f.typeCondition.name.value,
              multiplier,
              graphs,
              page,
              new Set([...seen, f.name.value]),
            );
          continue;
        }
        const name = s.name.value;
        if (name === '__schema' || name === '__type') {
          cost += WEIGHTS.introspection;
          continue;
        }
        cost += WEIGHTS.field * multiplier;
        if (!graphs && name !== '__typename') cost += WEIGHTS.rootField;
        const field = this.field(typeName, name);
        if (!field || !s.selectionSet) continue;
        const child = getNamedType(field.type);
        if (!isCompositeType(child)) continue;
        const owners = this.ownersOf(typeName, name);
        let here = graphs;
        if (!graphs) here = owners;
        else if (owners && owners.size && ![...owners].some((g) => graphs.has(g))) {
          cost += WEIGHTS.crossFetch + WEIGHTS.crossEntity * multiplier;
          here = owners;
        }
        if (field.args.some((a) => a.name === 'first')) {
          walk(s.selectionSet, child.name, multiplier, here, pageSize(s.arguments, vars), seen);
          continue;
        }
        let fanOut = 1;
        if (isListType(getNullableType(field.type)))
          fanOut =
            page !== undefined && (name === 'edges' || name === 'nodes')
              ? page
              : (LIST_MAXIMA[`${typeName}.${name}`] ?? NESTED_LIST_MAX);
        walk(s.selectionSet, child.name, multiplier * fanOut, here, undefined, seen);
      }
    };
    walk(op.selectionSet, root.name, 1, undefined, undefined, new Set());
    return cost;
  }

  private field(typeName: string, name: string): GraphQLField<unknown, unknown> | undefined {
    const t = this.schema.getType(typeName);
    return t && (isObjectType(t) || isInterfaceType(t)) ? t.getFields()[name] : undefined;
  }
}

function graphsOf(
  directives: readonly { name: { value: string }; arguments?: readonly ConstArgumentNode[] }[] | undefined,
  name: string,
  skipExternal = false,
): string[] {
  const out: string[] = [];
  for (const d of directives ?? []) {
    if (d.name.value !== name) continue;
    const arg = (n: string) => d.arguments?.find((a) => a.name.value === n)?.value;
    const graph = arg('graph');
    const external = arg('external');
    if (skipExternal && external?.kind === Kind.BOOLEAN && external.value) continue;
    if (graph?.kind === Kind.ENUM) out.push(graph.value);
  }
  return out;
}

/** The page a connection field asks for: `first` as a literal or a variable, else the default page. */
export function pageSize(args: readonly ArgumentNode[] | undefined, vars: Record<string, unknown>): number {
  const first = args?.find((a) => a.name.value === 'first');
  if (!first) return DEFAULT_PAGE;
  const v = first.value;
  const n =
    v.kind === Kind.INT
      ? Number(v.value)
      : v.kind === Kind.VARIABLE
        ? Number(vars[v.name.value] ?? DEFAULT_PAGE)
        : DEFAULT_PAGE;
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_PAGE;
}
