import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-tmp.ts'],
    testTimeout: 60_000,
    // One test file at a time: the load and deadline tests through the fake Discord measure real time, and must
    // not share the two cores with a fuzz run or a memory soak.
    fileParallelism: false,
    // The memory soak test forces garbage collection to compare heaps.
    execArgv: ['--expose-gc'],
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', SNAPSHOT_PATH: '' },
    hookTimeout: 60_000,
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
