import { createContext, useContext } from 'react';

/** The console's pages and the staff roles (libs/contracts StaffRole) that work in each. */
export const PAGES = {
  'front-desk': ['FRONT_DESK', 'PROPERTY_ASSISTANT', 'CS_SUPERVISOR', 'SITE_MANAGER'],
  // Shop inspections (R-CUS-15): those who inspect them, as the customers subgraph authorises.
  shops: ['FRONT_DESK', 'PROPERTY_ASSISTANT', 'CS_SUPERVISOR', 'SITE_MANAGER'],
  queue: ['TECHNICIAN', 'ENGINEERING_SUPERVISOR', 'SITE_MANAGER'],
  // Vacant-unit cleaning (R-TKT-16): the patrol roles and the property assistant, as tickets authorises.
  'vacant-cleaning': [
    'PROPERTY_ASSISTANT',
    'SECURITY',
    'SITE_MANAGER',
    'CS_SUPERVISOR',
    'ENGINEERING_SUPERVISOR',
  ],
  finance: ['FINANCE'],
  dashboard: ['HQ', 'ADMIN', 'SITE_MANAGER'],
  // Who checks others (R-APR-1) and decides appeals: appraisal's MANAGERS, and ADMIN.
  appraisal: ['SITE_MANAGER', 'CS_SUPERVISOR', 'ENGINEERING_SUPERVISOR', 'HQ', 'ADMIN'],
  admin: ['ADMIN', 'HQ'],
} as const;

export type Page = keyof typeof PAGES;

export const pagesFor = (roles: readonly string[]): Page[] =>
  (Object.keys(PAGES) as Page[]).filter((p) => PAGES[p].some((r) => roles.includes(r)));

const INTAKE = ['FRONT_DESK', 'PROPERTY_ASSISTANT', 'CS_SUPERVISOR', 'SITE_MANAGER'];
const FIELD = ['TECHNICIAN', 'ENGINEERING_SUPERVISOR'];

/**
 * Who may do what, as the subgraphs authorise it (tickets' ticket.roles.ts, the visit, dunning and
 * customer resolvers): the console offers a button only to those whose request would be accepted.
 * ADMIN passes everything there, so here too.
 */
export const ACTIONS = {
  registerCustomer: INTAKE,
  // Registering shops and their inspections, contracts and duct cleanings (customers' CUSTOMER_STAFF).
  manageShops: INTAKE,
  logTicket: INTAKE,
  recordVisit: ['PROPERTY_ASSISTANT', 'CS_SUPERVISOR', 'SITE_MANAGER', 'ENGINEERING_SUPERVISOR'],
  dispatch: ['ENGINEERING_SUPERVISOR', 'CS_SUPERVISOR', 'SITE_MANAGER'],
  quote: ['ENGINEERING_SUPERVISOR'],
  acceptQuote: [...INTAKE, ...FIELD],
  work: [...FIELD, 'CS_SUPERVISOR', 'PROPERTY_ASSISTANT', 'SECURITY', 'SITE_MANAGER'],
  runDunning: ['FINANCE'],
  recordDunningDelivery: ['FINANCE', 'PROPERTY_ASSISTANT', 'CS_SUPERVISOR', 'SITE_MANAGER'],
  proposeFeeChange: ['FINANCE', 'SITE_MANAGER'],
  approveFeeChange: ['SITE_MANAGER', 'HQ'],
  notifyFeeChange: ['FINANCE', 'SITE_MANAGER'],
  recordMeterReading: ['TECHNICIAN', 'FINANCE'],
  decideAppeals: ['SITE_MANAGER', 'HQ'],
} as const;

export type Action = keyof typeof ACTIONS;

export const can = (roles: readonly string[], action: Action): boolean =>
  roles.includes('ADMIN') || ACTIONS[action].some((r) => roles.includes(r));

export const RolesContext = createContext<readonly string[]>([]);

/** Whether the signed-in person may do `action`. */
export function useCan(): (action: Action) => boolean {
  const roles = useContext(RolesContext);
  return (action) => can(roles, action);
}
