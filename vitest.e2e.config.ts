import { defineConfig } from 'vitest/config';

// End-to-end tests: the test build of the extension (ACCORD_E2E=1) in headless Chromium and
// Firefox ESR, against fixture pages served from 127.0.0.1. See test/e2e/harness.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/harness/build.ts'],
    // One browser at a time: two cores are shared by the browser, the test and the fixture server.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
