import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  parse,
  type GraphQLArgument,
  type GraphQLNamedType,
} from 'graphql';

/** One argument, field, input field or enum value: its schema coordinate and its English text. */
export interface RefMember {
  /** Schema coordinate, e.g. `Query.bills`, `Query.bills(first:)`, `BillStatus.PAID`. */
  coordinate: string;
  name: string;
  /** The GraphQL type as written (`[Bill!]!`); empty for enum values. */
  type: string;
  description: string;
  args: RefMember[];
}

export interface RefType {
  coordinate: string;
  name: string;
  kind: 'object' | 'input' | 'enum' | 'scalar' | 'interface' | 'union';
  description: string;
  members: RefMember[];
}

/**
 * What the gateway serves but a partner never names: federation's and the supergraph's own
 * machinery (join__*, link__*, _Service, _Any, _Entity) and introspection.
 */
export const isMachinery = (name: string): boolean =>
  name.startsWith('__') || name.startsWith('_') || name.startsWith('join__') || name.startsWith('link__');

const kindOf = (t: GraphQLNamedType): RefType['kind'] =>
  isObjectType(t)
    ? 'object'
    : isInputObjectType(t)
      ? 'input'
      : isEnumType(t)
        ? 'enum'
        : isInterfaceType(t)
          ? 'interface'
          : isUnionType(t)
            ? 'union'
            : 'scalar';

/** Query and Mutation first, then every other type by name: the order the page lists them in. */
const order = (a: RefType, b: RefType) => {
  const rank = (t: RefType) => (t.name === 'Query' ? 0 : t.name === 'Mutation' ? 1 : 2);
  return rank(a) - rank(b) || a.name.localeCompare(b.name);
};

/** The API's types as partners see them, read from the composed supergraph's SDL. */
export function schemaReference(supergraphSdl: string): RefType[] {
  const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const types: RefType[] = [];
  for (const t of Object.values(schema.getTypeMap())) {
    if (isMachinery(t.name) || (isScalarType(t) && isSpecifiedScalarType(t))) continue;
    const members: RefMember[] = [];
    if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t))
      for (const f of Object.values(t.getFields())) {
        if (isMachinery(f.name)) continue;
        const coordinate = `${t.name}.${f.name}`;
        const args: readonly GraphQLArgument[] = 'args' in f ? f.args : [];
        members.push({
          coordinate,
          name: f.name,
          type: String(f.type),
          description: f.description ?? '',
          args: args.map((a) => ({
            coordinate: `${coordinate}(${a.name}:)`,
            name: a.name,
            type: String(a.type),
            description: a.description ?? '',
            args: [],
          })),
        });
      }
    if (isEnumType(t))
      for (const v of t.getValues())
        members.push({
          coordinate: `${t.name}.${v.name}`,
          name: v.name,
          type: '',
          description: v.description ?? '',
          args: [],
        });
    types.push({
      coordinate: t.name,
      name: t.name,
      kind: kindOf(t),
      description: t.description ?? '',
      members,
    });
  }
  return types.sort(order);
}

/** Every coordinate of the reference, types first within each type: what the zh-CN map must cover. */
export function coordinatesOf(types: RefType[]): { coordinate: string; description: string }[] {
  return types.flatMap((t) => [
    { coordinate: t.coordinate, description: t.description },
    ...t.members.flatMap((m) => [
      { coordinate: m.coordinate, description: m.description },
      ...m.args.map((a) => ({ coordinate: a.coordinate, description: a.description })),
    ]),
  ]);
}
