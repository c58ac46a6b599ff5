import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest gives unit tests WXT's auto-imports, its `@/` aliases and a fake `browser`
// (https://wxt.dev/guide/essentials/unit-testing.html). The real extension is tested end to end
// in a browser by `npm run test:e2e`, so test/e2e stays out of this run.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Property and incremental tests run hundreds of checks; on a loaded 2-core CI machine they need more than 5 s.
    testTimeout: 60_000,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
  },
});
