import { describe, expect, it } from 'vitest';
import { readCancelResponse, toCancelOutcome, toOrder } from '../../../../src/providers/bokun/mapper.js';
import { cancelResponseSchema } from '../../../../src/providers/bokun/schemas.js';
import { parseBody } from '../../../../src/providers/response.js';
import { cancelAnswer } from '../../../helpers/cancel-answers.js';
import { fixture } from '../../../helpers/fixtures.js';

// Read as the client reads it: through the one body helper, then the pure mapping.
const answer = (body: unknown) =>
  readCancelResponse(200, parseBody({ text: JSON.stringify(body) }, cancelResponseSchema));

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

describe('Bókun toCancelOutcome: the plugin states no amounts', () => {
  const order = toOrder(
    'FJT-PRICED',
    {
      title: 'Glacier walk',
      bookedAt: '2030-06-01T08:00:00.000Z',
      startsAt: '2030-06-10T08:00:00.000Z',
      endsAt: null,
      timeZone: 'Europe/Oslo',
      price: { amountMinor: 100_000, currency: 'NOK' },
      penaltyRules: [{ cutoffHours: 24, charge: '50', chargeType: 'PERCENTAGE' }],
    },
    null,
  );
  const item = order.items[0]!;
  const successful = parseBody(
    { text: JSON.stringify(fixture('bokun', 'cancel-response-successful.json')) },
    cancelResponseSchema,
  );

  it('a success is accepted with the refund the penalty rules give when the answer came', () => {
    const at = new Date('2030-06-09T20:00:00.000Z'); // 12 hours before the start: half is kept
    expect(toCancelOutcome(cancelAnswer(200, successful), { order, item, after: null, at })).toEqual({
      kind: 'accepted',
      state: 'CONFIRMED',
      refund: { amountMinor: 50_000, currency: 'NOK' },
      fee: { amountMinor: 50_000, currency: 'NOK' },
      providerRequestId: null,
    });
  });

  it('a refusal or a fault is the outcome the answer reads as', () => {
    const failed = parseBody(
      { text: JSON.stringify(fixture('bokun', 'cancel-response-failed.json')) },
      cancelResponseSchema,
    );
    const at = new Date('2030-06-02T08:00:00.000Z');
    expect(toCancelOutcome(cancelAnswer(200, failed), { order, item, after: null, at })).toEqual(
      readCancelResponse(200, failed),
    );
    expect(toCancelOutcome(cancelAnswer(503, null), { order, item, after: null, at })).toMatchObject({
      kind: 'unknown',
    });
  });
});
