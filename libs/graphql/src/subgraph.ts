import { writeFileSync } from 'fs';
import path from 'path';
import { GraphQLSchema, parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { NonEmptyArray, buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { authChecker } from './context';
import { guardIds, wellFormedReference } from './ids';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

export interface SubgraphOptions {
  resolvers: NonEmptyArray<Function>;
  /** Entities this subgraph only extends must be listed, or the gateway cannot reach their fields. */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  references?: Record<string, (ref: { id: string }, ctx: any) => unknown>;
  /** Entities keyed otherwise than by `id` (e.g. the company's KPIs by period): each checks its own key. */
  otherKeyReferences?: Record<string, (ref: Record<string, unknown>, ctx: any) => unknown>;
  /** Resolver instances built by the composition root (server.ts), with their services injected. */
  instances?: object[];
}

/** A resolver class the composition root did not build fails the start, not its first call. */
function checkInstances(resolvers: readonly Function[], instances: object[]): void {
  const missing = resolvers.filter((cls) => !instances.some((i) => i.constructor === cls));
  if (missing.length)
    throw new Error(`resolvers without an instance in server.ts: ${missing.map((c) => c.name).join(', ')}`);
}

/**
 * Root types have no class to carry a description; every subgraph sets the same text, so the
 * composed supergraph keeps it (the developer page and the description test read it there).
 */
const ROOT_DESCRIPTIONS = {
  Query:
    'Entry points for reading. Every field needs a bearer token of the company’s realm unless its description says otherwise; partner apps also need the OAuth scope of the data. Rule ids in descriptions (R-BIL-4, …) are the numbered rules of docs/domain-rules.md in the platform repository, listed on the developer page (/developers).',
  Mutation:
    'Entry points for changes. Each checks the caller’s roles (and a partner app’s scopes) and applies completely or not at all; bad input answers VALIDATION_FAILED with the fields at fault.',
};

/**
 * Appends who may call each root field, read from its `@Authorized` roles, to its description:
 * partners read it in the SDL and on the developer page, and it cannot drift from the check.
 * A field without `@Authorized` is left as it is (its description says what it needs).
 */
function describeCallers(schema: GraphQLSchema, resolvers: readonly Function[]): void {
  const storage = getMetadataStorage();
  const roots = [
    [schema.getQueryType(), storage.queries],
    [schema.getMutationType(), storage.mutations],
  ] as const;
  for (const [type, handlers] of roots) {
    if (!type) continue;
    const fields = type.getFields();
    for (const h of handlers) {
      const field = fields[h.schemaName];
      if (!field || !resolvers.includes(h.target)) continue;
      const auth = storage.authorizedFields.find(
        (a) => a.target === h.target && a.fieldName === h.methodName,
      );
      if (!auth) continue;
      const who = auth.roles.length
        ? `Roles: ${auth.roles.join(', ')}.`
        : 'Any signed-in staff member or partner app.';
      field.description = `${field.description ?? ''} ${who}`.trim();
    }
  }
}

const instanceOf = (instances: object[], cls: Function) => instances.find((i) => i.constructor === cls)!;

/** The one way to build a subgraph (type-graphql + @apollo/subgraph, federation v2). */
export async function buildSubgraph(o: SubgraphOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  if (o.instances) checkInstances(o.resolvers, o.instances);
  const base = await buildSchema({
    resolvers: o.resolvers,
    orphanedTypes: o.orphanedTypes,
    authChecker,
    authMode: 'error',
    skipCheck: true,
    // The contract's name for instants: `DateTime`, ISO-8601 with offset.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    container: o.instances ? { get: (cls: Function) => instanceOf(o.instances!, cls) } : undefined,
  });
  const query = base.getQueryType();
  const mutation = base.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.Query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
  describeCallers(base, o.resolvers);
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(base)}`;
  const resolvers = createResolversMap(base) as Record<string, any>;
  for (const [type, resolve] of Object.entries(o.references ?? {})) {
    resolvers[type] = { ...resolvers[type], __resolveReference: wellFormedReference(resolve) };
  }
  for (const [type, resolve] of Object.entries(o.otherKeyReferences ?? {}))
    resolvers[type] = { ...resolvers[type], __resolveReference: resolve };
  const schema = guardIds(buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }));
  return { schema, sdl };
}

/**
 * `emit-schema.ts` of every subgraph: writes `schema.graphql` (the committed artifact the
 * gateway composes, style rule 11) into `dir`; `--print` prints it instead.
 */
export function emitSchemaMain(build: () => Promise<{ sdl: string }>, dir: string): void {
  build().then(({ sdl }) => {
    if (process.argv.includes('--print')) process.stdout.write(sdl + '\n');
    else writeFileSync(path.join(dir, 'schema.graphql'), sdl + '\n');
  });
}
