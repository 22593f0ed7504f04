import { GraphQLError } from 'graphql';
import { AuthorizationError } from 'type-graphql';
import { createLogger } from '@pm/observability';
import { DomainError, errorFormatter } from './errors';
import { ErrorCode } from '@pm/contracts';

describe('error formatting', () => {
  const lines: string[] = [];
  const format = errorFormatter(createLogger('t', 'error', (l) => lines.push(l)));
  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it('masks unknown errors with a reference that is logged with the cause', () => {
    const err = wrap(new Error('password authentication failed for user "pm_app"'));
    const out = format({ message: err.message, path: ['x'] }, err);
    expect(out.extensions?.code).toBe(ErrorCode.INTERNAL);
    expect(out.message).not.toMatch(/password/);
    const ref = out.extensions?.ref as string;
    expect(lines.some((l) => l.includes(ref) && l.includes('password authentication failed'))).toBe(true);
  });

  it('keeps domain codes and turns role refusals into FORBIDDEN', () => {
    const d = new DomainError(ErrorCode.CONFLICT, 'unit exists');
    expect(format({ message: d.message, extensions: d.extensions }, d).extensions?.code).toBe(
      ErrorCode.CONFLICT,
    );
    const a = wrap(new AuthorizationError());
    expect(format({ message: a.message }, a).extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('reports GraphQL input errors as VALIDATION_FAILED', () => {
    const e = new GraphQLError('Variable "$i" got invalid value', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(format({ message: e.message, extensions: e.extensions }, e).extensions?.code).toBe(
      ErrorCode.VALIDATION_FAILED,
    );
  });
});
