export * from './graphql-client';
export * from './keycloak';
