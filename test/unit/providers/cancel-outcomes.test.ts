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
import { fixture } from '../../helpers/fixtures.js';

// Each mapper's `toCancelOutcome` is pure: a status and a parsed body in, one outcome out.
const json = (body: unknown) => ({ text: JSON.stringify(body) });

describe('imin toCancelOutcome(status, error, retryAfter)', () => {
  it.each([
    [204, null, { kind: 'accepted', state: 'PENDING' }],
    [404, null, { kind: 'refused', reason: 'NOT_FOUND' }],
    [410, null, { kind: 'refused', reason: 'NOT_FOUND' }],
    [500, { type: 'OrderItemIdInvalidError' }, { kind: 'refused', reason: 'NOT_FOUND' }],
    [401, null, { kind: 'unavailable', retryAfterSeconds: null }],
    [500, null, { kind: 'unknown', cause: 'status 500' }],
  ] as const)('%i %j → %j', (status, error, expected) => {
    expect(iminOutcome(status, error)).toMatchObject(expected);
  });

  it('a 429 or a 503 TemporarilyUnableToUpdateOrderError is unavailable, keeping Retry-After', () => {
    expect(iminOutcome(429, null, 7)).toEqual({ kind: 'unavailable', detail: null, retryAfterSeconds: 7 });
    expect(iminOutcome(503, { type: 'TemporarilyUnableToUpdateOrderError' }, 3)).toMatchObject({
      kind: 'unavailable',
      retryAfterSeconds: 3,
      detail: { kind: 'openactive', type: 'TemporarilyUnableToUpdateOrderError', description: null },
    });
    // Any other 503 may have applied: never read as "nothing happened".
    expect(iminOutcome(503, null, 3)).toMatchObject({ kind: 'unknown' });
  });
});

describe('Musement toCancelOutcome(status, error)', () => {
  it.each([
    [204, { kind: 'accepted', state: 'PENDING' }],
    [403, { kind: 'refused', reason: 'MANUAL_REQUIRED' }],
    [404, { kind: 'refused', reason: 'NOT_FOUND' }],
    [400, { kind: 'refused', reason: 'NOT_PERMITTED' }],
    [401, { kind: 'unavailable' }],
    [429, { kind: 'unavailable' }],
    [502, { kind: 'unknown' }],
  ] as const)('%i → %j', (status, expected) => {
    expect(musementOutcome(status, null)).toMatchObject(expected);
  });

  it('carries the error body, a numeric code read as text', () => {
    const error = parseBody(json({ code: 1010, message: 'Item not cancellable' }), musementError);
    expect(musementOutcome(400, error)).toMatchObject({
      detail: { kind: 'musement', code: '1010', message: 'Item not cancellable' },
    });
  });
});

describe('Booking.com toCancelOutcome(status, error, { result, after })', () => {
  const error = (name: string) => parseBody(json(fixture('booking-com', name)), errorEnvelopeSchema);
  const success = parseBody(
    json(fixture('booking-com', 'cancel-response-successful.json')),
    cancelResponseSchema,
  );
  const cancelled: OrderModel = anOrder('BOOKING_COM', '509430129718799', [
    anItem({ provider: 'BOOKING_COM', orderRef: '509430129718799', status: 'CANCELLED_BY_CUSTOMER' }),
  ]);

  it("the guide's success needs the order read again, and is accepted with its request id", () => {
    expect(needsReread(200, null, success)).toBe(true);
    expect(bookingComOutcome(200, null, { result: success, after: null })).toMatchObject({
      kind: 'accepted',
      state: 'CONFIRMED',
      providerRequestId: '01fr9ez700exycb98w90w5r9sh',
    });
  });

  it('a 200 with an unreadable body may have cancelled: unknown', () => {
    expect(needsReread(200, null, null)).toBe(false);
    expect(bookingComOutcome(200, null, { result: null })).toMatchObject({ kind: 'unknown' });
  });

  it("the guide's 400 OrderNotCancellable is ALREADY_CANCELLED when the re-read shows it cancelled", () => {
    const body = error('cancel-error-already-cancelled.json');
    expect(needsReread(400, body, null)).toBe(true);
    expect(bookingComOutcome(400, body, { after: cancelled })).toMatchObject({
      kind: 'refused',
      reason: 'ALREADY_CANCELLED',
      detail: { kind: 'booking-com', id: 'OrderNotCancellable', requestId: '01jc0echvzdvwt4g1vc0yj280f' },
    });
    expect(bookingComOutcome(400, error('cancel-error-stayed.json'), { after: null })).toMatchObject({
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
    expect(bookingComOutcome(status, null)).toMatchObject(expected);
  });
});
