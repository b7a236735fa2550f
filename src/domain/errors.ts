/** A query argument the caller got wrong (a bad cursor, a page size out of range): `BAD_USER_INPUT`. */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
}
