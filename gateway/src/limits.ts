import {
  ArgumentNode,
  DocumentNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';

export interface Measure {
  depth: number;
  cost: number;
}

const DEFAULT_PAGE = 50;

function pageSize(args: readonly ArgumentNode[] | undefined, vars: Record<string, unknown>): number {
  const first = args?.find((a) => a.name.value === 'first');
  if (!first) return 1;
  const v: ValueNode = first.value;
  const n =
    v.kind === Kind.INT
      ? Number(v.value)
      : v.kind === Kind.VARIABLE
        ? Number(vars[v.name.value] ?? DEFAULT_PAGE)
        : DEFAULT_PAGE;
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_PAGE;
}

/**
 * Depth and a cost estimate of an operation before it is planned: every field costs 1,
 * times the page sizes (`first`) of the lists above it, so one nested query cannot ask
 * for millions of rows across subgraphs.
 */
export function measure(
  doc: DocumentNode,
  op: OperationDefinitionNode,
  vars: Record<string, unknown> = {},
): Measure {
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  let depth = 0;
  let cost = 0;
  const walk = (set: SelectionSetNode, level: number, multiplier: number, seen: Set<string>) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        depth = Math.max(depth, level);
        cost += multiplier;
        if (s.selectionSet) walk(s.selectionSet, level + 1, multiplier * pageSize(s.arguments, vars), seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet, level, multiplier, seen);
      } else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value))
          walk(f.selectionSet, level, multiplier, new Set([...seen, f.name.value]));
      }
    }
  };
  walk(op.selectionSet, 1, 1, new Set());
  return { depth, cost };
}
