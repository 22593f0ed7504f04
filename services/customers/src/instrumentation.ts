import { startTelemetry } from '@pm/observability';
import { loadCustomersConfig } from './config';

startTelemetry({ serviceName: 'customers', otlpEndpoint: loadCustomersConfig().otlpEndpoint });
