import { ConfigError } from '@pm/config';
import { Level, Logger, createLogger } from './logger';
import { stopTelemetry } from './telemetry';

/**
 * The entry point of every deployable: load config (a bad value exits 78 naming the variable),
 * start, and stop cleanly on SIGTERM/SIGINT so in-flight requests and outbox rows finish;
 * telemetry is flushed last, so the spans of the shutdown itself are exported.
 */
export function runDeployable<C extends { logLevel: Level }>(
  service: string,
  loadConfig: () => C,
  start: (config: C, log: Logger) => Promise<{ stop(): Promise<void> }>,
): void {
  let config: C;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(78);
  }
  const log = createLogger(service, config.logLevel);
  start(config, log)
    .then((running) => {
      const shutdown = async (signal: string) => {
        log.info('shutting down', { signal });
        await running.stop();
        await stopTelemetry();
        process.exit(0);
      };
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      process.once('SIGINT', () => void shutdown('SIGINT'));
    })
    .catch((e) => {
      log.error('failed to start', { err: e instanceof Error ? e : new Error(String(e)) });
      process.exit(1);
    });
}
