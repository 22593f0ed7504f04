// The bench is a jest file outside the unit/integration test patterns: run it on purpose only.
// BENCH_UNITS (default 100000) is handed to the bench as a global.
import path from 'path';
import { fileURLToPath } from 'url';
import preset from '../../../jest.preset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export default {
  ...preset,
  rootDir: root,
  testMatch: ['<rootDir>/services/billing/bench/*.bench.ts'],
  testTimeout: 600000,
  globals: { BENCH_UNITS: Number(process.env.BENCH_UNITS ?? 100000) },
};
