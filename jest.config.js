const transform = { '^.+\\.tsx?$': ['@swc/jest'] };

/**
 * unit: pure code (product rules, schemas, the refusals' translations), no servers.
 * system: tests against a real system (Temporal dev server + embedded PostgreSQL) started once in globalSetup.
 */
module.exports = {
  testTimeout: 60000,
  // Temporal's native runtime (used by the replay worker) keeps the event loop alive after the last test.
  forceExit: true,
  maxWorkers: 1, // one shared system: tests that change a user's default profile must not race others
  projects: [
    { displayName: 'unit', testEnvironment: 'node', transform, roots: ['<rootDir>/test/domain', '<rootDir>/test/i18n'], testMatch: ['**/*.test.ts'] },
    {
      displayName: 'system',
      testEnvironment: 'node',
      transform,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/test/domain/', '/test/i18n/'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
