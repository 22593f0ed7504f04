import { buildSchema, graphql } from 'graphql';
import { guardIds, wellFormedReference } from './ids';

const ID = '0190a0c4-5f6e-7a4b-8c1d-2e3f4a5b6c7d';

function schema() {
  const s = buildSchema(`
    input Line { ticketIds: [ID!], note: String }
    input Pay { billId: ID!, lines: [Line!] }
    type Thing { id: ID! }
    type Query { thing(id: ID!): Thing, things(propertyId: ID): [Thing!]!, count(n: Int): Int }
    type Mutation { pay(input: Pay!): Thing! }
  `);
  const seen: unknown[] = [];
  const resolve = (_: unknown, args: unknown) => {
    seen.push(args);
    return { id: ID };
  };
  s.getQueryType()!.getFields().thing.resolve = resolve;
  s.getQueryType()!.getFields().things.resolve = (src, args) => [resolve(src, args)];
  s.getQueryType()!.getFields().count.resolve = () => 1;
  s.getMutationType()!.getFields().pay.resolve = resolve;
  return { schema: guardIds(s), seen };
}

describe('guardIds: a malformed id never reaches a resolver', () => {
  it('a nullable query answers null, a non-null one NOT_FOUND', async () => {
    const { schema: s, seen } = schema();
    const r = await graphql({ schema: s, source: '{ thing(id: "12345") { id } }' });
    expect(r).toEqual({ data: { thing: null } });
    const l = await graphql({ schema: s, source: '{ things(propertyId: "x") { id } }' });
    expect(l.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    expect(seen).toEqual([]);
  });

  it('a mutation answers VALIDATION_FAILED naming the place, deep in inputs and lists', async () => {
    const { schema: s, seen } = schema();
    const r = await graphql({
      schema: s,
      source: `mutation { pay(input: { billId: "${ID}", lines: [{ ticketIds: ["${ID}", "nope"] }] }) { id } }`,
    });
    expect(r.errors?.map((e) => e.extensions.code)).toEqual(['VALIDATION_FAILED']);
    expect((r.errors![0].extensions.details as any).problems).toEqual([
      { field: 'input.lines[0].ticketIds[1]', message: 'not a valid id' },
    ]);
    expect(seen).toEqual([]);
  });

  it('well-formed and absent ids pass through', async () => {
    const { schema: s, seen } = schema();
    const r = await graphql({
      schema: s,
      source: `{ thing(id: "${ID}") { id } things { id } count(n: 2) }`,
    });
    expect(r.errors).toBeUndefined();
    expect(seen).toHaveLength(2);
  });

  it('a reference with a malformed id resolves to null without the resolver', () => {
    const calls: string[] = [];
    const ref = wellFormedReference((r: { id: string }) => calls.push(r.id));
    expect(ref({ id: '12345' }, {})).toBeNull();
    ref({ id: ID }, {});
    expect(calls).toEqual([ID]);
  });
});
