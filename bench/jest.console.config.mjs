// The console's budgets (bench/console.bench.ts): a jest file outside the test patterns, run on
// purpose only; the integration set-up gives it the test run's own databases and NATS server.
import path from 'path';
import { fileURLToPath } from 'url';
import preset from '../jest.preset.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export default {
  ...preset,
  rootDir: root,
  testMatch: ['<rootDir>/bench/console.bench.ts'],
  testTimeout: 600000,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
};
