import { Level, runDeployable } from '@pm/observability';
import { RuntimeOptions, SubgraphConfig, SubgraphDefinition, startSubgraph } from './subgraph';

/** `main.ts` of every subgraph: config (exit 78 when bad), the runtime, clean shutdown. */
export function runSubgraph<
  C extends SubgraphConfig & { logLevel: Level },
  O extends object,
  X extends object,
>(def: SubgraphDefinition<C, O, X>, options: O & RuntimeOptions = {} as O & RuntimeOptions): void {
  runDeployable(
    def.name,
    () => def.loadConfig(),
    (config, log) => startSubgraph(def, config, log, options),
  );
}
