import { readFileSync } from 'fs';
import path from 'path';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
} from 'graphql';
import { SERVICES } from '@pm/contracts';
import {
  Company,
  Platform,
  removeCompanies,
  entitiesCall,
  signUpCompany,
  starter,
  startPlatform,
} from '@pm/testing/kit';
import { gql } from '@pm/testing';

/**
 * Every root field of the committed supergraph that takes an id, with a malformed id in each
 * place an id can go (argument, input field, list item): a query answers null or NOT_FOUND, a
 * mutation VALIDATION_FAILED naming the place — never INTERNAL. The cases come from the
 * schema, so a field added to any subgraph is covered without editing this file.
 */
const supergraph = buildASTSchema(
  parse(readFileSync(path.join(__dirname, '../supergraph.graphql'), 'utf8')),
  { assumeValidSDL: true },
);
const MALFORMED = '12345';

const SAMPLE: Record<string, unknown> = {
  ID: '00000000-0000-7000-8000-000000000000',
  String: 'x',
  Int: 1,
  Fen: 100,
  Float: 1,
  Boolean: false,
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
  JSON: {},
};

/** Paths (`input.unitId`, `ids[0]`) where an ID may appear under a type, as [path, type chain]. */
function idPaths(type: GraphQLInputType, prefix: string, seen: string[] = []): string[] {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return idPaths(t.ofType, `${prefix}[0]`, seen);
  if (isLeafType(t)) return t.name === 'ID' ? [prefix] : [];
  if (!isInputObjectType(t) || seen.includes(t.name)) return [];
  return Object.values(t.getFields()).flatMap((f) =>
    idPaths(f.type, `${prefix}.${f.name}`, [...seen, t.name]),
  );
}

/** A value of `type` with every required part filled and the malformed id at `target`. */
function valueFor(type: GraphQLInputType, at: string, target: string): unknown {
  if (at === target) return isListType(getNullableType(type)) ? [MALFORMED] : MALFORMED;
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [valueFor(t.ofType, `${at}[0]`, target)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isLeafType(t)) return t.name in SAMPLE ? SAMPLE[t.name] : 'x';
  const out: Record<string, unknown> = {};
  for (const f of Object.values((t as Exclude<typeof t, typeof t & { ofType: unknown }>).getFields())) {
    const p = `${at}.${f.name}`;
    if (isNonNullType(f.type) || target.startsWith(`${p}.`) || target.startsWith(`${p}[`) || target === p)
      out[f.name] = valueFor(f.type, p, target);
  }
  return out;
}

interface Case {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  target: string;
}

function cases(schema: GraphQLSchema): Case[] {
  const out: Case[] = [];
  for (const [kind, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const)
    for (const field of Object.values(root!.getFields()))
      for (const arg of field.args)
        for (const target of idPaths(arg.type, arg.name)) out.push({ kind, field, target });
  return out;
}

function operation({ kind, field, target }: Case) {
  const args = field.args.filter(
    (a) =>
      isNonNullType(a.type) ||
      target === a.name ||
      target.startsWith(`${a.name}.`) ||
      target.startsWith(`${a.name}[`),
  );
  const variables = Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, a.name, target)]));
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const pass = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${selection} }`,
    variables,
  };
}

const all = cases(supergraph);

/** Entity types and the subgraphs that resolve them by id (`@join__type(graph:, key: "id")`). */
function entityKeys(): { graph: string; type: string }[] {
  const out: { graph: string; type: string }[] = [];
  for (const def of parse(readFileSync(path.join(__dirname, '../supergraph.graphql'), 'utf8')).definitions) {
    if (def.kind !== 'ObjectTypeDefinition') continue;
    for (const d of def.directives ?? []) {
      const arg = (n: string) => d.arguments?.find((x) => x.name.value === n)?.value as any;
      if (d.name.value === 'join__type' && arg('key')?.value === 'id')
        out.push({ graph: String(arg('graph').value).toLowerCase(), type: def.name.value });
    }
  }
  return out;
}

describe('malformed ids on every id-taking root field of the supergraph', () => {
  let p: Platform;
  let a: Company;

  beforeAll(async () => {
    p = await startPlatform(
      {},
      SERVICES.filter((s) => s.name !== 'tenancy').map((s) => starter(s.name)),
    );
    a = await signUpCompany(p.gatewayUrl);
  }, 120_000);
  afterAll(async () => {
    await removeCompanies([a]);
    await p?.stop();
  });

  it('covers the id-taking fields of every subgraph', () => {
    const fields = new Set(all.map((c) => c.field.name));
    for (const f of [
      'property',
      'customer',
      'ticket',
      'bill',
      'billingRun',
      'check',
      'recordPayment',
      'moveIn',
    ])
      expect(fields).toContain(f);
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all.map((c) => [`${c.kind} ${c.field.name} (${c.target})`, c] as const))('%s', async (_name, c) => {
    const { query, variables } = operation(c);
    const r = await gql(p.gatewayUrl, query, variables, a.token);
    if (c.kind === 'mutation') {
      expect(r.errors?.map((e: any) => e.extensions.code)).toEqual(['VALIDATION_FAILED']);
      expect((r.errors as any)[0].extensions.details.problems[0].field).toBe(c.target);
    } else if (isNonNullType(c.field.type)) {
      expect(r.errors?.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    } else {
      expect(r.errors).toBeUndefined();
      expect(r.data[c.field.name]).toBeNull();
    }
  });

  it.each(entityKeys().map((k) => [`${k.graph}: ${k.type}`, k] as const))(
    '_entities in %s with a malformed id resolves to null',
    async (_name, { graph, type }) => {
      const url = graph === 'tenancy' ? p.tenancyUrl : p.subgraphUrls[graph];
      const body = await entitiesCall(url, a.token, [{ __typename: type, id: MALFORMED }], '__typename');
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toEqual([null]);
    },
  );
});
