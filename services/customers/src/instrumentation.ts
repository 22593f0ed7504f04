import { readOtlpEndpoint } from '@pm/config';
import { startTelemetry } from '@pm/observability';

startTelemetry({ serviceName: 'customers', otlpEndpoint: readOtlpEndpoint() });
