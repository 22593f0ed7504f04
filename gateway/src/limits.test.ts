import { readFileSync } from 'fs';
import path from 'path';
import { GraphQLError } from 'graphql';
import { LIST_MAXIMA, SupergraphCosts, WEIGHTS } from './cost';
import { OperationGuard, OperationLimits } from './limits';
import { PlatformMetrics } from '@pm/observability';

const costs = new SupergraphCosts(readFileSync(path.resolve(__dirname, '../supergraph.graphql'), 'utf8'));
const LIMITS: OperationLimits = {
  maxCost: 20_000,
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 2_000,
  maxDirectives: 20,
};
const guard = new OperationGuard(costs, LIMITS);
const cost = (query: string, variables = {}) => guard.check({ query, variables })!.cost;
const refusal = (query: string, variables = {}) => {
  try {
    guard.check({ query, variables });
  } catch (e) {
    return (e as GraphQLError).extensions;
  }
  throw new Error('not refused');
};
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('cost model', () => {
  it('a root field weighs a query; scalars weigh one each', () => {
    expect(cost('{ me { userId } }')).toBe(1 + WEIGHTS.rootField + 1);
  });

  it("a connection's edges run for its page, its totalCount once; nested pages multiply", () => {
    const q =
      'query($n: Int) { properties(first: $n) { totalCount edges { node { id units(first: 100) { totalCount } } } } }';
    // properties + root, totalCount, edges ×1, then per property (n): node, id, units, units.totalCount.
    expect(cost(q, { n: 10 })).toBe(1 + WEIGHTS.rootField + 1 + 1 + 10 * 4);
    expect(cost(q, { n: 100 }) - cost(q, { n: 10 })).toBe(90 * 4);
    expect(cost('{ properties { edges { node { id } } } }')).toBe(1 + WEIGHTS.rootField + 1 + 50 * 2);
  });

  it('a field from another subgraph costs a fetch plus a lookup per parent object', () => {
    const list = '{ properties(first: 20) { edges { node { id } } } }';
    const join =
      '{ properties(first: 20) { edges { node { id staffKpis(period: "2026-11") { checksDone } } } } }';
    expect(cost(join) - cost(list)).toBe(20 * 1 + WEIGHTS.crossFetch + WEIGHTS.crossEntity * 20 + 20 * 1);
  });

  it('an unpaginated list costs its documented maximum', () => {
    const q = `{ arrears(propertyId: "0190a1b2-0000-7000-8000-000000000001", asOf: "2026-11-30") { overdueFen months } }`;
    expect(cost(q)).toBe(1 + WEIGHTS.rootField + LIST_MAXIMA['Query.arrears'] * 2);
  });

  it('__typename is a field like any other', () => {
    expect(cost('{ __typename a: __typename }')).toBe(2);
  });
});

describe('operation limits (QUERY_TOO_COMPLEX with the measured value and the limit)', () => {
  it('800 aliases of a cheap root field: too many tokens, and too many aliases where tokens allow', () => {
    const q = aliases(800, 'properties(first: 1) { totalCount }');
    expect(refusal(q)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 2_000 });
    const roomy = new OperationGuard(costs, { ...LIMITS, maxTokens: 100_000 });
    expect(() => roomy.check({ query: q })).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ limit: 'aliases', measured: 800, max: 30 }),
      }),
    );
    // And without the alias limit, the cost model alone refuses it: 800 root fields are 800 queries.
    const noAliasLimit = new OperationGuard(costs, { ...LIMITS, maxTokens: 100_000, maxAliases: 10_000 });
    expect(() => noAliasLimit.check({ query: q })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ limit: 'cost' }) }),
    );
  });

  it('aliases of me and of __typename count', () => {
    expect(refusal(aliases(31, 'me { userId }'))).toMatchObject({ limit: 'aliases', measured: 31 });
    expect(refusal(aliases(31, '__typename'))).toMatchObject({ limit: 'aliases', measured: 31 });
    expect(refusal(aliases(10_000, '__typename'))).toMatchObject({ limit: 'tokens', max: 2_000 });
  });

  it('a page of 99,999,999 and nested maximal pages', () => {
    expect(refusal('{ properties(first: 99999999) { edges { node { id } } } }')).toMatchObject({
      limit: 'cost',
      measured: 1 + WEIGHTS.rootField + 1 + 99_999_999 * 2,
      max: 20_000,
    });
    expect(
      refusal(
        '{ properties(first: 200) { edges { node { units(first: 200) { edges { node { id building } } } } } } }',
      ),
    ).toMatchObject({ limit: 'cost' });
  });

  it('depth, directives and fragments', () => {
    const deep =
      '{ properties { edges { node { units { edges { node { property { units { edges { node { property { units { edges { node { id } } } } } } } } } } } } } } }';
    expect(refusal(deep)).toMatchObject({ limit: 'depth', max: 12 });
    expect(refusal(`{ me ${'@include(if: true) '.repeat(21)} { userId } }`)).toMatchObject({
      limit: 'directives',
      measured: 21,
    });
    // Fragment cycles cannot loop the measure (the document is invalid; Apollo reports it).
    expect(cost('query { properties { ...P } } fragment P on PropertyConnection { totalCount ...P }')).toBe(
      1 + WEIGHTS.rootField + 1,
    );
  });

  it('picks the named operation and leaves syntax errors to Apollo', () => {
    const doc = `query Small { me { userId } } query Big ${aliases(40, 'me { userId }')}`;
    expect(guard.check({ query: doc, operationName: 'Small' })?.cost).toBe(27);
    expect(() => guard.check({ query: doc, operationName: 'Big' })).toThrow(/aliases 40/);
    expect(guard.check({ query: '{ me {' })).toBeUndefined();
  });
});

describe('parsed operations kept', () => {
  // Parse-cache hits and misses as the guard reports them to the metrics.
  const recorder = () => {
    const seen: boolean[] = [];
    const metrics = { cache: (_name: string, hit: boolean) => seen.push(hit) } as unknown as PlatformMetrics;
    return { seen, guard: new OperationGuard(costs, LIMITS, metrics) };
  };

  it('an admitted operation is parsed once, then answered from the cache', () => {
    const { seen, guard: g } = recorder();
    const q = '{ properties(first: 20) { edges { node { id name } } } }';
    g.check({ query: q });
    g.check({ query: q });
    expect(seen).toEqual([false, true]);
  });

  it('a refused one is not kept: fresh refused texts cannot fill the cache or push others out', () => {
    const { seen, guard: g } = recorder();
    const maxCost =
      '{ properties(first: 200) { edges { node { units(first: 200) { edges { node { id } } } } } } }';
    for (const q of [maxCost, maxCost, aliases(31, 'me { userId }'), aliases(31, 'me { userId }')])
      expect(() => g.check({ query: q })).toThrow(/exceeds the limit/);
    expect(seen).toEqual([false, false, false, false]);
  });
});
