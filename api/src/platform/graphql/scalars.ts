import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { isLocalDate } from '../../domain/calendar/local-date';

// PostgreSQL takes years 4713 BC to far beyond 9999; JS and the contract agree on 1900..9999,
// so that a well-formed but absurd value is refused as input rather than failing in the database.
const firstYear = 1900;
const lastYear = 9999;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value) || Number(value.slice(0, 4)) < firstYear) {
    throw badInput(`LocalDate must be a calendar day YYYY-MM-DD from ${firstYear} on, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: "A calendar day, YYYY-MM-DD, in the office's time zone (Europe/Berlin).",
  serialize: (value) => parseLocalDate(value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('LocalDate must be a string YYYY-MM-DD');
    return parseLocalDate(ast.value);
  },
});

function inRange(instant: Date): Date {
  const year = instant.getUTCFullYear();
  if (year < firstYear || year > lastYear) throw badInput(`DateTime must lie in the years ${firstYear} to ${lastYear}`);
  return instant;
}

/** graphql-scalars' RFC 3339 DateTime (UTC on output), limited to years the database and clients agree on. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 / RFC 3339 with offset; answered in UTC.',
  serialize: (value) => {
    // The common case, a valid Date, directly: a day's free times are thousands of them per answer.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    const serialized: unknown = DateTimeResolver.serialize(value);
    return serialized instanceof Date ? serialized.toISOString() : String(serialized);
  },
  parseValue: (value) => inRange(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (ast, variables) => inRange(DateTimeResolver.parseLiteral(ast, variables) as Date),
});
