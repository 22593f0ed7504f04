import { SERVICES, localSubgraphUrl } from '@pm/contracts';

/** The subgraphs the gateway composes (the service manifest), local addresses; SUBGRAPH_<NAME>_URL overrides. */
export const SUBGRAPHS: Readonly<Record<string, string>> = Object.fromEntries(
  SERVICES.map((s) => [s.name, localSubgraphUrl(s)]),
);
