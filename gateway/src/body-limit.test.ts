import { MAX_IMPORT_BYTES } from '@pm/spreadsheets';
import { loadGatewayConfig } from './config';

describe('request body limit and the import limit (README, "API: spreadsheet imports")', () => {
  it('a file at the import limit, as base64 inside an operation, fits the default body limit', () => {
    const base64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
    const operation = 64 * 1024;
    expect(loadGatewayConfig({}).maxBodyBytes).toBeGreaterThan(base64 + operation);
  });
  it('is configurable and checked', () => {
    expect(loadGatewayConfig({ GRAPHQL_MAX_BODY_BYTES: '2000000' }).maxBodyBytes).toBe(2_000_000);
    expect(() => loadGatewayConfig({ GRAPHQL_MAX_BODY_BYTES: '10' })).toThrow(/GRAPHQL_MAX_BODY_BYTES/);
  });
});
