/** The console's pages and the staff roles (libs/contracts StaffRole) that work in each. */
export const PAGES = {
  'front-desk': ['FRONT_DESK', 'PROPERTY_ASSISTANT', 'CS_SUPERVISOR', 'SITE_MANAGER'],
  queue: ['TECHNICIAN', 'ENGINEERING_SUPERVISOR', 'SITE_MANAGER'],
  finance: ['FINANCE'],
  dashboard: ['HQ', 'ADMIN', 'SITE_MANAGER'],
  admin: ['ADMIN', 'HQ'],
} as const;

export type Page = keyof typeof PAGES;

export const pagesFor = (roles: readonly string[]): Page[] =>
  (Object.keys(PAGES) as Page[]).filter((p) => PAGES[p].some((r) => roles.includes(r)));
