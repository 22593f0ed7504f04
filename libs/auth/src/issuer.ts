import { KeycloakCell } from '@pm/config';

/** Tenant realms are named `pm-<slug>`; any other realm (master included) is not a tenant. */
export const REALM_PREFIX = 'pm-';
export const realmForSlug = (slug: string) => `${REALM_PREFIX}${slug}`;

export interface Issuer {
  cell: KeycloakCell;
  realm: string;
}

export function parseIssuer(iss: unknown, cells: KeycloakCell[]): Issuer | undefined {
  if (typeof iss !== 'string') return undefined;
  for (const cell of cells) {
    const prefix = `${cell.url}/realms/`;
    if (!iss.startsWith(prefix)) continue;
    const realm = iss.slice(prefix.length);
    if (/^pm-[a-z0-9][a-z0-9-]{1,40}$/.test(realm)) return { cell, realm };
  }
  return undefined;
}
