import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { TFunction } from 'i18next';

const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'ARREARS_BLOCK',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'DEPENDENCY_FAILED',
  'URL_NOT_ALLOWED',
  'INTERNAL',
]);

interface Problem {
  field?: string;
  message?: string;
}

/**
 * An error as the user reads it, chosen by the GraphQL error's extensions.code; the server's
 * English message is shown only as the detail of a validation failure (which field, why).
 */
export function errorText(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error) && error.errors.length) {
    const first = error.errors[0];
    const code = String(first.extensions?.code ?? 'INTERNAL');
    const details = first.extensions?.details as { problems?: Problem[] } | undefined;
    const problems = details?.problems ?? [];
    const detail = problems.length
      ? problems.map((p) => [p.field, p.message].filter(Boolean).join(': ')).join('; ')
      : first.message;
    return t(`errors.${KNOWN.has(code) ? code : 'INTERNAL'}`, { detail });
  }
  if (ServerError.is(error))
    return t(error.statusCode === 401 ? 'errors.UNAUTHENTICATED' : 'errors.INTERNAL');
  return t('errors.NETWORK');
}
