import {
  GraphQLFieldResolver,
  GraphQLInputType,
  GraphQLSchema,
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { isUuid } from '@pm/contracts';
import { notFound, validationFailed } from './errors';

/** Every id the platform issues is a UUID (v7 for rows, v4 for Keycloak users). */
export const isWellFormedId = (v: unknown): boolean => typeof v === 'string' && isUuid(v);

/** Finds the path of the first malformed `ID` in a value of `type`, or undefined. */
type IdCheck = (value: unknown, path: string) => string | undefined;

function checkerFor(type: GraphQLInputType, building = new Set<string>()): IdCheck | null {
  const t = getNullableType(type) as GraphQLInputType;
  if (isScalarType(t))
    return t.name === 'ID' ? (v, p) => (v == null || isWellFormedId(v) ? undefined : p) : null;
  if (isListType(t)) {
    const item = checkerFor(t.ofType, building);
    if (!item) return null;
    return (v, p) => {
      if (!Array.isArray(v)) return v == null ? undefined : item(v, p);
      for (let i = 0; i < v.length; i++) {
        const bad = item(v[i], `${p}[${i}]`);
        if (bad) return bad;
      }
      return undefined;
    };
  }
  // A self-referencing input (none today) is checked down to its first repetition.
  if (!isInputObjectType(t) || building.has(t.name)) return null;
  building.add(t.name);
  const fields = Object.values(t.getFields())
    .map((f) => ({ name: f.name, check: checkerFor(f.type, building) }))
    .filter((f): f is { name: string; check: IdCheck } => f.check !== null);
  building.delete(t.name);
  if (!fields.length) return null;
  return (v, p) => {
    if (v == null || typeof v !== 'object') return undefined;
    for (const f of fields) {
      const bad = f.check((v as Record<string, unknown>)[f.name], `${p}.${f.name}`);
      if (bad) return bad;
    }
    return undefined;
  };
}

/**
 * A malformed id can name nothing, so it is answered before any resolver (or SQL uuid cast)
 * sees it: a query answers `null`, or NOT_FOUND where its type cannot be null; a mutation
 * answers VALIDATION_FAILED naming the argument. `buildSubgraph` applies it to every root
 * field of every subgraph (and `wellFormedReference` to every reference resolver), so a new
 * field is covered without thought.
 */
export function guardIds(schema: GraphQLSchema): GraphQLSchema {
  for (const [root, kind] of [
    [schema.getQueryType(), 'query'],
    [schema.getMutationType(), 'mutation'],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const checks = field.args
        .map((a) => ({ name: a.name, check: checkerFor(a.type) }))
        .filter((a): a is { name: string; check: IdCheck } => a.check !== null);
      if (!checks.length) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      const nullable = !isNonNullType(field.type);
      field.resolve = (source, args, ctx, info) => {
        for (const a of checks) {
          const bad = a.check(args[a.name], a.name);
          if (!bad) continue;
          if (kind === 'mutation')
            throw validationFailed(`${bad} is not a valid id`, [{ field: bad, message: 'not a valid id' }]);
          if (nullable) return null;
          throw notFound(`${bad} "${String(pathValue(args, bad))}"`);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

/** A reference (`_entities`) with a malformed id resolves to null without reaching the resolver. */
export const wellFormedReference =
  <R extends { id: string }, C>(resolve: (ref: R, ctx: C) => unknown) =>
  (ref: R, ctx: C) =>
    isWellFormedId(ref.id) ? resolve(ref, ctx) : null;

function pathValue(args: Record<string, unknown>, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((k) => k !== undefined && k !== '')
    .reduce<unknown>((v, k) => (v == null ? v : (v as Record<string, unknown>)[k]), args);
}
