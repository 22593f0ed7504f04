import manifest from './services.json';

/**
 * The service manifest: the one list of deployables. Everything else follows from a name by
 * convention — database `pm_<name>`, stream `PM_<NAME>` on `pm.<name>.>`, gateway variable
 * `SUBGRAPH_<NAME>_URL`, code in `services/<name>` — and every list that names services (the
 * gateway's subgraphs, event streams, the local runner, test starters, compose, Helm, init.sql)
 * is read from here or checked against it. Adding a service is one line here.
 */
export interface ServiceEntry {
  name: string;
  port: number;
  /**
   * Its durable consumers: name (`<service>.<what>`, as its EventHandler) → the subject it
   * consumes. The NATS permissions are generated from this (deploy/nats/accounts.cjs) and the
   * runtime refuses to start a consumer that is not listed.
   */
  consumers: Record<string, string>;
}

export const SERVICES: readonly ServiceEntry[] = manifest.services as ServiceEntry[];

export function serviceEntry(name: string): ServiceEntry {
  const s = SERVICES.find((e) => e.name === name);
  if (!s) throw new Error(`${name} is not a service of the manifest (libs/contracts/src/services.json)`);
  return s;
}
export const GATEWAY_PORT: number = manifest.gateway.port;

/** Every service is a subgraph of the gateway and the publisher of one event domain. */
export const subgraphUrlVar = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;
export const localSubgraphUrl = (s: ServiceEntry) => `http://localhost:${s.port}/graphql`;
export const streamName = (domain: string) => `PM_${domain.toUpperCase()}`;
export const domainSubjects = (domain: string) => `pm.${domain}.>`;
