import { EntityData, EntityName, UpsertOptions } from '@mikro-orm/core';
import { EventContract, EventEnvelope, Infer, Shape } from '@pm/contracts';
import { TenantOwned, stampTenant } from '@pm/db';
import { EventHandler } from './consumer';

/**
 * A handler that keeps a service's own copy of another service's row (a property, a unit, a
 * staff member) from its events: one upsert, so a replay of the whole stream by a new durable
 * consumer is cheap and idempotent. `merge` names the fields a later event overwrites; without
 * it the first write stands (the row never changes at its source).
 */
export function projectionHandler<S extends Shape, E extends object>(o: {
  name: string;
  contract: EventContract<S>;
  entity: EntityName<E>;
  row: (payload: Infer<S>, envelope: EventEnvelope<Infer<S>>) => EntityData<E>;
  merge?: (keyof E & string)[];
}): EventHandler<S> {
  const options = (
    o.merge ? { onConflictMergeFields: o.merge } : { onConflictAction: 'ignore' }
  ) as UpsertOptions<E>;
  return {
    name: o.name,
    contract: o.contract,
    async handle(em, payload, envelope) {
      await em.upsert(o.entity, o.row(payload, envelope), options);
    },
    /**
     * One statement for the lot (not `upsertMany`, which reads every row back). Rows of one key are folded first (a statement cannot touch a
     * row twice) the way one upsert after another would leave them: the first write stands, and
     * with `merge` a later event's merge fields overwrite it.
     */
    async handleMany(em, events) {
      const keys = em.getMetadata(o.entity).primaryKeys;
      const rows = new Map<string, EntityData<E>>();
      for (const { payload, envelope } of events) {
        const row = o.row(payload, envelope) as Record<string, unknown>;
        const key = JSON.stringify(keys.map((k) => row[k]));
        const first = rows.get(key) as Record<string, unknown> | undefined;
        if (!first) rows.set(key, row as EntityData<E>);
        else for (const f of o.merge ?? []) if (f in row) first[f] = row[f];
      }
      for (const row of rows.values()) stampTenant(row as Partial<TenantOwned>);
      const qb = em
        .createQueryBuilder(o.entity)
        .insert([...rows.values()] as never)
        .onConflict(keys as never);
      await (o.merge ? qb.merge(o.merge as never) : qb.ignore()).execute('run');
    },
  };
}
