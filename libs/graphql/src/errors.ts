import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@pm/contracts';
import { Logger } from '@pm/observability';
import { unwrapResolverError } from '@apollo/server/errors';
import { AuthenticationError, AuthorizationError } from 'type-graphql';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
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

/** Errors raised before execution (context, auth) keep their HTTP status. */
export function requestError(code: ErrorCode, message: string): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

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
 * Known codes pass through; anything else becomes INTERNAL with a reference the operator
 * can find in the logs, never the message or stack of the original error.
 */
export function errorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const original = unwrapResolverError(error);
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
      err: original instanceof Error ? original : new Error(String(original)),
    });
    return {
      message: `Internal error (ref ${ref})`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL, ref },
    };
  };
}
