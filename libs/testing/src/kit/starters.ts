import path from 'path';
import { Logger } from '@pm/observability';
import { RunningSubgraph, RuntimeOptions, SubgraphDefinition, startSubgraph } from '@pm/runtime';
import { testClock } from '../clock';

const REPO = path.resolve(__dirname, '../../../..');

/** A subgraph started in this process for a test; its SDL joins the composed supergraph. */
export interface SubgraphStarter {
  name: string;
  start(
    env: Record<string, string | undefined>,
    log: Logger,
  ): Promise<{ url: string; sdl: string; stop(): Promise<void> }>;
}

/**
 * The definition a service's composition root exports as `<name>Subgraph` (services/<name>/src/
 * server.ts): a service of the manifest is startable in tests without a line of its own here.
 */
export function definitionOf(name: string): SubgraphDefinition<any, any, any> {
  const mod = require(path.join(REPO, 'services', name, 'src', 'server'));
  const def = mod[`${name}Subgraph`];
  if (!def) throw new Error(`services/${name}/src/server.ts exports no ${name}Subgraph`);
  return def;
}

export interface StarterOptions<S> {
  /** Runtime and subgraph options; the clock defaults to the test clock. */
  options?: RuntimeOptions & Record<string, unknown>;
  /** Variables over the platform's (e.g. a poll interval of 0 to drive a worker by hand). */
  env?: Record<string, string>;
  /** Receives the running subgraph (its exposed workers, database, consumers). */
  onStart?: (server: S) => void;
}

/** Starts the manifest's subgraph `name` in this process, on the test clock unless told otherwise. */
export function starter<S extends RunningSubgraph = RunningSubgraph>(
  name: string,
  o: StarterOptions<S> = {},
): SubgraphStarter {
  return {
    name,
    start: async (env, log) => {
      const def = definitionOf(name);
      const server = (await startSubgraph(def, def.loadConfig({ ...env, ...o.env }), log, {
        clock: testClock,
        ...o.options,
      })) as S;
      o.onStart?.(server);
      return { url: server.http.url, sdl: (await def.buildSchema()).sdl, stop: server.stop };
    },
  };
}

export const customers = starter('customers');
export const tickets = starter('tickets');
export const billing = starter('billing');
export const appraisal = starter('appraisal');
