import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium through playwright-core against `vite preview` of the build.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'reports/e2e.json' }]],
  },
});
