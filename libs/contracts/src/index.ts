export * from './roles';
export * from './schema';
export * from './events';
export * from './policies';
export * from './time';
export * from './services';
