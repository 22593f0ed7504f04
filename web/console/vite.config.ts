import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // antd makes the entry chunk ≈1.5 MB minified (≈450 KB gzip, under the 500 KB budget); ECharts,
  // finance and administration load with their routes.
  build: { chunkSizeWarningLimit: 2000 },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
