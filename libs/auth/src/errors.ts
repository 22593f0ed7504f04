import { ErrorCode } from '@pm/contracts';

export class AuthError extends Error {
  constructor(
    readonly code: ErrorCode.UNAUTHENTICATED | ErrorCode.FORBIDDEN,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/**
 * An outbound call (JWKS, tenant directory, Keycloak admin, a subgraph) did not answer within its
 * configured time. Callers turn it into `TIMEOUT`, never a hung request.
 */
export class DependencyTimeoutError extends Error {
  constructor(
    readonly dependency: string,
    readonly timeoutMs: number,
  ) {
    super(`${dependency} did not answer within ${timeoutMs} ms`);
  }
}

/** AbortSignal.timeout rejects with a DOMException (not always `instanceof Error` across realms). */
export const isAbort = (e: unknown) => {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
};

/** `fetch` with a deadline; a deadline that passes is a DependencyTimeoutError naming the dependency. */
export async function fetchWithin(
  dependency: string,
  timeoutMs: number,
  url: string,
  init: RequestInit = {},
): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    if (isAbort(e)) throw new DependencyTimeoutError(dependency, timeoutMs);
    throw e;
  }
}

/** Reads a body under the same kind of deadline (a server may stall after its headers). */
export async function jsonWithin<T>(dependency: string, timeoutMs: number, res: Response): Promise<T> {
  try {
    return (await res.json()) as T;
  } catch (e) {
    if (isAbort(e)) throw new DependencyTimeoutError(dependency, timeoutMs);
    throw e;
  }
}
