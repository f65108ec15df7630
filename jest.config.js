const transform = { '^.+\\.tsx?$': ['@swc/jest'] };

/**
 * unit: pure code (product rules, schemas, the refusals' translations), no servers.
 * system: tests against a real system (Temporal dev server + embedded PostgreSQL) started once in globalSetup.
 * chaos: crashes and restarts, each file on a system of its own that it kills.
 * observability: traces and logs, each file on a system of its own started with what it observes.
 * cluster: the Temporal server on PostgreSQL with several worker processes (start.ts --cluster), each file on its own.
 */
module.exports = {
  testTimeout: 60000,
  // Temporal's native runtime (used by the replay worker) keeps the event loop alive after the last test.
  forceExit: true,
  maxWorkers: 1, // one shared system: tests that change a user's default profile must not race others
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform, roots: ['<rootDir>/test/domain', '<rootDir>/test/i18n', '<rootDir>/test/codec', '<rootDir>/test/runtime', '<rootDir>/test/deploy'], testMatch: ['**/*.test.ts'] },
    {
      displayName: 'system',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/domain/', '/test/i18n/', '/test/codec/', '/test/runtime/', '/test/deploy/', '/test/chaos/', '/test/observability/', '/test/cluster/'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    // Crashes and restarts: each test file starts (and kills) a system of its own, not the shared one.
    { displayName: 'chaos', testEnvironment: 'node', transform, roots: ['<rootDir>/test/chaos'], testMatch: ['**/*.test.ts'] },
    // The production topology (start.ts --cluster): each test file starts a cluster of its own.
    { displayName: 'cluster', testEnvironment: 'node', transform, roots: ['<rootDir>/test/cluster'], testMatch: ['**/*.test.ts'] },
    // Traces and logs: each test file starts a system of its own with the environment it observes (an OTLP endpoint, LOG_LEVEL).
    { displayName: 'observability', testEnvironment: 'node', transform, roots: ['<rootDir>/test/observability'], testMatch: ['**/*.test.ts'] },
  ],
};
