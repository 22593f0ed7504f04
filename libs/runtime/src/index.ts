export * from './subgraph';
export * from './main';
