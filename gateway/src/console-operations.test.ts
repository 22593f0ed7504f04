import { readFileSync } from 'fs';
import path from 'path';
import { DocumentNode, GraphQLError, Kind, print } from 'graphql';
import { KNOWN_OPERATIONS } from '@pm/contracts';
import { loadGatewayConfig } from './config';
import { SupergraphCosts } from './cost';
import { OperationGuard } from './limits';
import * as generated from '../../web/console/src/gql/graphql';
import { KPI_REPORT_QUERY } from '../../services/appraisal/src/kpi-report/kpi-report.gateway';

// The console's operations (generated from the supergraph by graphql-codegen) must pass the
// gateway's default limits: a screen whose query is refused as QUERY_TOO_COMPLEX is a broken screen.
const guard = new OperationGuard(
  new SupergraphCosts(readFileSync(path.resolve(__dirname, '../supergraph.graphql'), 'utf8')),
  loadGatewayConfig({}),
);

const operations = Object.entries(generated).filter(
  (e): e is [string, DocumentNode] =>
    typeof e[1] === 'object' &&
    (e[1] as DocumentNode).kind === Kind.DOCUMENT &&
    (e[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
);

describe('the staff console’s operations within the gateway’s limits', () => {
  it('finds the console’s operations', () => expect(operations.length).toBeGreaterThanOrEqual(8));

  it('names every console operation in KNOWN_OPERATIONS (its own label on the request metrics)', () => {
    const names = operations.flatMap(([, doc]) =>
      doc.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])),
    );
    expect(names.filter((n) => !KNOWN_OPERATIONS.includes(n))).toEqual([]);
  });

  it.each(operations)('%s', (_, doc) => {
    const variables = {
      period: '2026-11',
      id: '00000000-0000-4000-8000-000000000000',
      name: 'x',
      propertyId: 'x',
    };
    try {
      expect(guard.check({ query: print(doc), variables })!.cost).toBeLessThanOrEqual(
        loadGatewayConfig({}).maxCost,
      );
    } catch (e) {
      throw new Error(`${(e as GraphQLError).message} ${JSON.stringify((e as GraphQLError).extensions)}`);
    }
  });

  it('appraisal’s KpiReport (exportKpiReport reads the dashboard’s figures with it) is known and within the limits', () => {
    expect(KNOWN_OPERATIONS).toContain('KpiReport');
    const variables = { period: '2026-11', after: null, company: true };
    expect(guard.check({ query: KPI_REPORT_QUERY, variables })!.cost).toBeLessThanOrEqual(
      loadGatewayConfig({}).maxCost,
    );
  });
});
