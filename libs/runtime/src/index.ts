export * from './subgraph';
export * from './main';
export * from './snapshot';
