export * from './cells';
export * from './columns';
export * from './csv';
export * from './decode';
export * from './problems';
export * from './read';
export * from './write';
