import { defineConfig } from 'vitest/config';

// Two projects: fast Node tests of the engine and tools, and browser tests that
// drive the production build in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
          // A loaded two-core machine can take more than the default second to show a change.
          expect: { poll: { timeout: 5000 } },
        },
      },
    ],
  },
});
