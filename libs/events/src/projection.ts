import { EntityData, EntityName, UpsertOptions } from '@mikro-orm/core';
import { EventContract, EventEnvelope, Infer, Shape } from '@pm/contracts';
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
  return {
    name: o.name,
    contract: o.contract,
    async handle(em, payload, envelope) {
      const options = (
        o.merge ? { onConflictMergeFields: o.merge } : { onConflictAction: 'ignore' }
      ) as UpsertOptions<E>;
      await em.upsert(o.entity, o.row(payload, envelope), options);
    },
  };
}
