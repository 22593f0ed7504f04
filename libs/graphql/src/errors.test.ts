import { GraphQLError, buildSchema, graphql } from 'graphql';
import { runInNewContext } from 'vm';
import { AuthorizationError } from 'type-graphql';
import { createLogger } from '@pm/observability';
import { DomainError, errorFormatter } from './errors';
import { ErrorCode } from '@pm/contracts';
import { DependencyTimeoutError } from '@pm/auth';

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

  it('logs the message of an error from another realm that graphql-js wrapped as NonErrorThrown', async () => {
    const foreign = runInNewContext('new TypeError("fetch failed: connect ECONNREFUSED 127.0.0.1:8080")');
    expect(foreign instanceof Error).toBe(false);
    const schema = buildSchema('type Query { x: String }');
    const r = await graphql({ schema, source: '{ x }', rootValue: { x: () => Promise.reject(foreign) } });
    const err = r.errors![0];
    const out = format({ message: err.message, path: err.path }, err);
    expect(out.extensions?.code).toBe(ErrorCode.INTERNAL);
    const ref = out.extensions?.ref as string;
    expect(lines.some((l) => l.includes(ref) && l.includes('connect ECONNREFUSED'))).toBe(true);
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

  it('deadlines that pass become TIMEOUT, naming the dependency where it is known', () => {
    const dep = wrap(new DependencyTimeoutError('subgraph billing', 400));
    expect(format({ message: dep.message }, dep).extensions).toEqual({
      code: ErrorCode.TIMEOUT,
      dependency: 'subgraph billing',
      timeoutMs: 400,
    });
    const sql = wrap(
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    );
    expect(format({ message: sql.message }, sql).extensions).toEqual({
      code: ErrorCode.TIMEOUT,
      dependency: 'database',
    });
    const abort = wrap(new DOMException('The operation was aborted due to timeout', 'TimeoutError') as never);
    expect(format({ message: abort.message }, abort).extensions?.code).toBe(ErrorCode.TIMEOUT);
  });

  it('a number past its column (a Fen input beyond its documented maximum) is VALIDATION_FAILED', () => {
    const e = wrap(
      Object.assign(new Error('value "3000000000" is out of range for type integer'), { code: '22003' }),
    );
    expect(format({ message: e.message }, e).extensions?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });
});
