import { execFile } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';
import { promisify } from 'util';

/**
 * Prometheus's own checker on the alert rules: `promtool check rules` (syntax, PromQL, templates)
 * and `promtool test rules` (deploy/prometheus/alerts.test.yaml: each SLO alert fires on the
 * series the code exports and stays quiet below its threshold). `npm test` fetches promtool
 * from Debian's prometheus package into the cache (deploy/local/infra.mjs ensurePromtool).
 */
const DIR = path.resolve(__dirname, '../../../deploy/prometheus');
const promtool = process.env.PROMTOOL;

const run = (...args: string[]) =>
  promisify(execFile)(promtool!, args, { cwd: DIR }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code ?? 1,
      out: `${e.stdout ?? ''}${e.stderr ?? ''}`,
    }),
  );

describe('promtool on deploy/prometheus', () => {
  it('promtool is there (npm test fetches it; PROMTOOL names it)', () => {
    expect(promtool && existsSync(promtool)).toBeTruthy();
  });

  it('check rules: every rule parses', async () => {
    const r = await run('check', 'rules', 'alerts.yaml');
    expect(r.out).toMatch(/SUCCESS: \d+ rules found/);
    expect(r.code).toBe(0);
  });

  it('test rules: the alerts fire when they should and only then', async () => {
    const r = await run('test', 'rules', 'alerts.test.yaml');
    expect(r.out).toMatch(/SUCCESS/);
    expect(r.code).toBe(0);
  });
});
