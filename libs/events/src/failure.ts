/**
 * Why a consumer's attempt failed decides what happens to the message:
 * - `infrastructure`: the database or the network was not there (refused or dropped
 *   connections, timeouts, serialization failures, deadlocks, a server shutting down or out of
 *   connections). Nothing is wrong with the event: it is retried with capped exponential
 *   back-off for as long as it takes and never dead-lettered.
 * - `domain`: the handler rejected the event (its checks, a constraint of the data). After N
 *   attempts it goes to the dead letters with the reason.
 * Unknown errors count as `domain`: an operator sees them in the DLQ instead of a silent loop.
 */
export type FailureKind = 'infrastructure' | 'domain';

/** SQLSTATE classes and codes of transient failures (PostgreSQL appendix A). */
const PG_CLASSES = ['08', '53', '57P', '58'];
const PG_CODES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57014', // query_canceled (statement_timeout)
  '25P03', // idle_in_transaction_session_timeout
]);

const NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOTCONN',
  'ESHUTDOWN',
  // nats.js
  'TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_DRAINING',
  'DISCONNECT',
  '503',
]);

const MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /connection (?:timeout|timed out|refused|reset|closed)/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /knex: timeout acquiring a connection/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /too many (?:clients|connections)/i,
  /could not serialize access/i,
  /deadlock detected/i,
  /canceling statement due to statement timeout/i,
  /server closed the connection unexpectedly/i,
  /socket hang up/i,
  /read ECONNRESET/i,
  /not queryable/i,
  // knex, when the connection of an open transaction died under it
  /transaction query already complete/i,
  /connection (?:is )?(?:lost|ended)/i,
];

const MIKRO_ORM_TRANSIENT = new Set(['ConnectionException', 'DeadlockException', 'LockWaitTimeoutException']);

export function classifyError(e: unknown, depth = 0): FailureKind {
  if (!e || typeof e !== 'object' || depth > 5) return 'domain';
  const err = e as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof err.code === 'string' ? err.code : undefined;
  if (code) {
    if (PG_CODES.has(code) || NODE_CODES.has(code)) return 'infrastructure';
    if (/^[0-9A-Z]{5}$/.test(code) && PG_CLASSES.some((c) => code.startsWith(c))) return 'infrastructure';
  }
  if (typeof err.name === 'string' && MIKRO_ORM_TRANSIENT.has(err.name)) return 'infrastructure';
  if (typeof err.message === 'string' && MESSAGES.some((r) => r.test(err.message as string)))
    return 'infrastructure';
  // Wrapped errors (MikroORM's DriverException, AggregateError of a pool) carry the original.
  if (err.cause && classifyError(err.cause, depth + 1) === 'infrastructure') return 'infrastructure';
  if (Array.isArray(err.errors) && err.errors.some((x) => classifyError(x, depth + 1) === 'infrastructure'))
    return 'infrastructure';
  return 'domain';
}

/** Capped exponential back-off: base·2^attempt, at most `max`, with ±20 % jitter. */
export function backoffMs(attempt: number, base = 1_000, max = 60_000): number {
  const d = Math.min(base * 2 ** Math.min(attempt, 30), max);
  return Math.round(d * (0.8 + Math.random() * 0.4));
}
