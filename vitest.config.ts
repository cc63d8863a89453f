import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Content tests parse every bank and scenario; on a busy 2-core machine 5 s is too tight.
    testTimeout: 30_000,
  },
});
