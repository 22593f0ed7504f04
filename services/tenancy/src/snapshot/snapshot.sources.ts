import { Events } from '@pm/contracts';
import { Database } from '@pm/db';
import { SnapshotSource, keysetSnapshot } from '@pm/runtime';
import { Property } from '../property/property.entity';
import { Tenant } from '../tenant/tenant.entity';
import { Unit } from '../unit/unit.entity';

/**
 * Tenancy's snapshots: properties (property.created) and units (unit.created), every company's,
 * as the payloads of the events that created them. Tenancy holds the company registry itself.
 */
export function tenancySnapshots(db: Database): Record<string, SnapshotSource> {
  const tenants = async (from: string | undefined) =>
    (
      await db.platformTx((em) =>
        em.find(Tenant, from ? { id: { $gte: from } } : {}, { orderBy: { id: 'asc' }, fields: ['id'] }),
      )
    ).map((t) => t.id);
  return {
    [Events.propertyCreated.type]: keysetSnapshot({
      db,
      entity: Property,
      tenants,
      payload: (p) => ({
        propertyId: p.id,
        name: p.name,
        kind: p.kind,
        timeZone: p.timeZone,
        address: p.address ?? undefined,
      }),
    }),
    [Events.unitCreated.type]: keysetSnapshot({
      db,
      entity: Unit,
      tenants,
      payload: (u) => ({
        unitId: u.id,
        propertyId: u.property.id,
        building: u.building,
        number: u.number,
        areaSqm: u.areaSqm,
        kind: u.kind,
      }),
    }),
  };
}
