import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // antd makes the entry chunk ≈1.1 MB minified (≈366 KB gzip, budget 500 KB: bench/console-budgets.mjs);
  // every page, and ECharts with the dashboard, loads with its route.
  build: { chunkSizeWarningLimit: 2000 },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
