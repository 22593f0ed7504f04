import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@pm/contracts';
import { Logger } from '@pm/observability';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthenticationError, AuthorizationError } from 'type-graphql';
import { AuthError, DependencyTimeoutError, DirectoryBusyError, isAbort } from '@pm/auth';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.TIMEOUT]: 504,
  [ErrorCode.PERSISTED_QUERY_NOT_ALLOWED]: 403,
};

/** A failure the caller can act on; its code is part of the public contract. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}

export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (why = 'not allowed') => new DomainError(ErrorCode.FORBIDDEN, why);
export const conflict = (why: string, details?: Record<string, unknown>) =>
  new DomainError(ErrorCode.CONFLICT, why, details);
export const validationFailed = (message: string, problems: { field: string; message: string }[] = []) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, message, { problems });

/**
 * Errors raised before execution (context, auth, limits, quotas) keep their HTTP status; `extra`
 * joins the extensions (the measured value and the limit), `retryAfterS` becomes `Retry-After`.
 */
export function requestError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
  retryAfterS?: number,
): GraphQLError {
  const status = HTTP_STATUS[code];
  const headers =
    retryAfterS === undefined ? undefined : new HeaderMap([['retry-after', String(retryAfterS)]]);
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status, ...(headers ? { headers } : {}) } } : {}) },
  });
}

export const rateLimited = (message: string, retryAfterS: number, extra: Record<string, unknown> = {}) =>
  requestError(ErrorCode.RATE_LIMITED, message, { retryAfterS, ...extra }, retryAfterS);

export const timedOut = (e: DependencyTimeoutError) =>
  requestError(ErrorCode.TIMEOUT, e.message, { dependency: e.dependency, timeoutMs: e.timeoutMs });

/** What a failed token check answers: its own code, TIMEOUT, or RATE_LIMITED when lookups are capped. */
export function verificationError(e: unknown): GraphQLError | undefined {
  if (e instanceof AuthError) return requestError(e.code, e.reason);
  if (e instanceof DependencyTimeoutError) return timedOut(e);
  if (e instanceof DirectoryBusyError) return rateLimited(e.message, 1);
  return undefined;
}

/** A PostgreSQL error code on the error or what it wraps (MikroORM keeps the driver's as `previous`). */
const hasPgCode = (e: unknown, code: string): boolean =>
  !!e &&
  typeof e === 'object' &&
  ((e as { code?: unknown }).code === code ||
    hasPgCode((e as { cause?: unknown }).cause, code) ||
    hasPgCode((e as { previous?: unknown }).previous, code));
/** `query_canceled`, which `statement_timeout` raises. */
const isStatementTimeout = (e: unknown) => hasPgCode(e, '57014');
/** `numeric_value_out_of_range`: a Fen input past its column's documented maximum. */
const isOutOfRange = (e: unknown) => hasPgCode(e, '22003');

const PUBLIC_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * graphql-js wraps anything that fails `instanceof Error` as NonErrorThrown — errors made by
 * Node itself (fetch's TypeError, AbortSignal's DOMException) fail it inside jest's sandbox realm.
 */
const thrownValue = (e: unknown): unknown =>
  e && typeof e === 'object' && (e as { name?: unknown }).name === 'NonErrorThrown' && 'thrownValue' in e
    ? (e as { thrownValue: unknown }).thrownValue
    : e;

/** An error from another realm keeps its name, message, stack and cause in the log. */
function loggable(e: unknown): Error {
  if (e instanceof Error) return e;
  const like = (e ?? {}) as { name?: unknown; message?: unknown; stack?: unknown; cause?: unknown };
  if (typeof like.message !== 'string') return new Error(String(e));
  const err = new Error(like.message, { cause: like.cause });
  err.name = typeof like.name === 'string' ? like.name : 'Error';
  if (typeof like.stack === 'string') err.stack = like.stack;
  return err;
}

/**
 * Known codes pass through; anything else becomes INTERNAL with a reference the operator
 * can find in the logs, never the message or stack of the original error.
 */
export function errorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = thrownValue(unwrapResolverError(error));
    if (original instanceof AuthorizationError)
      return {
        message: 'your roles do not allow this',
        path: formatted.path,
        extensions: { code: ErrorCode.FORBIDDEN },
      };
    if (original instanceof AuthenticationError)
      return {
        message: 'a bearer token is required',
        path: formatted.path,
        extensions: { code: ErrorCode.UNAUTHENTICATED },
      };
    if (original instanceof DependencyTimeoutError)
      return {
        message: original.message,
        path: formatted.path,
        extensions: {
          code: ErrorCode.TIMEOUT,
          dependency: original.dependency,
          timeoutMs: original.timeoutMs,
        },
      };
    // AbortSignal.timeout's DOMException, from a client given a deadline (the Keycloak admin client).
    if (isAbort(original))
      return {
        message: 'a dependency did not answer in time',
        path: formatted.path,
        extensions: { code: ErrorCode.TIMEOUT, dependency: 'upstream' },
      };
    if (isOutOfRange(original))
      return {
        message: 'a number is beyond the maximum of its field',
        path: formatted.path,
        extensions: { code: ErrorCode.VALIDATION_FAILED, details: { problems: [] } },
      };
    if (isStatementTimeout(original))
      return {
        message: 'a database statement ran past its time limit',
        path: formatted.path,
        extensions: { code: ErrorCode.TIMEOUT, dependency: 'database' },
      };
    // Already masked by a subgraph's formatter: pass it on with the subgraph's reference.
    if (code === ErrorCode.INTERNAL && typeof formatted.extensions?.ref === 'string')
      return {
        message: formatted.message,
        path: formatted.path,
        extensions: { code, ref: formatted.extensions.ref },
      };
    if (code && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL) {
      if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED') {
        return {
          ...formatted,
          extensions: {
            ...formatted.extensions,
            code: ErrorCode.VALIDATION_FAILED,
            graphqlCode: code,
            stacktrace: undefined,
          },
        };
      }
      return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
    }
    const ref = Math.random().toString(36).slice(2, 10);
    log.error('internal error', {
      ref,
      path: formatted.path,
      err: loggable(original),
    });
    return {
      message: `Internal error (ref ${ref})`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL, ref },
    };
  };
}
