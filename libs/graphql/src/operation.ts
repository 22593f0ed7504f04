import { Kind, OperationDefinitionNode, parse } from 'graphql';

/**
 * True when the request's operation selects only the given root fields (e.g. the public
 * sign-up). Unparseable requests are not public: execution reports the syntax error.
 */
export function selectsOnly(body: unknown, fields: string[]): boolean {
  const b = body as { query?: unknown; operationName?: unknown } | undefined;
  if (typeof b?.query !== 'string') return false;
  try {
    const doc = parse(b.query);
    const ops = doc.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const op =
      typeof b.operationName === 'string'
        ? ops.find((o) => o.name?.value === b.operationName)
        : ops.length === 1
          ? ops[0]
          : undefined;
    if (!op) return false;
    return op.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (fields.includes(s.name.value) || s.name.value === '__typename'),
    );
  } catch {
    return false;
  }
}
