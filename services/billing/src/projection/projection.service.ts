import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_TIME_ZONE } from '@pm/time';
import { PropertyProjection, UnitProjection } from './projection.entity';

export const findUnit = (em: EntityManager, id: string) => em.findOne(UnitProjection, id);

/**
 * The unit, its row locked for the transaction: one writer per unit at a time, so a check
 * against the unit's last reading sees the last reading.
 */
export const lockUnit = (em: EntityManager, id: string) =>
  em.findOne(UnitProjection, id, { lockMode: LockMode.PESSIMISTIC_WRITE });

/** The property, its row locked: one fee-schedule change or bill-run start per property at a time. */
export const lockProperty = (em: EntityManager, id: string) =>
  em.findOne(PropertyProjection, id, { lockMode: LockMode.PESSIMISTIC_WRITE });

export const propertyKnown = async (em: EntityManager, id: string) =>
  !!(await em.findOne(PropertyProjection, id));

/** Each property's own zone (from property.created), for the ids billing has heard of. */
export async function propertyTimeZones(em: EntityManager, ids: string[]) {
  const found = ids.length ? await em.find(PropertyProjection, { id: { $in: [...new Set(ids)] } }) : [];
  return new Map(found.map((p) => [p.id, p.timeZone]));
}

/** The property's own zone (from property.created), else `fallback`. */
export async function propertyTimeZone(em: EntityManager, id: string | null, fallback?: string) {
  const p = id ? await em.findOne(PropertyProjection, id) : null;
  return p?.timeZone || fallback || DEFAULT_TIME_ZONE;
}
