import { isCalendarDate } from '@pm/time';
import { GraphQLScalarType, Kind } from 'graphql';

function parseDate(v: unknown): string {
  if (typeof v !== 'string' || !isCalendarDate(v))
    throw new TypeError(`Date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(v)}`);
  return v;
}

/** A calendar date with no time zone (`YYYY-MM-DD`), kept as a string so it never shifts. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, with no time zone.',
  serialize: parseDate,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
