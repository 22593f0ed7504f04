import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import {
  GraphQLSchema,
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
} from 'graphql';

const root = path.resolve(__dirname, '../..');

/** Federation's and the supergraph's own machinery (join__*, link__*, _Service, _Any, _Entity, _entities). */
const machinery = (name: string) =>
  name.startsWith('_') || name.startsWith('join__') || name.startsWith('link__');

/**
 * Every type, field, argument, input field and enum value a partner can name that has no
 * description, as schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`).
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const text = (s: string | null | undefined) => !!s && s.trim().length > 0;
  for (const t of Object.values(schema.getTypeMap())) {
    if (machinery(t.name) || isSpecifiedScalarType(t)) continue;
    if (!text(t.description)) missing.push(t.name);
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t))
      for (const f of Object.values(t.getFields())) {
        if (machinery(f.name)) continue;
        if (!text(f.description)) missing.push(`${t.name}.${f.name}`);
        for (const a of 'args' in f ? f.args : [])
          if (!text(a.description)) missing.push(`${t.name}.${f.name}(${a.name}:)`);
      }
    if (isEnumType(t))
      for (const v of t.getValues()) if (!text(v.description)) missing.push(`${t.name}.${v.name}`);
  }
  return missing;
}

const load = (file: string) =>
  buildASTSchema(parse(readFileSync(path.join(root, file), 'utf8')), { assumeValidSDL: true });

const subgraphFiles = readdirSync(path.join(root, 'services')).map((s) => `services/${s}/schema.graphql`);

describe('every element of the API is described (partners read the SDL and the developer page)', () => {
  it('finds a missing description (the walk itself works)', () => {
    const schema = buildASTSchema(
      parse(`
        "A thing." type Query { "Described." a(x: Int): Int b: Int }
        "Colours." enum Colour { "Red." RED BLUE }
        input In { "Described." c: Int d: Int }
        type _Service { sdl: String }
      `),
    );
    expect(undescribed(schema)).toEqual(['Query.a(x:)', 'Query.b', 'Colour.BLUE', 'In', 'In.d']);
  });

  it.each(['gateway/supergraph.graphql', ...subgraphFiles])('%s has none without a description', (file) => {
    const missing = undescribed(load(file));
    if (missing.length)
      console.log(`${file}: ${missing.length} without a description:\n${missing.join('\n')}`);
    expect(missing).toEqual([]);
  });

  it('rule references name the repository’s own rules document', () => {
    // A description may cite R-XXX-N; docs/domain-rules.md must define every id cited.
    const rules = new Set(
      readFileSync(path.join(root, 'docs/domain-rules.md'), 'utf8').match(/R-[A-Z]+-\d+/g),
    );
    const sdl = readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8');
    const cited = [...new Set(sdl.match(/R-[A-Z]+-\d+/g))];
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter((id) => !rules.has(id))).toEqual([]);
  });

  it('says who may call each root field, from its @Authorized roles', () => {
    const schema = load('gateway/supergraph.graphql');
    const mutations = schema.getMutationType()!.getFields();
    expect(mutations.setPolicy.description).toMatch(/ Roles: HQ\.$/);
    expect(mutations.recordPayment.description).toMatch(/ Roles: [A-Z_, ]*FINANCE[A-Z_, ]*\.$/);
    expect(schema.getQueryType()!.getFields().me.description).toMatch(
      /Any signed-in staff member or partner app\.$/,
    );
    // Public: no @Authorized, so nothing is claimed about roles.
    expect(mutations.signUpPropertyCompany.description).not.toMatch(/Roles:|signed-in/);
  });
});
