import { ErrorCode } from '@pm/contracts';

export class AuthError extends Error {
  constructor(
    readonly code: ErrorCode.UNAUTHENTICATED | ErrorCode.FORBIDDEN,
    readonly reason: string,
  ) {
    super(reason);
  }
}
