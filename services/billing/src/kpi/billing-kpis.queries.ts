/**
 * The expression of the PeriodCollection virtual entity: bills counted and summed per property
 * and period in the database (R-KPI-8) rather than hydrated; `em.findOne(PeriodCollection,
 * { propertyId, period })` adds the tenant filter and the property and period on the outside,
 * and PostgreSQL pushes them down into the grouping.
 */
export const PERIOD_COLLECTION = `
  select tenant_id, property_id, period, count(*)::int as bills,
         count(*) filter (where status = 'PAID')::int as paid_bills,
         sum(total_fen)::bigint as billed_fen, sum(paid_fen)::bigint as collected_fen
  from bills group by tenant_id, property_id, period`;
