// One jest setup for every package: @swc/jest (≈5× faster than ts-jest here) with the
// decorator settings type-graphql needs to infer field types.
const path = require('path');
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'commonjs' },
  },
];
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(@keycloak/keycloak-admin-client|@microsoft/kiota-[^/]+|url-template|camelize-ts|temporal-polyfill|temporal-utils)/)',
  ],
  moduleNameMapper: {
    '^@pm/testing/kit$': path.join(__dirname, 'libs/testing/src/kit'),
    '^@pm/([a-z-]+)$': path.join(__dirname, 'libs/$1/src'),
  },
  setupFiles: ['reflect-metadata'],
};
