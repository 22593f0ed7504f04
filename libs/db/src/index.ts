import 'reflect-metadata';
export * from './ids';
export * from './tenant-entity';
export * from './foreign-key';
export * from './rls';
export * from './database';
export * from './bootstrap';
export * from './migrate';
export * from './sql';
