import { KeycloakAdmin } from './keycloak-admin';
import { emptiestCell } from './cells';

const cell = (name: string) => new KeycloakAdmin({ name, url: `http://${name}:8080` }, 'admin', 'admin');

describe('Keycloak cell placement', () => {
  it('puts a new company on the cell hosting the fewest companies', () => {
    const cells = [cell('a'), cell('b'), cell('c')];
    expect(
      emptiestCell(
        cells,
        new Map([
          ['a', 400],
          ['b', 120],
          ['c', 380],
        ]),
      ).cell.name,
    ).toBe('b');
    expect(
      emptiestCell(
        cells,
        new Map([
          ['a', 1],
          ['b', 1],
        ]),
      ).cell.name,
    ).toBe('c');
  });
});
