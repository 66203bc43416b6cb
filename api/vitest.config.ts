import { createRequire } from 'node:module';
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql and Apollo; Vite would give our own
    // files the .mjs build, and two copies of graphql reject each other's types.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', '../clients/*/test/**/*.test.ts'],
    globalSetup: [require.resolve('@zms/test-kit/global-setup')],
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    // One file per core: vitest's default, one less than the cores, ran CI's two cores one file at
    // a time, which kept about one core busy (a file's process and its PostgreSQL take turns, and
    // the importing and the servers they start are CPU work, not waiting); more files than cores
    // only slowed each, past the timeouts of the socket tests. At most four: each file may hold
    // twenty connections per API process of PostgreSQL's hundred. VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || Math.min(os.availableParallelism(), 4),
    // CI keeps a JSON report beside the usual output, from which .ci/run prints the slowest files.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', ['json', { outputFile: process.env.VITEST_JSON_REPORT }]] : ['default'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
