import { EntityManager } from '@mikro-orm/postgresql';
import { OccupancyProjection } from '../projection/projection.entities';
import { OccupancySpan } from './vacant-cleaning.rules';

/*
 * Raw SQL, and why: the due list needs each unit's latest cleaning, not every cleaning of years
 * of half months. Tenant by row-level security, site by the property id the caller was checked for.
 */

/** The property's occupancies by unit (or one unit's). */
export async function occupancySpans(
  em: EntityManager,
  propertyId: string,
  unitId?: string,
): Promise<Map<string, OccupancySpan[]>> {
  const rows = await em.find(OccupancyProjection, unitId ? { propertyId, unitId } : { propertyId }, {
    fields: ['unitId', 'startDate', 'endDate'],
  });
  const byUnit = new Map<string, OccupancySpan[]>();
  for (const r of rows) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
  return byUnit;
}

/** Each unit's latest cleaning on or before `date`: one row per unit, not the whole history. */
export async function lastCleanings(
  em: EntityManager,
  propertyId: string,
  date: string,
): Promise<Map<string, string>> {
  const rows: { unit_id: string; last: string }[] = await em.execute(
    `select unit_id, max(cleaned_on)::text as last from vacant_cleanings
      where property_id = ? and cleaned_on <= ? group by unit_id`,
    [propertyId, date],
  );
  return new Map(rows.map((r) => [r.unit_id, r.last]));
}
