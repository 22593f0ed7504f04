import { startTelemetry } from '@pm/observability';
import { loadGatewayConfig } from './config';

startTelemetry({ serviceName: 'gateway', otlpEndpoint: loadGatewayConfig().otlpEndpoint });
