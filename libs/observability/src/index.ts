export * from './logger';
export * from './telemetry';
export * from './run';
export * from './metrics';
