import { KeycloakAdmin } from './keycloak-admin';

export interface Placement {
  admin: KeycloakAdmin;
  /** Every cell already holds `realmsPerCell` companies: the new one overflows (add a cell). */
  overflow: boolean;
}

/**
 * Keycloak slows down as a cell fills with realms (deploy/README-deploy.md, "Keycloak cells"): a
 * new company goes to the emptiest cell below `realmsPerCell` (KEYCLOAK_REALMS_PER_CELL, measured by
 * bench/realms.mjs). When every cell is full the sign-up still succeeds on the emptiest cell, marked
 * as overflow so that operators are told to add a cell: refusing companies is worse than a slower cell.
 */
export function placeCompany(
  cells: KeycloakAdmin[],
  companiesPerCell: Map<string, number>,
  realmsPerCell: number,
): Placement {
  const count = (c: KeycloakAdmin) => companiesPerCell.get(c.cell.name) ?? 0;
  // Stable sort: on equal counts the cell listed first in KEYCLOAK_CELLS wins.
  const byCount = [...cells].sort((a, b) => count(a) - count(b));
  const withRoom = byCount.find((c) => count(c) < realmsPerCell);
  return withRoom ? { admin: withRoom, overflow: false } : { admin: byCount[0], overflow: true };
}
