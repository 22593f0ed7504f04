import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { BatchSpanProcessor, NoopSpanProcessor, SpanExporter } from '@opentelemetry/sdk-trace-base';

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
    // With no processor the SDK registers no tracer provider and trace ids are all zeros; a
    // no-op processor keeps real ids for logs and propagation without exporting anything.
    spanProcessors: [
      exporter ? new BatchSpanProcessor(exporter, { scheduledDelayMillis: 200 }) : new NoopSpanProcessor(),
    ],
    // Left out, the SDK would build OTLP metric and log exporters from defaults and send to
    // localhost:4318; this platform exports traces only, and only when told where.
    metricReaders: [],
    logRecordProcessors: [],
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
