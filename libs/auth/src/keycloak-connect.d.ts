declare module 'keycloak-connect/middleware/auth-utils/config';
declare module 'keycloak-connect/middleware/auth-utils/grant-manager';
declare module 'keycloak-connect/middleware/auth-utils/token';
