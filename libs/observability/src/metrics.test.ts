import { METRIC_CATALOG, PlatformMetrics, TopValues, operationLabel, outcomeOf } from './metrics';

/** The value of one series in Prometheus text, or undefined when absent. */
function valueOf(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && !line.startsWith(name + ' ')) continue;
    const m = /^([^{\s]+)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries(
      [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('metric labels stay bounded', () => {
  it('labels the busiest tenants and folds the rest into "other", however many arrive', () => {
    let now = 0;
    const top = new TopValues(3, 1_000, 100, () => now);
    // The first three seen are labelled at once.
    expect(['a', 'b', 'c'].map((t) => top.label(t))).toEqual(['a', 'b', 'c']);
    expect(top.label('d')).toBe('other');
    // A flood of distinct tenants: counted within capacity, labelled as other.
    let others = 0;
    for (let i = 0; i < 100_000; i++) if (top.label(`flood-${i}`) === 'other') others++;
    expect(others).toBe(100_000);
    expect(top.tracked).toBeLessThanOrEqual(100);
    // d becomes the busiest: after the window it has a label of its own, a quiet one loses it.
    for (let i = 0; i < 500; i++) top.label('d');
    for (let i = 0; i < 200; i++) top.label('a');
    for (let i = 0; i < 100; i++) top.label('b');
    now = 1_001;
    expect(top.label('d')).toBe('d');
    expect(top.label('a')).toBe('a');
    expect(top.label('c')).toBe('other');
    expect(top.label(undefined)).toBe('none');
  });

  it('keeps only known operation names, mapping a subgraph fetch back to the client’s name', () => {
    const known = new Set(['Dashboard', 'RunBilling']);
    expect(operationLabel('Dashboard', known)).toBe('Dashboard');
    expect(operationLabel('Dashboard__billing__2', known)).toBe('Dashboard');
    expect(operationLabel('Evil' + 'x'.repeat(500), known)).toBe('other');
    expect(operationLabel(undefined, known)).toBe('anonymous');
    expect(operationLabel({ toString: () => 'Dashboard' }, known)).toBe('anonymous');
  });

  it('outcome from error codes', () => {
    expect(outcomeOf(undefined)).toBe('ok');
    expect(outcomeOf(['NOT_FOUND', 'FORBIDDEN'])).toBe('client_error');
    expect(outcomeOf(['NOT_FOUND', 'INTERNAL'])).toBe('server_error');
    expect(outcomeOf(['TIMEOUT'])).toBe('server_error');
    expect(outcomeOf([undefined])).toBe('server_error');
  });
});

describe('PlatformMetrics', () => {
  it('exports the catalog’s names with the service label, and a 10,000-tenant flood adds at most N+1 tenant series', async () => {
    const m = new PlatformMetrics({ service: 'billing', knownOperations: ['Dashboard'], topTenants: 5 });
    m.graphqlRequest({ operationName: 'Dashboard', tenantId: 't1', outcome: 'ok', seconds: 0.012 });
    m.graphqlRequest({ operationName: 'Nope', tenantId: 't1', outcome: 'client_error', seconds: 0.2 });
    for (let i = 0; i < 10_000; i++)
      m.graphqlRequest({ operationName: 'Dashboard', tenantId: `flood-${i}`, outcome: 'ok', seconds: 0.001 });
    m.tokenRefused('expired');
    m.cache('tokens', true);
    m.cache('tokens', false);
    m.gauge('pm_outbox_lag_seconds', (observe) => observe(4.5));
    m.gauge('pm_dlq_depth', async () => {
      throw new Error('NATS away');
    });
    const text = await m.scrape();
    expect(
      valueOf(text, 'pm_graphql_requests_total', {
        service: 'billing',
        operation: 'Dashboard',
        tenant: 't1',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      valueOf(text, 'pm_graphql_requests_total', {
        operation: 'other',
        tenant: 't1',
        outcome: 'client_error',
      }),
    ).toBe(1);
    const tenantSeries = new Set(
      text
        .split('\n')
        .filter((l) => l.startsWith('pm_graphql_requests_total{'))
        .map((l) => /tenant="([^"]*)"/.exec(l)![1]),
    );
    expect(tenantSeries.size).toBeLessThanOrEqual(6);
    expect(tenantSeries.has('other')).toBe(true);
    expect(
      valueOf(text, 'pm_graphql_request_duration_seconds_count', { operation: 'Dashboard', outcome: 'ok' }),
    ).toBe(10_001);
    expect(valueOf(text, 'pm_token_verification_failures_total', { reason: 'expired' })).toBe(1);
    expect(valueOf(text, 'pm_cache_requests_total', { cache: 'tokens', result: 'miss' })).toBe(1);
    expect(valueOf(text, 'pm_outbox_lag_seconds', { service: 'billing' })).toBe(4.5);
    // A gauge whose source failed shows no value rather than a stale one.
    expect(valueOf(text, 'pm_dlq_depth', {})).toBeUndefined();
    await m.shutdown();
  });

  it('refuses names outside the catalog', () => {
    const m = new PlatformMetrics({ service: 'x' });
    expect(() => m.add('pm_outbox_lag_seconds')).toThrow(/not a counter/);
    expect(Object.keys(METRIC_CATALOG).every((n) => /^pm_[a-z_]+$/.test(n))).toBe(true);
  });
});
