import { ArgsType, ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { validationFailed } from './errors';

/** Every subgraph returns connections, so federation must be told PageInfo is shared. */
@Directive('@shareable')
@ObjectType({ description: 'Where a page of a list ends and whether more follows.' })
export class PageInfo {
  @Field({ description: 'True when more items follow: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of this page, to pass as `after`; null on an empty page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** A promise when counting is a statement of its own, started only when the field is read. */
  totalCount: number | Promise<number>;
}

/** Relay connection types for a node type: `<Name>Connection` and `<Name>Edge`. */
export function connectionOf<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item: pass it as `after` to read the items after it.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name} of this edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `One page of ${name} items (Relay connection: \`first\` items after the cursor \`after\`).`,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in list order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page ends and whether more follows.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list, all pages together.' })
    totalCount!: number;
  }
  return ConnectionType as ClassType<ConnectionShape<T>>;
}

export const MAX_PAGE = 200;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Cursors are opaque to callers; inside they are the node's time-ordered (v7) id. */
/** `first` / `after` of every connection field (`@Args() page: PageArgsInput`). */
@ArgsType()
export class PageArgsInput implements PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size: 1–${MAX_PAGE} items, default 50.` })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item already read (PageInfo.endCursor); absent for the first page.',
  })
  after?: string;
}

export function decodePage(args: PageArgs): { limit: number; afterId?: string } {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw validationFailed(`first must be between 1 and ${MAX_PAGE}`, [
      { field: 'first', message: `1..${MAX_PAGE}` },
    ]);
  if (!args.after) return { limit: first };
  const afterId = Buffer.from(args.after, 'base64url').toString();
  if (!/^[0-9a-f-]{36}$/.test(afterId))
    throw validationFailed('after is not a cursor of this list', [{ field: 'after', message: 'bad cursor' }]);
  return { limit: first, afterId };
}

export function toConnection<T extends { id: string }>(
  rows: T[],
  limit: number,
  totalCount: number | (() => Promise<number>),
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: Buffer.from(node.id).toString('base64url'), node }));
  const connection = {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
  // A count function runs only if the client selected totalCount: GraphQL reads the field then.
  return typeof totalCount === 'function'
    ? Object.defineProperty(connection as ConnectionShape<T>, 'totalCount', {
        get: totalCount,
        enumerable: true,
      })
    : { ...connection, totalCount };
}
