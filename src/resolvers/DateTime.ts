import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('DateTime must be an RFC 3339 date-time with an offset.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new Date(value);
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An RFC 3339 date-time, always emitted in UTC.',
  serialize: value => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime()))
      throw new Error('DateTime value is not a Date.');
    return value.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: ast => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});
