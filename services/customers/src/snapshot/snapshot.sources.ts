import { FilterQuery } from '@mikro-orm/core';
import { Events } from '@pm/contracts';
import { Database, tenantsWithRows } from '@pm/db';
import { SnapshotSource, keysetSnapshot } from '@pm/runtime';
import { Clock, dateIn } from '@pm/time';
import { Sublet } from '../moveout/moveout.entity';
import { Occupancy } from '../occupancy/occupancy.entity';

/** The zone whose date is the earliest on Earth: a sublet ending before it has ended everywhere. */
const LAST_ZONE = 'Etc/GMT+12';

/**
 * Customers' snapshots, for a consumer added after the stream's max_age: who lives where now.
 * Only events that describe current state have one: a current occupancy as its
 * occupancy.started, a sublet still running as its sublet.registered. An ended occupancy needs
 * none (a consumer that never saw its start has nothing to end); move-out requests, accepted
 * renovations and survey answers are things that happened, not state to start from.
 */
export function customersSnapshots(db: Database, clock: Clock): Record<string, SnapshotSource> {
  return {
    [Events.occupancyStarted.type]: keysetSnapshot({
      db,
      entity: Occupancy,
      tenants: (from) => tenantsWithRows(db, 'occupancies', from),
      where: () => ({ endDate: null }),
      // The handover's meter readings are left out: they were true at the handover, and a
      // consumer learning the occupancy years later would meter from them.
      payload: (o) => ({
        occupancyId: o.id,
        customerId: o.customerId,
        unitId: o.unitId,
        propertyId: o.propertyId,
        kind: o.kind,
        startDate: o.startDate,
      }),
    }),
    [Events.subletRegistered.type]: keysetSnapshot({
      db,
      entity: Sublet,
      tenants: (from) => tenantsWithRows(db, 'sublets', from),
      where: (): FilterQuery<Sublet> => ({
        $or: [{ endDate: null }, { endDate: { $gte: dateIn(clock.now(), LAST_ZONE) } }],
      }),
      payload: (s) => ({
        subletId: s.id,
        unitId: s.unitId,
        propertyId: s.propertyId,
        ownerId: s.ownerId,
        lesseeId: s.lesseeId,
        startDate: s.startDate,
        endDate: s.endDate ?? undefined,
        feePayers: s.feePayers,
      }),
    }),
  };
}
