import { describe, expect, it } from 'vitest';
import type { OrderModel } from '../../../src/domain/order.js';
import {
  needsReread,
  toCancelOutcome as bookingComOutcome,
} from '../../../src/providers/booking-com/mapper.js';
import { cancelResponseSchema, errorEnvelopeSchema } from '../../../src/providers/booking-com/schemas.js';
import { toCancelOutcome as iminOutcome } from '../../../src/providers/imin/mapper.js';
import { toCancelOutcome as musementOutcome } from '../../../src/providers/musement/mapper.js';
import { errorSchema as musementError } from '../../../src/providers/musement/schemas.js';
import { parseBody } from '../../../src/providers/response.js';
import { anItem, anOrder } from '../../helpers/builders.js';
import { cancelAnswer as answer, cancelContext } from '../../helpers/cancel-answers.js';
import { fixture } from '../../helpers/fixtures.js';

// Each mapper's `toCancelOutcome` is pure: the answer (status, parsed body, Retry-After) and the cancel
// it answers in, one outcome out.
const json = (body: unknown) => ({ text: JSON.stringify(body) });
const imin = cancelContext('IMIN');
const musement = cancelContext('MUSEMENT');

describe('imin toCancelOutcome', () => {
  it.each([
    [204, null, { kind: 'accepted', state: 'PENDING' }],
    [404, null, { kind: 'refused', reason: 'NOT_FOUND' }],
    [410, null, { kind: 'refused', reason: 'NOT_FOUND' }],
    [500, { type: 'OrderItemIdInvalidError' }, { kind: 'refused', reason: 'NOT_FOUND' }],
    [401, null, { kind: 'unavailable', retryAfterSeconds: null }],
    [500, null, { kind: 'unknown', cause: 'status 500' }],
  ] as const)('%i %j → %j', (status, error, expected) => {
    expect(iminOutcome(answer(status, error), imin)).toMatchObject(expected);
  });

  it('a 429 or a 503 TemporarilyUnableToUpdateOrderError is unavailable, keeping Retry-After', () => {
    expect(iminOutcome(answer(429, null, 7), imin)).toEqual({
      kind: 'unavailable',
      detail: null,
      retryAfterSeconds: 7,
    });
    expect(iminOutcome(answer(503, { type: 'TemporarilyUnableToUpdateOrderError' }, 3), imin)).toMatchObject({
      kind: 'unavailable',
      retryAfterSeconds: 3,
      detail: { kind: 'openactive', type: 'TemporarilyUnableToUpdateOrderError', description: null },
    });
    // Any other 503 may have applied: never read as "nothing happened".
    expect(iminOutcome(answer(503, null, 3), imin)).toMatchObject({ kind: 'unknown' });
  });
});

describe('Musement toCancelOutcome', () => {
  it.each([
    [204, { kind: 'accepted', state: 'PENDING' }],
    [403, { kind: 'refused', reason: 'MANUAL_REQUIRED' }],
    [404, { kind: 'refused', reason: 'NOT_FOUND' }],
    [400, { kind: 'refused', reason: 'NOT_PERMITTED' }],
    [401, { kind: 'unavailable' }],
    [429, { kind: 'unavailable' }],
    [502, { kind: 'unknown' }],
  ] as const)('%i → %j', (status, expected) => {
    expect(musementOutcome(answer(status), musement)).toMatchObject(expected);
  });

  it('carries the error body, a numeric code read as text', () => {
    const error = parseBody(json({ code: 1010, message: 'Item not cancellable' }), musementError);
    expect(musementOutcome(answer(400, error), musement)).toMatchObject({
      detail: { kind: 'musement', code: '1010', message: 'Item not cancellable' },
    });
  });
});

describe('Booking.com toCancelOutcome (the re-read order as `after`)', () => {
  const error = (name: string) => parseBody(json(fixture('booking-com', name)), errorEnvelopeSchema);
  const success = parseBody(
    json(fixture('booking-com', 'cancel-response-successful.json')),
    cancelResponseSchema,
  );
  const cancelled: OrderModel = anOrder('BOOKING_COM', '509430129718799', [
    anItem({ provider: 'BOOKING_COM', orderRef: '509430129718799', status: 'CANCELLED_BY_CUSTOMER' }),
  ]);
  const booking = (after: OrderModel | null = null) =>
    cancelContext('BOOKING_COM', { order: '509430129718799', item: 'room-1' }, { after });

  it("the guide's success needs the order read again, and is accepted with its request id", () => {
    expect(needsReread(200, null, success)).toBe(true);
    expect(bookingComOutcome(answer(200, { error: null, result: success }), booking())).toMatchObject({
      kind: 'accepted',
      state: 'CONFIRMED',
      providerRequestId: '01fr9ez700exycb98w90w5r9sh',
    });
  });

  it('a 200 with an unreadable body may have cancelled: unknown', () => {
    expect(needsReread(200, null, null)).toBe(false);
    expect(bookingComOutcome(answer(200, { error: null, result: null }), booking())).toMatchObject({
      kind: 'unknown',
    });
  });

  it("the guide's 400 OrderNotCancellable is ALREADY_CANCELLED when the re-read shows it cancelled", () => {
    const body = error('cancel-error-already-cancelled.json');
    expect(needsReread(400, body, null)).toBe(true);
    expect(bookingComOutcome(answer(400, { error: body, result: null }), booking(cancelled))).toMatchObject({
      kind: 'refused',
      reason: 'ALREADY_CANCELLED',
      detail: { kind: 'booking-com', id: 'OrderNotCancellable', requestId: '01jc0echvzdvwt4g1vc0yj280f' },
    });
    const stayed = { error: error('cancel-error-stayed.json'), result: null };
    expect(bookingComOutcome(answer(400, stayed), booking())).toMatchObject({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
    });
  });

  it.each([
    [403, { kind: 'refused', reason: 'NOT_PERMITTED', retryable: true, retryAfterSeconds: 300 }],
    [404, { kind: 'refused', reason: 'NOT_FOUND' }],
    [429, { kind: 'unavailable', retryAfterSeconds: 60 }],
    [401, { kind: 'unavailable', retryAfterSeconds: null }],
    [500, { kind: 'unknown' }],
  ] as const)('%i → %j', (status, expected) => {
    expect(needsReread(status, null, null)).toBe(false);
    expect(bookingComOutcome(answer(status), booking())).toMatchObject(expected);
  });
});
