import { defineConfig } from 'vitest/config';

/**
 * Every suite runs once in the machine's zone. Date and money code also runs under two more zones, far
 * east and far west of UTC, so that a result that depends on the time zone fails a test.
 */
const zoneSensitive = [
  'core/util/**/*.test.ts',
  'core/dates/**/*.test.ts',
  'core/calc/**/*.test.ts',
  'core/money/**/*.test.ts',
  'core/limitation/**/*.test.ts',
  'test/legal/**/*.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/support/build.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'all',
          include: ['core/**/*.test.ts', 'cli/**/*.test.ts', 'renderer/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
        },
      },
      // A browser test waits on real PDF and bundle work: on a busy 2-core CI machine one took 50 s of its 60.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 180_000 } },
      { extends: true, test: { name: 'tz-shanghai', include: zoneSensitive, env: { TZ: 'Asia/Shanghai' } } },
      { extends: true, test: { name: 'tz-los-angeles', include: zoneSensitive, env: { TZ: 'America/Los_Angeles' } } },
    ],
  },
});
