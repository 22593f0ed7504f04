import { GraphQLObjectType, GraphQLSchema, graphql } from 'graphql';
import { isCalendarDate } from '@pm/time';
import { DateScalar, FenScalar } from './scalars';
import { decodePage, toConnection } from './connection';

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(() => DateScalar.parseValue('2026-11-27T00:00:00Z')).toThrow(/YYYY-MM-DD/);
  });
});

describe('connections', () => {
  it('pages by cursor and rejects foreign cursors', () => {
    const rows = [
      '0190a1b2-0000-7000-8000-000000000001',
      '0190a1b2-0000-7000-8000-000000000002',
      '0190a1b2-0000-7000-8000-000000000003',
    ].map((id) => ({ id }));
    const c = toConnection(rows, 2, 3);
    expect(c.pageInfo.hasNextPage).toBe(true);
    expect(decodePage({ first: 2, after: c.pageInfo.endCursor })).toEqual({ limit: 2, afterId: rows[1].id });
    expect(() => decodePage({ after: 'garbage' })).toThrow(/cursor/);
    expect(() => decodePage({ first: 0 })).toThrow(/first/);
  });
});

describe('Fen scalar', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: { type: FenScalar, args: { v: { type: FenScalar } }, resolve: (_s, a) => a.v },
        fromDb: { type: FenScalar, resolve: () => '3000000000' },
      },
    }),
  });
  const run = (source: string, variableValues?: Record<string, unknown>) =>
    graphql({ schema, source, variableValues });

  it('3,000,000,000 fen (past Int) round-trips exactly, as a literal, a variable and a bigint string', async () => {
    expect((await run('{ echo(v: 3000000000) }')).data).toEqual({ echo: 3_000_000_000 });
    expect((await run('query($v: Fen) { echo(v: $v) }', { v: 3_000_000_000 })).data).toEqual({
      echo: 3_000_000_000,
    });
    expect((await run('{ fromDb }')).data).toEqual({ fromDb: 3_000_000_000 });
    expect((await run('query($v: Fen) { echo(v: $v) }', { v: Number.MAX_SAFE_INTEGER })).data).toEqual({
      echo: Number.MAX_SAFE_INTEGER,
    });
  });

  it.each([
    ['a fraction', 12.5],
    ['NaN', Number.NaN],
    ['a string', '300'],
    ['past 2^53 − 1', 2 ** 53],
  ])('refuses %s', async (_what, v) => {
    const r = await run('query($v: Fen) { echo(v: $v) }', { v });
    expect(r.errors?.[0].message).toMatch(/Fen must be a whole number/);
  });

  it('refuses non-integer literals', async () => {
    expect((await run('{ echo(v: 1.5) }')).errors).toBeDefined();
    expect((await run('{ echo(v: "100") }')).errors).toBeDefined();
    expect((await run('{ echo(v: 9007199254740993) }')).errors).toBeDefined();
  });
});
