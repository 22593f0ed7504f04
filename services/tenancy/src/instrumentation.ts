import { startTelemetry } from '@pm/observability';
import { loadTenancyConfig } from './config';

startTelemetry({ serviceName: 'tenancy', otlpEndpoint: loadTenancyConfig().otlpEndpoint });
