// Unit tests (*.test.ts beside the code) need nothing running; integration tests
// (test/**/*.test.ts) talk to the real PostgreSQL, NATS and Keycloak that `npm test` brings up.
const preset = require('./jest.preset');
module.exports = {
  projects: [
    {
      ...preset,
      displayName: 'unit',
      rootDir: __dirname,
      // deploy/contract: compose and the Helm chart against every config.ts (needs Java + Maven for Helm)
      testMatch: [
        '<rootDir>/{libs,services,gateway}/**/src/**/*.test.ts',
        '<rootDir>/deploy/contract/**/*.test.ts',
      ],
    },
    {
      ...preset,
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/{libs,services,gateway,web,deploy}/**/test/**/*.test.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
  // Read only at the top level: integration tests wait for Keycloak and JetStream.
  testTimeout: 60000,
};
