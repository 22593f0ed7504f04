// The test run's own world: databases `pm_test_<checkout>_<service>` and a NATS server of its
// own, created before jest and removed after it, so `npm test` passes beside a running
// `npm start` and leaves nothing in the developer's platform. Keycloak is shared; tests delete
// the realms they make.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Per checkout, so two clones can run their tests at the same time. */
export function testDatabasePrefix(root) {
  return `pm_test_${createHash('sha1').update(root).digest('hex').slice(0, 6)}_`;
}

/**
 * "Now" values the date-sensitive suites are re-run at: 23:30 on the last day of a month (and
 * year) in Asia/Shanghai, which is still the 31st in UTC; 29 February of a leap year; and
 * 00:30 on a Monday in Shanghai, which is Sunday in UTC.
 */
export const FIXED_NOWS = ['2026-12-31T15:30:00Z', '2028-02-29T04:00:00Z', '2027-03-07T16:30:00Z'];

/** Suites that take their business dates from the test clock; they must pass at any "now". */
export function dateSensitiveSuites(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.ts') && /\btestClock\b/.test(readFileSync(p, 'utf8')))
        out.push(path.relative(root, p));
    }
  };
  for (const top of ['libs', 'services', 'gateway', 'web']) walk(path.join(root, top));
  return out.sort();
}

/** Drops every database of this checkout's test runs (a killed run leaves its own behind). */
export async function dropTestDatabases(adminUrl, prefix) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rows } = await c.query('select datname from pg_database where starts_with(datname, $1)', [
      prefix,
    ]);
    for (const { datname } of rows) await c.query(`drop database "${datname}" with (force)`);
    return rows.length;
  } finally {
    await c.end();
  }
}
