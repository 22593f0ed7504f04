import { EntityName, FilterQuery } from '@mikro-orm/core';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { SnapshotPage, SnapshotSource } from '@pm/runtime';
import { systemContext } from '@pm/tenant-context';
import { Property } from '../property/property.entity';
import { Tenant } from '../tenant/tenant.entity';
import { Unit } from '../unit/unit.entity';

/**
 * Every company's rows of one entity, as the payloads of the event that created them, for a
 * consumer bootstrapping after the stream's max_age. Cursor `<tenant id>/<row id>`: companies in
 * id order, each one's rows in id order, each company read in its own transaction (RLS).
 */
function keyset<T extends { id: string; createdAt: Date }>(
  db: Database,
  entity: EntityName<T>,
  payload: (row: T) => unknown,
): SnapshotSource {
  return async (after, limit): Promise<SnapshotPage> => {
    const [afterTenant, afterId] = (after ?? '').split('/');
    if (after !== undefined && !(isUuid(afterTenant) && isUuid(afterId))) return { items: [] };
    const tenants = await db.platformTx((em) =>
      em.find(Tenant, after ? { id: { $gte: afterTenant } } : {}, { orderBy: { id: 'asc' }, fields: ['id'] }),
    );
    const page: SnapshotPage = { items: [] };
    for (const t of tenants) {
      const want = limit - page.items.length;
      const where = (t.id === afterTenant ? { id: { $gt: afterId } } : {}) as FilterQuery<T>;
      const rows = await db.tx(
        (em) => em.find(entity, where, { orderBy: { id: 'asc' } as never, limit: want }),
        systemContext(t.id),
      );
      for (const r of rows)
        page.items.push({ tenantId: t.id, payload: payload(r), occurredAt: r.createdAt.toISOString() });
      if (rows.length === want) {
        page.next = `${t.id}/${rows[rows.length - 1].id}`;
        return page;
      }
    }
    return page;
  };
}

/** Tenancy's snapshots: properties (property.created) and units (unit.created). */
export function tenancySnapshots(db: Database): Record<string, SnapshotSource> {
  return {
    [Events.propertyCreated.type]: keyset(db, Property, (p) => ({
      propertyId: p.id,
      name: p.name,
      kind: p.kind,
      timeZone: p.timeZone,
      address: p.address ?? undefined,
    })),
    [Events.unitCreated.type]: keyset(db, Unit, (u) => ({
      unitId: u.id,
      propertyId: u.property.id,
      building: u.building,
      number: u.number,
      areaSqm: u.areaSqm,
      kind: u.kind,
    })),
  };
}
