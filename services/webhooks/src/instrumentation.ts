import { readOtlpEndpoint } from '@pm/config';
import { startTelemetry } from '@pm/observability';

startTelemetry({ serviceName: 'webhooks', otlpEndpoint: readOtlpEndpoint() });
