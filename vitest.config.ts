import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Content tests parse every bank and scenario; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
    // Files share a worker's module cache instead of importing the domain, Zod and YAML afresh each:
    // the run takes 32 s instead of 54. Tests keep no state in modules (they pass in shuffled order).
    isolate: false,
  },
});
