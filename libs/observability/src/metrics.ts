import { IncomingMessage, ServerResponse } from 'http';
import { Attributes, Counter, Histogram, Meter, ObservableResult } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider } from '@opentelemetry/sdk-metrics';

/**
 * Every metric the platform exports, by its name on `/metrics` (Prometheus text format). The
 * alert rules and the dashboard in deploy/ may reference only these (a test checks it), and the
 * Helm chart's autoscaler names some of them: a rename is a breaking change.
 *
 * Every series carries `service` (the deployable: gateway, tenancy, …), so processes that host
 * several deployables (tests) keep them apart and dashboards need no relabelling.
 */
export const METRIC_CATALOG = {
  pm_graphql_requests_total: {
    type: 'counter',
    help: 'GraphQL requests by operation (known names, else "other"), tenant (the busiest N, else "other") and outcome (ok, client_error, server_error).',
    labels: ['service', 'operation', 'tenant', 'outcome'],
  },
  pm_graphql_request_duration_seconds: {
    type: 'histogram',
    help: 'GraphQL request time from body read to response, by operation and outcome (no tenant: histograms multiply series by buckets).',
    labels: ['service', 'operation', 'outcome'],
  },
  pm_token_verification_failures_total: {
    type: 'counter',
    help: 'Bearer tokens refused, by reason (a fixed list, see TOKEN_FAILURE_REASONS).',
    labels: ['service', 'reason'],
  },
  pm_cache_requests_total: {
    type: 'counter',
    help: 'Lookups of the in-process caches (tokens, tenant_directory, operations) by result (hit, miss).',
    labels: ['service', 'cache', 'result'],
  },
  pm_outbox_lag_seconds: {
    type: 'gauge',
    help: 'Age of the oldest outbox row not yet published (0 when none): the relay is behind or stalled.',
    labels: ['service'],
  },
  pm_outbox_published_total: {
    type: 'counter',
    help: 'Outbox rows published to JetStream.',
    labels: ['service'],
  },
  pm_outbox_quarantined_total: {
    type: 'counter',
    help: 'Outbox rows set aside because they can never be published (malformed envelope, foreign subject, refused by NATS); the relay went on with the rest.',
    labels: ['service'],
  },
  pm_outbox_quarantined_rows: {
    type: 'gauge',
    help: 'Outbox rows in quarantine now (an operator looks at them: outbox.quarantine_reason).',
    labels: ['service'],
  },
  pm_events_pruned_total: {
    type: 'counter',
    help: 'Rows the retention sweep deleted, by table: outbox (published longer ago than OUTBOX_RETENTION_HOURS), inbox (processed longer ago than INBOX_RETENTION_DAYS).',
    labels: ['service', 'table'],
  },
  pm_consumer_pending_messages: {
    type: 'gauge',
    help: 'Messages of a durable consumer not yet acknowledged (undelivered + awaiting ack): the consumer lag.',
    labels: ['service', 'consumer'],
  },
  pm_consumer_events_total: {
    type: 'counter',
    help: 'Events a consumer finished, by result (applied; skipped: already in the inbox; dead_lettered).',
    labels: ['service', 'consumer', 'result'],
  },
  pm_consumer_redeliveries_total: {
    type: 'counter',
    help: 'Deliveries of a message that had been delivered before (a failed or timed-out attempt).',
    labels: ['service', 'consumer'],
  },
  pm_consumer_errors_total: {
    type: 'counter',
    help: 'Failed attempts by kind: infrastructure (database or network away: retried for ever) or domain (the handler or the contract refused it: dead-lettered after N).',
    labels: ['service', 'consumer', 'kind'],
  },
  pm_event_delivery_seconds: {
    type: 'histogram',
    help: 'From the event being written (occurredAt) to its effect committing in a consumer.',
    labels: ['service', 'consumer'],
  },
  pm_dlq_depth: {
    type: 'gauge',
    help: 'Messages parked in the dead-letter stream for the consumers of this service.',
    labels: ['service', 'consumer'],
  },
  pm_sla_breaches_total: {
    type: 'counter',
    help: 'SLA deadlines that passed unmet (ticket.sla_breached published), by deadline kind.',
    labels: ['service', 'kind'],
  },
  pm_visits_missed_total: {
    type: 'counter',
    help: 'Follow-up visits that passed their due time (visit.missed published).',
    labels: ['service'],
  },
  pm_bill_run_duration_seconds: {
    type: 'histogram',
    help: 'Bill runs from start to DONE or FAILED, by status.',
    labels: ['service', 'status'],
  },
  pm_bill_run_rows_total: {
    type: 'counter',
    help: 'Units a bill run processed (one bill per unit and period), by status.',
    labels: ['service', 'status'],
  },
} as const;

export type MetricName = keyof typeof METRIC_CATALOG;

/** Series names Prometheus derives from the catalog (histograms: _bucket, _sum, _count). */
export function exportedSeriesNames(): string[] {
  return Object.entries(METRIC_CATALOG).flatMap(([name, m]) =>
    m.type === 'histogram' ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name],
  );
}

/** Why a token was refused; a fixed list so the label cannot grow with attacker input. */
export const TOKEN_FAILURE_REASONS = [
  'missing',
  'malformed',
  'algorithm',
  'no_expiry',
  'unknown_issuer',
  'unknown_realm',
  'wrong_cell',
  'expired',
  'signature',
  'audience',
  'directory_busy',
  'timeout',
  'other',
] as const;
export type TokenFailureReason = (typeof TOKEN_FAILURE_REASONS)[number];

export type Outcome = 'ok' | 'client_error' | 'server_error';
export type CacheName = 'tokens' | 'tenant_directory' | 'operations';

/** The value a label takes for anything outside its bounded set. */
export const OTHER = 'other';

/**
 * The busiest `n` keys by volume, recomputed every `windowMs` from counts that halve at each
 * recomputation (recent volume counts more). Bounded whatever arrives: at most `capacity` keys
 * are counted (when full, every count halves and the zeros go), at most `n` are labelled; the
 * rest are `other`. Until the first window closes the first `n` keys seen are labelled, so a
 * fresh process shows tenants at once.
 */
export class TopValues {
  private counts = new Map<string, number>();
  private labelled = new Set<string>();
  private nextRank: number;

  constructor(
    private n: number,
    private windowMs = 60_000,
    private capacity = Math.max(100, n * 20),
    private now: () => number = Date.now,
  ) {
    this.nextRank = now() + windowMs;
  }

  label(key: string | undefined): string {
    if (!key) return 'none';
    if (this.n <= 0) return OTHER;
    this.count(key);
    if (this.now() >= this.nextRank) this.rank();
    if (this.labelled.has(key)) return key;
    if (this.labelled.size < this.n) {
      this.labelled.add(key);
      return key;
    }
    return OTHER;
  }

  /** Keys counted now (tests: the bound holds). */
  get tracked(): number {
    return this.counts.size;
  }

  private count(key: string): void {
    const c = this.counts.get(key);
    if (c !== undefined) {
      this.counts.set(key, c + 1);
      return;
    }
    while (this.counts.size >= this.capacity) this.halve();
    this.counts.set(key, 1);
  }

  private halve(): void {
    for (const [k, c] of this.counts) {
      const h = Math.floor(c / 2);
      if (h) this.counts.set(k, h);
      else this.counts.delete(k);
    }
  }

  private rank(): void {
    this.nextRank = this.now() + this.windowMs;
    const top = [...this.counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, this.n);
    this.labelled = new Set(top.map(([k]) => k));
    this.halve();
  }
}

/**
 * Operation names are client input: only the platform's own (the console's, libs/contracts
 * `KNOWN_OPERATIONS`) become a label value. A subgraph sees the gateway's fetch names
 * (`Dashboard__billing__2`), which are mapped back to the client's name.
 */
export function operationLabel(name: unknown, known: ReadonlySet<string>): string {
  if (typeof name !== 'string' || !name) return 'anonymous';
  const client = name.replace(/__[A-Za-z0-9_-]+__\d+$/, '');
  return known.has(client) ? client : OTHER;
}

export interface MetricsOptions {
  /** The deployable: the `service` label of every series. */
  service: string;
  /** Operation names that get a label of their own. */
  knownOperations?: Iterable<string>;
  /** Tenants labelled by volume (default 20; 0: every tenant is `other`). */
  topTenants?: number;
  tenantWindowMs?: number;
  /** Series per metric at most; beyond it the SDK folds new ones into `otel_metric_overflow`. */
  cardinalityLimit?: number;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const DELIVERY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const BILL_RUN_BUCKETS = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800];

type Observe = (observe: (value: number, labels?: Record<string, string>) => void) => Promise<void> | void;

/**
 * One deployable's metrics: an OpenTelemetry MeterProvider read by a Prometheus exporter that
 * serves no port of its own — the deployable's HTTP server answers `/metrics` with `handle`.
 * One instance per deployable (not the process-global provider), so the subgraphs a test starts
 * in one process each show their own figures, and no library instrumentation adds series whose
 * labels nobody bounded.
 */
export class PlatformMetrics {
  readonly service: string;
  readonly meter: Meter;
  private provider: MeterProvider;
  private exporter: PrometheusExporter;
  private known: ReadonlySet<string>;
  private tenants: TopValues;
  private counters = new Map<string, Counter>();
  private histograms = new Map<string, Histogram>();

  constructor(o: MetricsOptions) {
    this.service = o.service;
    this.known = new Set(o.knownOperations ?? []);
    this.tenants = new TopValues(o.topTenants ?? 20, o.tenantWindowMs ?? 60_000);
    this.exporter = new PrometheusExporter({ preventServerStart: true, withoutScopeInfo: true });
    const limit = o.cardinalityLimit ?? 2000;
    this.provider = new MeterProvider({
      resource: resourceFromAttributes({ 'service.name': o.service }),
      readers: [this.exporter],
      views: [{ instrumentName: '*', aggregationCardinalityLimit: limit }],
    });
    this.meter = this.provider.getMeter('pm-platform');
    for (const [name, m] of Object.entries(METRIC_CATALOG)) {
      if (m.type === 'counter')
        this.counters.set(name, this.meter.createCounter(name, { description: m.help }));
      if (m.type === 'histogram')
        this.histograms.set(
          name,
          this.meter.createHistogram(name, {
            description: m.help,
            unit: 's',
            advice: {
              explicitBucketBoundaries:
                name === 'pm_bill_run_duration_seconds'
                  ? BILL_RUN_BUCKETS
                  : name === 'pm_event_delivery_seconds'
                    ? DELIVERY_BUCKETS
                    : SECONDS_BUCKETS,
            },
          }),
        );
    }
  }

  /** Adds to a counter of the catalog; `service` is added here. */
  add(name: MetricName, value = 1, labels: Record<string, string> = {}): void {
    const c = this.counters.get(name);
    if (!c) throw new Error(`${name} is not a counter of METRIC_CATALOG`);
    c.add(value, this.attrs(labels));
  }

  record(name: MetricName, value: number, labels: Record<string, string> = {}): void {
    const h = this.histograms.get(name);
    if (!h) throw new Error(`${name} is not a histogram of METRIC_CATALOG`);
    h.record(value, this.attrs(labels));
  }

  /**
   * A gauge of the catalog read when scraped: `observe` may ask a database or NATS (each scrape
   * waits at most `timeoutMs` for it; a failure leaves the gauge without a value this time —
   * an alert on it then fires on absence, not on a stale figure).
   */
  gauge(name: MetricName, observe: Observe, timeoutMs = 3_000): void {
    const m = METRIC_CATALOG[name];
    if (m.type !== 'gauge') throw new Error(`${name} is not a gauge of METRIC_CATALOG`);
    const g = this.meter.createObservableGauge(name, { description: m.help });
    g.addCallback(async (result: ObservableResult) => {
      const values: [number, Attributes][] = [];
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          observe((value, labels = {}) => values.push([value, this.attrs(labels)])),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
          }),
        ]);
        for (const [v, a] of values) result.observe(v, a);
      } catch {
        // No value this scrape (see above).
      } finally {
        clearTimeout(timer);
      }
    });
  }

  graphqlRequest(r: { operationName?: unknown; tenantId?: string; outcome: Outcome; seconds: number }): void {
    const operation = operationLabel(r.operationName, this.known);
    this.add('pm_graphql_requests_total', 1, {
      operation,
      tenant: this.tenants.label(r.tenantId),
      outcome: r.outcome,
    });
    this.record('pm_graphql_request_duration_seconds', r.seconds, { operation, outcome: r.outcome });
  }

  tokenRefused(reason: TokenFailureReason): void {
    this.add('pm_token_verification_failures_total', 1, { reason });
  }

  cache(cache: CacheName, hit: boolean): void {
    this.add('pm_cache_requests_total', 1, { cache, result: hit ? 'hit' : 'miss' });
  }

  /** The Prometheus text of every metric, as `/metrics` answers it (tests, tools). */
  scrape(): Promise<string> {
    return new Promise((resolve) => {
      const res = { statusCode: 200, setHeader() {}, end: (body: string) => resolve(body) };
      this.exporter.getMetricsRequestHandler({} as IncomingMessage, res as unknown as ServerResponse);
    });
  }

  /** Answers `GET /metrics` in the Prometheus text format. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.exporter.getMetricsRequestHandler(req, res);
  }

  async shutdown(): Promise<void> {
    await this.provider.shutdown().catch(() => undefined);
  }

  private attrs(labels: Record<string, string>): Attributes {
    return { service: this.service, ...labels };
  }
}

/** The outcome of a GraphQL response from its errors' codes. */
export function outcomeOf(codes: readonly unknown[] | undefined): Outcome {
  if (!codes?.length) return 'ok';
  return codes.some((c) => c === undefined || c === 'INTERNAL' || c === 'TIMEOUT')
    ? 'server_error'
    : 'client_error';
}
