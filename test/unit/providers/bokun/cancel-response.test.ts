import { describe, expect, it } from 'vitest';
import { toCancelOutcome } from '../../../../src/providers/bokun/mapper.js';
import { cancelResponseSchema } from '../../../../src/providers/bokun/schemas.js';
import { parseBody } from '../../../../src/providers/response.js';
import { fixture } from '../../../helpers/fixtures.js';

// Read as the client reads it: through the one body helper, then the pure mapping.
const answer = (body: unknown) =>
  toCancelOutcome(200, parseBody({ text: JSON.stringify(body) }, cancelResponseSchema));

describe('Bókun CancelBookingResponse as the guide (004) defines it', () => {
  it.each(['cancel-response-successful.json', 'cancel-response-successful-null-sibling.json'])(
    '%s is a success: a null sibling means "not set"',
    name => {
      expect(answer(fixture('bokun', name))).toEqual({ kind: 'success' });
    },
  );

  it.each(['cancel-response-failed.json', 'cancel-response-failed-null-sibling.json'])(
    '%s is a refusal carrying the plugin text',
    name => {
      expect(answer(fixture('bokun', name))).toEqual({
        kind: 'refused',
        reason: 'NOT_PERMITTED',
        detail: { kind: 'bokun', cancellationError: 'The tour has already departed.' },
        retryable: false,
        retryAfterSeconds: null,
      });
    },
  );

  it.each([
    ['both set', { successfulCancellation: {}, failedCancellation: { cancellationError: 'x' } }],
    ['both null', { successfulCancellation: null, failedCancellation: null }],
    ['neither', {}],
  ])('%s breaks "either … but not both": outcome unknown, never a success', (_name, body) => {
    expect(answer(body)).toMatchObject({ kind: 'unknown' });
  });

  it('a failure without its text is still a refusal', () => {
    expect(answer({ failedCancellation: {} })).toMatchObject({
      kind: 'refused',
      detail: { kind: 'bokun', cancellationError: '' },
    });
  });
});
