// The bench is a jest file outside the unit/integration test patterns: run it on purpose only.
// BENCH_ROWS (default 10000) and BENCH_DB (default pm_customers) are handed to the bench as globals.
import path from 'path';
import { fileURLToPath } from 'url';
import preset from '../../../jest.preset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export default {
  ...preset,
  rootDir: root,
  testMatch: ['<rootDir>/services/customers/bench/*.bench.ts'],
  testTimeout: 600000,
  globals: {
    BENCH_ROWS: Number(process.env.BENCH_ROWS ?? 10000),
    BENCH_DB: process.env.BENCH_DB ?? 'pm_customers',
  },
};
