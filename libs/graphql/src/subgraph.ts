import { GraphQLSchema, parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { NonEmptyArray, buildSchema, createResolversMap } from 'type-graphql';
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
  /** Resolver instances built by the composition root (server.ts), with their services injected. */
  instances?: object[];
}

/** The one way to build a subgraph (type-graphql + @apollo/subgraph, federation v2). */
export async function buildSubgraph(o: SubgraphOptions): Promise<{ schema: GraphQLSchema; sdl: string }> {
  const base = await buildSchema({
    resolvers: o.resolvers,
    orphanedTypes: o.orphanedTypes,
    authChecker,
    authMode: 'error',
    skipCheck: true,
    // The contract's name for instants: `DateTime`, ISO-8601 with offset.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    container: o.instances
      ? {
          get: (cls: Function) =>
            o.instances!.find((i) => i.constructor === cls) ?? new (cls as new () => object)(),
        }
      : undefined,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(base)}`;
  const resolvers = createResolversMap(base) as Record<string, any>;
  for (const [type, resolve] of Object.entries(o.references ?? {})) {
    resolvers[type] = { ...resolvers[type], __resolveReference: wellFormedReference(resolve) };
  }
  const schema = guardIds(buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }));
  return { schema, sdl };
}
