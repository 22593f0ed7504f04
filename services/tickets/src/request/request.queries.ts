import { EntityManager } from '@mikro-orm/postgresql';

export interface RequestCounts {
  channel: string;
  requests: number;
  answered: number;
  ticketed: number;
}

/*
 * Raw SQL, and why: the reply rate is grouped counts over a period of the register; loading every
 * line as an entity only to count it would read them all. Tenant by row-level security, site by
 * the property id the caller was checked for.
 */

/** Requests received in [from, to) at the property, by channel. */
export async function requestCounts(
  em: EntityManager,
  propertyId: string,
  from: Date,
  to: Date,
): Promise<RequestCounts[]> {
  const rows: Record<string, string | number>[] = await em.execute(
    `select channel, count(*)::int as requests,
       count(*) filter (where status = 'ANSWERED')::int as answered,
       count(ticket_id)::int as ticketed
     from customer_requests where property_id = ? and received_at >= ? and received_at < ?
     group by channel order by channel`,
    [propertyId, from, to],
  );
  return rows.map((r) => ({
    channel: String(r.channel),
    requests: Number(r.requests),
    answered: Number(r.answered),
    ticketed: Number(r.ticketed),
  }));
}
