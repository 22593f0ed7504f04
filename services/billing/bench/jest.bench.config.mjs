// The bench is a jest file outside the unit/integration test patterns: run it on purpose only.
// BENCH_UNITS (default 100000) and BENCH_DATABASE (default pm_billing, the one `npm run bench`
// migrates) are handed to the bench as globals.
import path from 'path';
import { fileURLToPath } from 'url';
import preset from '../../../jest.preset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export default {
  ...preset,
  rootDir: root,
  testMatch: ['<rootDir>/services/billing/bench/*.bench.ts'],
  testTimeout: 600000,
  globals: {
    BENCH_UNITS: Number(process.env.BENCH_UNITS ?? 100000),
    BENCH_DATABASE: process.env.BENCH_DATABASE ?? 'pm_billing',
  },
};
