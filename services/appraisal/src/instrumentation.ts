import { startTelemetry } from '@pm/observability';
import { loadAppraisalConfig } from './config';

startTelemetry({ serviceName: 'appraisal', otlpEndpoint: loadAppraisalConfig().otlpEndpoint });
