import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // One migrated PGlite template for the whole run instead of one initdb per test file (test/support/test-store.ts).
    globalSetup: ['test/support/pglite-template.global-setup.ts'],
    // Two cores on CI: keep the worker count small so database tests do not starve each other.
    maxWorkers: 2,
    // A test that is the first to build an index with a given classifier key trains it cold: with the dev examples
    // (policies/social-media-policy.dev-examples.jsonl) that took 40-65 s on a loaded two-core machine (30 s before them).
    testTimeout: 90_000,
    // Bot start-up hooks build the whole app (policy index, store, HTTP server): 5-25 s alone, and over 40 s was seen
    // on a loaded two-core machine. The limit is there to catch a hang, not to time start-up (that is bench:qa's job).
    hookTimeout: 120_000,
  },
});
