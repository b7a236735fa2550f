/** A query argument the caller got wrong (a bad cursor, a page size out of range): `BAD_USER_INPUT`. */
export class InvalidArgumentError extends Error {
  override readonly name = 'InvalidArgumentError';
}

/**
 * One input field at fault, with the message for the caller. Thrown inside validation and caught at
 * its edge, where it becomes the `field`/`message` of a typed invalid result; it never leaves a service.
 */
export class InvalidFieldError extends Error {
  override readonly name = 'InvalidFieldError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
