/**
 * The shared test kit: the platform in one process (tenancy, any subgraphs of the manifest, the
 * gateway), companies with real Keycloak logins, signed subgraph calls and polling. Test-only:
 * it starts services from their sources, so it is not part of the @pm/testing build.
 */
export * from './platform';
export * from './starters';
export * from './companies';
export * from './support';
