import { readFileSync } from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { METRIC_CATALOG, exportedSeriesNames } from './metrics';

/**
 * The alert rules and the dashboard in deploy/ may only reference metrics the code exports
 * (METRIC_CATALOG; histograms as _bucket/_sum/_count) or series recorded by the rules file
 * itself: a renamed metric fails here instead of leaving an alert that can never fire.
 * (`promtool check rules` / `promtool test rules` run in libs/observability/test/.)
 */
const ROOT = path.resolve(__dirname, '../../..');
const rulesFile = parse(readFileSync(path.join(ROOT, 'deploy/prometheus/alerts.yaml'), 'utf8')) as {
  groups: {
    name: string;
    rules: { alert?: string; record?: string; expr: string; labels?: Record<string, string> }[];
  }[];
};
const dashboard = JSON.parse(readFileSync(path.join(ROOT, 'deploy/grafana/pm-platform.json'), 'utf8')) as {
  panels: { title: string; type: string; targets?: { expr: string }[] }[];
  templating: { list: { name: string; query?: unknown }[] };
};

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'inf',
  'nan',
]);

/** The metric names a PromQL expression selects (functions, keywords, labels, strings left out). */
export function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""') // strings
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // ranges and subqueries
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' '); // label lists
  const names: string[] = [];
  for (const m of stripped.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
    const after = stripped.slice(m.index! + m[0].length).trimStart();
    if (after.startsWith('(')) continue; // a function or aggregation
    if (KEYWORDS.has(m[0].toLowerCase())) continue;
    // Grafana's variables ($service, $__all) and durations (5m) never reach here as names.
    if (stripped[m.index! - 1] === '$') continue;
    names.push(m[0]);
  }
  return names;
}

const rules = rulesFile.groups.flatMap((g) => g.rules);
const recorded = new Set(rules.flatMap((r) => (r.record ? [r.record] : [])));
const allowed = new Set([...exportedSeriesNames(), ...recorded]);

describe('alert rules and dashboard reference only exported metrics', () => {
  it('parses the PromQL it needs to', () => {
    expect(
      metricNames(
        'sum by (service, le) (rate(pm_x_bucket{service=~"$service",le="+Inf"}[5m])) / on(a) b_total > 0.5',
      ),
    ).toEqual(['pm_x_bucket', 'b_total']);
    expect(metricNames('histogram_quantile(0.95, sum by (le) (rate(m_bucket[5m])))')).toEqual(['m_bucket']);
  });

  it.each(rules.map((r) => [r.alert ?? r.record!, r.expr]))('%s', (_, expr) => {
    const names = metricNames(expr);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('covers the SLOs: outbox lag, consumer lag, dead letters, SLA breaches, error ratio, p95 latency', () => {
    const used = new Set(rules.filter((r) => r.alert).flatMap((r) => metricNames(r.expr)));
    const viaRecorded = rules
      .filter((r) => r.record && rules.some((a) => a.alert && metricNames(a.expr).includes(r.record!)))
      .flatMap((r) => metricNames(r.expr));
    for (const n of viaRecorded) used.add(n);
    for (const m of [
      'pm_outbox_lag_seconds',
      'pm_consumer_pending_messages',
      'pm_dlq_depth',
      'pm_sla_breaches_total',
      'pm_graphql_requests_total',
      'pm_graphql_request_duration_seconds_bucket',
      'pm_bill_run_duration_seconds_count',
    ])
      expect(used).toContain(m);
    for (const r of rules.filter((x) => x.alert))
      expect(['critical', 'warning']).toContain(r.labels?.severity);
  });

  it('the dashboard’s every query names exported metrics only, and every metric is on it', () => {
    const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    expect(exprs.length).toBeGreaterThan(15);
    const bad = exprs.flatMap((e) =>
      metricNames(e)
        .filter((n) => !allowed.has(n))
        .map((n) => `${n} in ${e}`),
    );
    expect(bad).toEqual([]);
    const shown = new Set(exprs.flatMap(metricNames).map((n) => n.replace(/_(bucket|sum|count)$/, '')));
    expect(Object.keys(METRIC_CATALOG).filter((n) => !shown.has(n))).toEqual([]);
  });
});
