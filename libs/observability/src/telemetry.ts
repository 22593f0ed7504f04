import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { BatchSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-base';

let sdk: NodeSDK | undefined;

/**
 * Must run before http, pg or graphql are first required (each deployable's
 * `instrumentation.ts` is its first import). Without an OTLP endpoint, spans are still
 * created so trace ids reach the logs and the NATS headers.
 */
export function startTelemetry(opts: {
  serviceName: string;
  otlpEndpoint?: string;
  exporter?: SpanExporter;
}): void {
  if (sdk) return;
  const exporter =
    opts.exporter ??
    (opts.otlpEndpoint ? new OTLPTraceExporter({ url: `${opts.otlpEndpoint}/v1/traces` }) : undefined);
  sdk = new NodeSDK({
    serviceName: opts.serviceName,
    spanProcessors: exporter ? [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 200 })] : [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => req.url === '/health' || req.url === '/ready',
      }),
      // Resolver spans on large lists cost more than they tell; operation-level spans are kept.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, depth: 2, mergeItems: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
}

export async function stopTelemetry(): Promise<void> {
  await sdk?.shutdown();
  sdk = undefined;
}
