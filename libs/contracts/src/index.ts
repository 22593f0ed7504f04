export * from './roles';
export * from './schema';
export * from './events';
export * from './policies';
export * from './services';
export * from './operations';
export * from './scopes';
