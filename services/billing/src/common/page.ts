import { EntityName, FilterQuery } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Field, Int } from 'type-graphql';
import { ConnectionShape, PageArgs, decodePage, toConnection } from '@pm/graphql';

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: 'Page size: 1–200 items, default 50.' })
  first?: number;
  @Field({
    nullable: true,
    description: 'Cursor of the last item already read (PageInfo.endCursor); absent for the first page.',
  })
  after?: string;
}

/** One page of a list by time-ordered id, with the count of the whole list (the cursor does not narrow it). */
export async function findPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  page: PageArgs,
): Promise<ConnectionShape<T>> {
  const { limit, afterId } = decodePage(page);
  const totalCount = await em.count(entity, where);
  const after = (afterId ? { id: { $gt: afterId } } : {}) as FilterQuery<T>;
  const rows = await em.find(entity, { $and: [where, after] } as FilterQuery<T>, {
    orderBy: { id: 'asc' } as never,
    limit: limit + 1,
  });
  return toConnection(rows, limit, totalCount);
}
