import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { measure } from './limits';

const m = (q: string, vars = {}) => {
  const doc = parse(q);
  return measure(
    doc,
    doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode,
    vars,
  );
};

describe('operation limits', () => {
  it('counts depth and multiplies cost by page sizes', () => {
    expect(m('{ me { userId } }')).toEqual({ depth: 2, cost: 2 });
    expect(
      m(
        'query($n: Int) { properties(first: $n) { edges { node { id units(first: 100) { totalCount } } } } }',
        { n: 10 },
      ),
    ).toEqual({ depth: 5, cost: 1 + 10 + 10 + 10 + 10 + 1000 });
  });

  it('follows fragments without looping', () => {
    const r = m('query { properties { ...P } } fragment P on PropertyConnection { edges { node { id } } }');
    expect(r.depth).toBe(4);
  });
});
