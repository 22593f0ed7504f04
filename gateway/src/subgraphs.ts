/** The subgraphs the gateway composes, with their local addresses; SUBGRAPH_<NAME>_URL overrides. */
export const SUBGRAPHS = {
  tenancy: 'http://localhost:4001/graphql',
  customers: 'http://localhost:4002/graphql',
  tickets: 'http://localhost:4003/graphql',
  billing: 'http://localhost:4004/graphql',
  appraisal: 'http://localhost:4005/graphql',
} as const;

export type SubgraphName = keyof typeof SUBGRAPHS;
