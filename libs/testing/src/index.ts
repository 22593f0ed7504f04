export * from './clock';
export * from './env';
export * from './graphql-client';
export * from './keycloak';
export * from './rls';
export * from './stall';
export * from './schema-drift';
export * from './events';
