import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date: `2030-02-30` parses to March, so round-trip it. */
function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

function parseDate(value: unknown): string {
  if (!isCalendarDate(value))
    throw new GraphQLError('Date must be a calendar date, YYYY-MM-DD.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value;
}

/** The `Date` scalar: a calendar date with no time and no zone, kept as its `YYYY-MM-DD` text. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date with no time of day and no zone, ISO 8601 YYYY-MM-DD.',
  serialize: value => {
    if (!isCalendarDate(value)) throw new Error('Date value is not a YYYY-MM-DD calendar date.');
    return value;
  },
  parseValue: parseDate,
  parseLiteral: ast => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});
