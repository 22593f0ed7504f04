import { testClock } from '@pm/testing';
import { SubgraphStarter } from './platform';
import { loadCustomersConfig } from '../../services/customers/src/config';
import { startCustomers } from '../../services/customers/src/server';
import { buildCustomersSchema } from '../../services/customers/src/schema';
import { loadTicketsConfig } from '../../services/tickets/src/config';
import { startTickets } from '../../services/tickets/src/server';
import { buildTicketsSchema } from '../../services/tickets/src/schema';
import { loadBillingConfig } from '../../services/billing/src/config';
import { startBilling } from '../../services/billing/src/server';
import { buildBillingSchema } from '../../services/billing/src/schema';
import { loadAppraisalConfig } from '../../services/appraisal/src/config';
import { startAppraisal } from '../../services/appraisal/src/server';
import { buildAppraisalSchema } from '../../services/appraisal/src/schema';

/** Domain subgraphs for cross-service tests, started in this process next to tenancy, on the test clock. */
export const customers: SubgraphStarter = {
  name: 'customers',
  start: async (env, log) => {
    const s = await startCustomers(loadCustomersConfig(env), log, { clock: testClock });
    return { url: s.http.url, sdl: (await buildCustomersSchema()).sdl, stop: s.stop };
  },
};

export const tickets: SubgraphStarter = {
  name: 'tickets',
  start: async (env, log) => {
    const s = await startTickets(loadTicketsConfig(env), log, { clock: testClock });
    return { url: s.http.url, sdl: (await buildTicketsSchema()).sdl, stop: s.stop };
  },
};

export const billing: SubgraphStarter = {
  name: 'billing',
  start: async (env, log) => {
    const s = await startBilling(loadBillingConfig(env), log, { clock: testClock });
    return { url: s.http.url, sdl: (await buildBillingSchema()).sdl, stop: s.stop };
  },
};

export const appraisal: SubgraphStarter = {
  name: 'appraisal',
  start: async (env, log) => {
    const s = await startAppraisal(loadAppraisalConfig(env), log, { clock: testClock });
    return { url: s.http.url, sdl: (await buildAppraisalSchema()).sdl, stop: s.stop };
  },
};

/** Polls until `probe` answers something truthy: projections fed by events are eventual. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
