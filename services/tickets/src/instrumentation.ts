import { startTelemetry } from '@pm/observability';
import { loadTicketsConfig } from './config';

startTelemetry({ serviceName: 'tickets', otlpEndpoint: loadTicketsConfig().otlpEndpoint });
