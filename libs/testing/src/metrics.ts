/** Reading Prometheus text (`/metrics`) in tests. */
export type MetricLabels = Record<string, string>;

/** `/metrics` of a deployable, given its GraphQL URL or its base URL. */
export async function scrapeMetrics(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(url.replace(/\/graphql$/, '').replace(/\/$/, '') + '/metrics', { headers });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}: ${text.slice(0, 200)}`);
  return text;
}

/** The series of `name` whose labels include `labels`: [labels, value] each. */
export function metricSeries(
  text: string,
  name: string,
  labels: MetricLabels = {},
): [MetricLabels, number][] {
  const out: [MetricLabels, number][] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries(
      [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]),
    );
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) out.push([got, Number(m[3])]);
  }
  return out;
}

/** Sum of the matching series (0 when none). */
export const metricValue = (text: string, name: string, labels: MetricLabels = {}): number =>
  metricSeries(text, name, labels).reduce((a, [, v]) => a + v, 0);
