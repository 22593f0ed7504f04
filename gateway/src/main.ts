import './instrumentation';
import { ConfigError } from '@pm/config';
import { createLogger } from '@pm/observability';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

async function main() {
  let config;
  try {
    config = loadGatewayConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  const log = createLogger('gateway', config.logLevel);
  const gw = await startGateway(config, log);
  const shutdown = async (signal: string) => {
    log.info('shutting down', { signal });
    await gw.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e) => {
  console.error(
    JSON.stringify({
      level: 'error',
      service: 'gateway',
      msg: 'failed to start',
      err: String(e?.stack ?? e),
    }),
  );
  process.exit(1);
});
