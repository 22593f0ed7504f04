import { KeycloakAdmin } from './keycloak-admin';
import { placeCompany } from './cells';

const cell = (name: string) => new KeycloakAdmin({ name, url: `http://${name}:8080` }, 'admin', 'admin');
const counts = (entries: [string, number][]) => new Map(entries);

describe('Keycloak cell placement', () => {
  const cells = [cell('a'), cell('b'), cell('c')];

  it('puts a new company on the cell hosting the fewest companies', () => {
    const p = placeCompany(
      cells,
      counts([
        ['a', 250],
        ['b', 120],
        ['c', 240],
      ]),
      300,
    );
    expect([p.admin.cell.name, p.overflow]).toEqual(['b', false]);
    expect(
      placeCompany(
        cells,
        counts([
          ['a', 1],
          ['b', 1],
        ]),
        300,
      ).admin.cell.name,
    ).toBe('c');
  });

  it('on equal counts takes the cell listed first', () => {
    expect(placeCompany(cells, counts([]), 300).admin.cell.name).toBe('a');
  });

  it('never places on a full cell while another has room', () => {
    const full = placeCompany(
      [cell('a'), cell('b')],
      counts([
        ['a', 3],
        ['b', 2],
      ]),
      3,
    );
    expect([full.admin.cell.name, full.overflow]).toEqual(['b', false]);
  });

  it('when every cell is full, overflows onto the emptiest and says so', () => {
    const p = placeCompany(
      cells,
      counts([
        ['a', 301],
        ['b', 300],
        ['c', 305],
      ]),
      300,
    );
    expect([p.admin.cell.name, p.overflow]).toEqual(['b', true]);
  });
});
