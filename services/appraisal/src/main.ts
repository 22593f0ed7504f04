import './instrumentation';
import { ConfigError } from '@pm/config';
import { createLogger } from '@pm/observability';
import { loadAppraisalConfig } from './config';
import { startAppraisal } from './server';

async function main() {
  let config;
  try {
    config = loadAppraisalConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  const log = createLogger('appraisal', config.logLevel);
  const server = await startAppraisal(config, log);
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
      service: 'appraisal',
      msg: 'failed to start',
      err: String(e?.stack ?? e),
    }),
  );
  process.exit(1);
});
