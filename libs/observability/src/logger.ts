import { trace } from '@opentelemetry/api';
import { currentTenant } from '@pm/tenant-context';

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

type Sink = (line: string) => void;

/** JSON lines carrying the trace id and tenant id of whatever is running, so logs join traces. */
export function createLogger(
  service: string,
  level: Level = 'info',
  sink: Sink = (l) => process.stdout.write(l + '\n'),
  bindings: Record<string, unknown> = {},
): Logger {
  const emit = (lvl: Level, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const span = trace.getActiveSpan()?.spanContext();
    const tenant = currentTenant();
    const rec: Record<string, unknown> = {
      time: new Date().toISOString(),
      level: lvl,
      service,
      msg,
      ...bindings,
    };
    if (span) Object.assign(rec, { traceId: span.traceId, spanId: span.spanId });
    if (tenant) Object.assign(rec, { tenantId: tenant.tenantId, actorId: tenant.actor.id });
    if (fields)
      for (const [k, v] of Object.entries(fields))
        rec[k] = v instanceof Error ? { message: v.message, stack: v.stack } : v;
    sink(JSON.stringify(rec));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (b) => createLogger(service, level, sink, { ...bindings, ...b }),
  };
}
