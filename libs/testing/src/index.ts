export * from './graphql-client';
export * from './keycloak';
export * from './rls';
