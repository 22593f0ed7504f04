import { KeycloakAdmin } from './keycloak-admin';

/** Keycloak slows down past a few hundred realms: each new company goes to the emptiest cell. */
export function emptiestCell(cells: KeycloakAdmin[], companiesPerCell: Map<string, number>): KeycloakAdmin {
  return [...cells].sort(
    (a, b) => (companiesPerCell.get(a.cell.name) ?? 0) - (companiesPerCell.get(b.cell.name) ?? 0),
  )[0];
}
