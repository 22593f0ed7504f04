/**
 * A value a virtual entity's expression needs (such as `asOf`), taken from the where it is
 * queried with; filters wrap the caller's where in `$and`, so the parts are searched too.
 */
export function whereParam(where: unknown, key: string): unknown {
  if (!where || typeof where !== 'object') return undefined;
  const w = where as Record<string, unknown>;
  if (key in w) return w[key];
  for (const part of Array.isArray(w.$and) ? w.$and : []) {
    const v = whereParam(part, key);
    if (v !== undefined) return v;
  }
  return undefined;
}
