import { EntityManager } from '@mikro-orm/postgresql';

export interface ComplaintRow {
  category: string;
  department: string;
  severity: string;
  complaints: number;
  timely: number;
}

/*
 * Raw SQL, and why: the analysis is grouped counts over a month of a property's complaints;
 * loading every complaint and its deadlines as entities only to count them would read them all.
 * Tenant by row-level security, site by the property id the caller was checked for.
 */

/** Complaints filed in [from, to) at the property (merged duplicates left out), grouped. */
export async function complaintRows(
  em: EntityManager,
  propertyId: string,
  from: Date,
  to: Date,
): Promise<ComplaintRow[]> {
  const rows: Record<string, string | number>[] = await em.execute(
    `select coalesce(category, 'OTHER') as category, coalesce(department, 'CUSTOMER_SERVICE') as department,
       severity, count(*)::int as complaints,
       count(*) filter (where status = 'COMPLETED' and not exists
         (select 1 from sla_deadlines d where d.ticket_id = t.id and d.state = 'BREACHED'))::int as timely
     from tickets t
     where property_id = ? and kind = 'COMPLAINT' and status <> 'MERGED' and created_at >= ? and created_at < ?
     group by 1, 2, 3 order by 1, 2, 3`,
    [propertyId, from, to],
  );
  return rows.map((r) => ({
    category: String(r.category),
    department: String(r.department),
    severity: String(r.severity),
    complaints: Number(r.complaints),
    timely: Number(r.timely),
  }));
}

/** Customers with at least `min` complaints filed in [from, to) at the property, most first. */
export async function repeatComplainers(
  em: EntityManager,
  propertyId: string,
  from: Date,
  to: Date,
  min: number,
): Promise<{ customerId: string; complaints: number }[]> {
  const rows: Record<string, string | number>[] = await em.execute(
    `select customer_id, count(*)::int as complaints from tickets
     where property_id = ? and kind = 'COMPLAINT' and customer_id is not null and created_at >= ? and created_at < ?
     group by customer_id having count(*) >= ? order by 2 desc, 1`,
    [propertyId, from, to, min],
  );
  return rows.map((r) => ({ customerId: String(r.customer_id), complaints: Number(r.complaints) }));
}
