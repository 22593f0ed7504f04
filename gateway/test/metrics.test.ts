import { MetricLabels, gql, metricSeries, metricValue, scrapeMetrics } from '@pm/testing';
import {
  Company,
  Platform,
  billing,
  createProperty,
  removeCompanies,
  signUpCompany,
  startPlatform,
  until,
} from '@pm/testing/kit';

/**
 * `/metrics` of the running gateway and subgraphs (Prometheus text) moves with requests and
 * events: request counts by known operation and tenant, refused tokens by reason, cache
 * lookups, the relay's published rows, a consumer's applied events and the backbone's gauges.
 */
const scrape = (url: string) => scrapeMetrics(url);
const value = metricValue;
const has = (text: string, name: string, labels: MetricLabels = {}) =>
  metricSeries(text, name, labels).length > 0;

describe('/metrics on the gateway and every subgraph', () => {
  let p: Platform;
  let a: Company;

  beforeAll(async () => {
    p = await startPlatform({}, [billing]);
    a = await signUpCompany(p.gatewayUrl);
  }, 120_000);
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('counts requests by known operation, tenant and outcome; unknown names are "other"', async () => {
    const before = await scrape(p.gatewayUrl);
    const known = { service: 'gateway', operation: 'AdminProperties', tenant: a.tenantId, outcome: 'ok' };
    const q = `query AdminProperties { properties { totalCount } }`;
    for (let i = 0; i < 3; i++) expect((await gql(p.gatewayUrl, q, {}, a.token)).errors).toBeUndefined();
    await gql(p.gatewayUrl, `query MadeUp${Date.now()} { properties { totalCount } }`, {}, a.token);
    await gql(p.gatewayUrl, `query AdminProperties { properties { noSuchField } }`, {}, a.token);

    const after = await scrape(p.gatewayUrl);
    expect(
      value(after, 'pm_graphql_requests_total', known) - value(before, 'pm_graphql_requests_total', known),
    ).toBe(3);
    const other = { service: 'gateway', operation: 'other', tenant: a.tenantId };
    expect(
      value(after, 'pm_graphql_requests_total', other) - value(before, 'pm_graphql_requests_total', other),
    ).toBe(1);
    const failed = { operation: 'AdminProperties', outcome: 'client_error' };
    expect(
      value(after, 'pm_graphql_requests_total', failed) - value(before, 'pm_graphql_requests_total', failed),
    ).toBe(1);
    const count = { operation: 'AdminProperties', outcome: 'ok' };
    expect(
      value(after, 'pm_graphql_request_duration_seconds_count', count) -
        value(before, 'pm_graphql_request_duration_seconds_count', count),
    ).toBe(3);
    // No made-up name became a label value.
    expect(after).not.toMatch(/operation="MadeUp/);

    // Tenancy answered the plan's fetches: named after the client's operation, same tenant.
    const tenancy = await scrape(p.tenancyUrl);
    expect(
      value(tenancy, 'pm_graphql_requests_total', { ...known, service: 'tenancy' }),
    ).toBeGreaterThanOrEqual(3);
    // The token was verified once and then found in the cache, in the gateway and in tenancy.
    expect(value(after, 'pm_cache_requests_total', { cache: 'tokens', result: 'hit' })).toBeGreaterThan(0);
    expect(value(tenancy, 'pm_cache_requests_total', { cache: 'tokens', result: 'hit' })).toBeGreaterThan(0);
    expect(value(after, 'pm_cache_requests_total', { cache: 'operations', result: 'hit' })).toBeGreaterThan(
      0,
    );
  });

  it('counts refused tokens by reason', async () => {
    const before = await scrape(p.gatewayUrl);
    const q = `{ me { tenantId } }`;
    await gql(p.gatewayUrl, q, {}, 'not-a-jwt');
    const [h, , s] = a.token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(a.token.split('.')[1], 'base64url').toString()), exp: 1 }),
    ).toString('base64url');
    await gql(p.gatewayUrl, q, {}, `${h}.${forged}.${s}`);
    const after = await scrape(p.gatewayUrl);
    const moved = (reason: string) =>
      value(after, 'pm_token_verification_failures_total', { service: 'gateway', reason }) -
      value(before, 'pm_token_verification_failures_total', { service: 'gateway', reason });
    expect(moved('malformed')).toBe(1);
    // An expiry in the past with the original signature: refused (expired, or the signature no longer matches).
    expect(moved('expired') + moved('signature')).toBe(1);
    const refused = { service: 'gateway', operation: 'anonymous', outcome: 'client_error' };
    expect(
      value(after, 'pm_graphql_requests_total', refused) -
        value(before, 'pm_graphql_requests_total', refused),
    ).toBe(2);
  });

  it('moves the event backbone’s figures: the relay publishes, a consumer applies, the gauges answer', async () => {
    const published = { service: 'tenancy' };
    const applied = { service: 'billing', consumer: 'billing.property-projection', result: 'applied' };
    const t0 = await scrape(p.tenancyUrl);
    const b0 = await scrape(p.subgraphUrls.billing);
    await createProperty(p.gatewayUrl, a.token, 'Metrics Court');
    await until(
      'tenancy to publish and billing to apply the property',
      async () =>
        value(await scrape(p.tenancyUrl), 'pm_outbox_published_total', published) >
          value(t0, 'pm_outbox_published_total', published) &&
        value(await scrape(p.subgraphUrls.billing), 'pm_consumer_events_total', applied) >
          value(b0, 'pm_consumer_events_total', applied),
      30_000,
    );
    const t1 = await scrape(p.tenancyUrl);
    const b1 = await scrape(p.subgraphUrls.billing);
    // Gauges read at scrape time: the outbox is drained, the consumer has nothing pending.
    expect(has(t1, 'pm_outbox_lag_seconds', { service: 'tenancy' })).toBe(true);
    expect(value(t1, 'pm_outbox_lag_seconds', { service: 'tenancy' })).toBeLessThan(5);
    expect(has(t1, 'pm_outbox_quarantined_rows', { service: 'tenancy' })).toBe(true);
    expect(has(b1, 'pm_consumer_pending_messages', { consumer: 'billing.property-projection' })).toBe(true);
    expect(has(b1, 'pm_dlq_depth', { service: 'billing', consumer: 'billing.property-projection' })).toBe(
      true,
    );
    expect(
      value(b1, 'pm_event_delivery_seconds_count', { consumer: 'billing.property-projection' }),
    ).toBeGreaterThan(0);
    // Tenancy consumes nothing: no consumer series of its own.
    expect(has(t1, 'pm_consumer_pending_messages')).toBe(false);
  });

  it('the gateway does not show its metrics to what the ingress forwards', async () => {
    const res = await fetch(p.gatewayUrl.replace(/\/graphql$/, '/metrics'), {
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(res.status).toBe(404);
    await res.text();
  });
});
