import { describe, expect, it } from 'vitest';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { parseBody } from '../../../../src/providers/response.js';
import { cancelBody } from '../../../../src/providers/imin/client.js';
import {
  errorSchema,
  normalizeJsonLd,
  orderItemSchema,
  orderSchema,
  wire,
} from '../../../../src/providers/imin/schemas.js';
import { toCancelOutcome, toOrder, toOrderItem } from '../../../../src/providers/imin/mapper.js';
import { cancelAnswer, cancelContext } from '../../../helpers/cancel-answers.js';
import { fixture } from '../../../helpers/fixtures.js';

const BEFORE_START = new Date('2030-01-10T10:00:00Z');

describe("imin on its guide's examples (000/001) and the Open Booking API's id style", () => {
  it('keeps each OrderItem @id exactly as served, fragment style included', () => {
    const order = toOrder(wire(orderSchema).parse(fixture('imin', 'order-fragment-ids.json')));
    expect(order.items.map(i => [i.providerReference, i.wireId])).toEqual([
      ['1', 'https://book.imin.co/api/v2/orders/8e1c2a5f-3b7d-4f0e-9c6a-1d2e3f4a5b6c#/orderedItem/1'],
      ['2', 'https://book.imin.co/api/v2/orders/8e1c2a5f-3b7d-4f0e-9c6a-1d2e3f4a5b6c#/orderedItem/2'],
    ]);
  });

  it('imin:isPresentlyCancellable true wins over an acceptedOffer without price or refund flag: cancellable, full refund', () => {
    const order = toOrder(wire(orderSchema).parse(fixture('imin', 'order-fragment-ids.json')));
    const verdict = evaluateCancellability(order.items[1]!, BEFORE_START);
    expect(verdict.cancellable).toBe(true);
    // Item 2's price is unknown (the order total covers both items), so the refund amount is too.
    expect(order.items[1]?.cancellationPolicy).toBeNull();
  });

  it('the single item of an order without an offer price takes the order total, refunded in full', () => {
    const doc = fixture<Record<string, any>>('imin', 'order-fragment-ids.json');
    doc['orderedItem'] = [doc['orderedItem'][1]];
    const [item] = toOrder(wire(orderSchema).parse(doc)).items;
    const verdict = evaluateCancellability(item!, BEFORE_START);
    expect(verdict).toMatchObject({
      cancellable: true,
      quote: { refund: { amountMinor: 1700, currency: 'GBP' }, fee: { amountMinor: 0 } },
    });
  });

  it('the pending item the guide shows reads CANCELLATION_PENDING', () => {
    const item = toOrderItem(
      '0bac05e5-b207-4794-80b8-6c94211643c5',
      wire(orderItemSchema).parse(fixture('imin', 'order-item-pending.json')),
      'GBP',
    );
    expect(item).toMatchObject({
      status: 'CANCELLATION_PENDING',
      providerStatus: 'CustomerCancellationPending',
    });
  });

  it("the guide's 400 CancellationNotPermittedError carries its description to the customer", () => {
    const body = fixture('imin', 'cancellation-not-permitted.json');
    // Read as the client reads it: through the one error-body helper and imin's key normalisation.
    const error = parseBody({ text: JSON.stringify(body) }, wire(errorSchema));
    expect(toCancelOutcome(cancelAnswer(400, error), cancelContext('IMIN'))).toEqual({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: {
        kind: 'openactive',
        type: 'CancellationNotPermittedError',
        description: 'Cancellations are not accepted within 24 hours of the session start.',
      },
      retryable: false,
      retryAfterSeconds: null,
    });
  });

  it("our PATCH body is the guide's body, key for key, with the served @id in place of the placeholder", () => {
    const served = 'https://book.imin.co/api/v2/orders/8e1c2a5f-3b7d-4f0e-9c6a-1d2e3f4a5b6c#/orderedItem/1';
    const guide = normalizeJsonLd(fixture('imin', 'cancel-request.json')) as Record<string, any>;
    guide['orderedItem'][0]['id'] = served;
    const ours = normalizeJsonLd(cancelBody([served])) as Record<string, unknown>;
    // The guide writes `context`; the spec (and we) `@context`, which normalises the same way.
    expect({ ...ours, context: ours['@context'] ?? ours['context'] }).toMatchObject(guide);
  });
});
