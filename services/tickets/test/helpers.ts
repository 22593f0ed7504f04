import { Client } from 'pg';
import { gql, testDatabaseUrl } from '@pm/testing';
import { TicketsServer } from '../src/server';
import { FakeClock } from '@pm/time';
import { Platform, starter, startPlatform, until } from '@pm/testing/kit';

export const ADMIN_URL = testDatabaseUrl('tickets');

/** Tenancy + tickets + gateway in this process; the tickets clock is a FakeClock, the timer manual. */
export async function startTicketsPlatform(
  clock: FakeClock,
): Promise<{ p: Platform; tickets: () => TicketsServer }> {
  let server: TicketsServer | undefined;
  const p = await startPlatform({}, [
    starter<TicketsServer>('tickets', {
      env: { TICKETS_TIMER_INTERVAL_MS: '0' },
      options: { clock },
      onStart: (s) => (server = s),
    }),
  ]);
  return { p, tickets: () => server! };
}

export async function adminDb(): Promise<Client> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  return c;
}

/** Waits until the tickets service has seen the property (and staff) events. */
export async function waitForProjection(
  db: Client,
  propertyIds: string[],
  staffIds: string[] = [],
): Promise<void> {
  await until(
    'projections',
    async () => {
      const p = await db.query('select count(*)::int as n from tkt_properties where id = any($1::uuid[])', [
        propertyIds,
      ]);
      const s = await db.query('select count(*)::int as n from tkt_staff where id = any($1::uuid[])', [
        staffIds,
      ]);
      return p.rows[0].n === propertyIds.length && s.rows[0].n === staffIds.length;
    },
    30_000,
  );
}

export async function outboxEvents(db: Client, type: string, ticketIds: string[]): Promise<any[]> {
  const { rows } = await db.query(
    `select envelope from outbox where envelope->>'type' = $1 and envelope->'payload'->>'ticketId' = any($2::text[]) order by created_at`,
    [type, ticketIds],
  );
  return rows.map((r) => r.envelope);
}

export const TICKET_FIELDS = `id kind status createdAt chargesFen priceItemCode quoteState assigneeId propertyId
  timeline { action status actorId at } slaDeadlines { kind dueAt state }
  charges { code name quantity unitPriceFen amountFen }`;

export async function call(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return gql(url, query, variables, token);
}

export async function ok(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const r = await gql(url, query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}
