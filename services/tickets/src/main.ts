import './instrumentation';
import { ConfigError } from '@pm/config';
import { createLogger } from '@pm/observability';
import { loadTicketsConfig } from './config';
import { startTickets } from './server';

async function main() {
  let config;
  try {
    config = loadTicketsConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  const log = createLogger('tickets', config.logLevel);
  const server = await startTickets(config, log);
  const shutdown = async (signal: string) => {
    log.info('shutting down', { signal });
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  console.error(
    JSON.stringify({
      level: 'error',
      service: 'tickets',
      msg: 'failed to start',
      err: String(e?.stack ?? e),
    }),
  );
  process.exit(1);
});
