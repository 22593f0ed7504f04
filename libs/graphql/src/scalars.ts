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

/** Money in integer fen (分): exact in a JavaScript number up to 2^53 − 1 (≈ ¥90 trillion). */
function toFen(v: unknown, input: boolean): number {
  // PostgreSQL's bigint and sums reach resolvers as decimal strings; callers must send numbers.
  const n =
    !input && typeof v === 'string' && /^-?\d+$/.test(v)
      ? Number(v)
      : !input && typeof v === 'bigint'
        ? Number(v)
        : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new TypeError(
      `Fen must be a whole number of fen within ±(2^53 − 1), got ${JSON.stringify(String(v))}`,
    );
  return n;
}

/**
 * Every money field and argument: an integer number of fen, safe up to 2^53 − 1, where GraphQL's
 * `Int` stops at 2^31 − 1 (¥21,474,836.47, less than a large property's monthly billing).
 * Fractions, NaN, strings and larger values are refused (VALIDATION_FAILED).
 */
export const FenScalar = new GraphQLScalarType({
  name: 'Fen',
  description:
    'An amount of money in integer fen (分, 1/100 yuan), exact up to 2^53 − 1. Sent and received as a JSON number; fractions, strings and larger values are refused.',
  serialize: (v) => toFen(v, false),
  parseValue: (v) => toFen(v, true),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Fen must be an integer literal');
    return toFen(Number(ast.value), true);
  },
});
