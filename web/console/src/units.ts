import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from './gql';

export const SITE_UNITS = graphql(`
  query SiteUnits {
    properties(first: 10) {
      edges {
        node {
          id
          name
          timeZone
          units(first: 200) {
            edges {
              node {
                id
                building
                number
                kind
              }
            }
          }
        }
      }
    }
  }
`);

export interface SiteUnit {
  id: string;
  building: string;
  number: string;
  propertyId: string;
  propertyName: string;
  timeZone: string;
}

/** "3栋1203", "3-1203", "3 栋 1203号" and "31203" all name building 3, unit 1203. */
export const unitKey = (s: string) => s.toLowerCase().replace(/[\s\-#号栋幢座楼单元室]/g, '');

/** The units of the caller's properties (a site has a few hundred), searched in the browser. */
export function useSiteUnits() {
  const q = useQuery(SITE_UNITS);
  const units = useMemo<SiteUnit[]>(
    () =>
      (q.data?.properties.edges ?? []).flatMap(({ node: p }) =>
        p.units.edges.map(({ node: u }) => ({
          id: u.id,
          building: u.building,
          number: u.number,
          propertyId: p.id,
          propertyName: p.name,
          timeZone: p.timeZone,
        })),
      ),
    [q.data],
  );
  return { units, loading: q.loading, error: q.error };
}
