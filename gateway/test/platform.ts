import { createLogger } from '@pm/observability';
import { loadTenancyConfig } from '../../services/tenancy/src/config';
import { TenancyServer, startTenancy } from '../../services/tenancy/src/server';
import { loadGatewayConfig } from '../src/config';
import { RunningGateway, startGateway } from '../src/gateway';

export interface Platform {
  gatewayUrl: string;
  tenancyUrl: string;
  tenancy: TenancyServer;
  gateway: RunningGateway;
  stop(): Promise<void>;
}

/** The tenancy subgraph and the gateway in this process, on free ports, against the real stack. */
export async function startPlatform(env: Record<string, string> = {}): Promise<Platform> {
  const log = createLogger('test', (process.env.TEST_LOG_LEVEL as 'error') ?? 'error');
  const tenancy = await startTenancy(
    loadTenancyConfig({ ...process.env, PORT: '0', SIGNUP_RATE_PER_MINUTE: '1000', ...env }),
    log,
  );
  const gateway = await startGateway(
    loadGatewayConfig({ ...process.env, GATEWAY_PORT: '0', SUBGRAPH_TENANCY_URL: tenancy.http.url, ...env }),
    log,
  );
  return {
    gatewayUrl: gateway.http.url,
    tenancyUrl: tenancy.http.url,
    tenancy,
    gateway,
    async stop() {
      await gateway.stop();
      await tenancy.stop();
    },
  };
}
