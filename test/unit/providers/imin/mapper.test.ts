import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../../../src/domain/money.js';
import { evaluateCancellability } from '../../../../src/domain/cancellability.js';
import { toOrder, toStatus } from '../../../../src/providers/imin/mapper.js';
import { orderSchema, wire } from '../../../../src/providers/imin/schemas.js';

const shortKeys = JSON.parse(
  readFileSync(new URL('../../../fixtures/imin/order-short-keys.json', import.meta.url), 'utf8'),
) as Record<string, any>;

/** The same document in the spec's `@type`/`@id` style. */
function longKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(longKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k === 'type' ? '@type' : k === 'id' ? '@id' : k, longKeys(v)]),
  );
}

const parse = (doc: unknown) => toOrder(wire(orderSchema).parse(doc));

describe('imin mapper', () => {
  it.each([
    ['type/id (imin examples)', shortKeys],
    ['@type/@id (OpenActive spec)', longKeys(shortKeys)],
  ])('reads the order with %s keys', (_name, doc) => {
    const order = parse(doc);
    expect(order.providerReference).toBe('0bac05e5-b207-4794-80b8-6c94211643c5');
    expect(order.createdAt?.toISOString()).toBe('2022-11-15T15:24:26.000Z');
    expect(order.total && toDecimal(order.total)).toBe('10.50');
    const [item] = order.items;
    expect(item).toMatchObject({
      providerReference: 'abcd',
      title: 'Morning Yoga',
      status: 'CONFIRMED',
      providerStatus: 'OrderItemConfirmed',
      presentlyCancellable: true,
    });
    expect(item?.price).toEqual({ amountMinor: 1050, currency: 'GBP' });
  });

  it('maps the policy: full refund until start − latestCancellationBeforeStartDate', () => {
    const item = parse(shortKeys).items[0]!;
    expect(item.cancellationPolicy).toMatchObject({
      type: 'FREE_CANCELLATION',
      scope: 'ITEM',
      freeCancellationUntil: new Date('2030-01-15T10:00:00Z'),
    });
    const open = evaluateCancellability(item, new Date('2030-01-10T00:00:00Z'));
    expect(open).toMatchObject({
      cancellable: true,
      quote: { refund: { amountMinor: 1050 }, fee: { amountMinor: 0 } },
    });
    const closed = evaluateCancellability(
      { ...item, presentlyCancellable: null },
      new Date('2030-01-15T12:00:00Z'),
    );
    expect(closed).toMatchObject({ cancellable: false, reason: 'WINDOW_CLOSED' });
  });

  it('without allowCustomerCancellationFullRefund the item is not cancellable (NON_CANCELLABLE)', () => {
    const doc = structuredClone(shortKeys);
    doc.orderedItem[0].acceptedOffer.allowCustomerCancellationFullRefund = false;
    const item = parse(doc).items[0]!;
    expect(item.cancellationPolicy?.type).toBe('NON_CANCELLABLE');
    expect(
      evaluateCancellability({ ...item, presentlyCancellable: null }, new Date('2030-01-01T00:00:00Z')),
    ).toMatchObject({ reason: 'NON_CANCELLABLE' });
  });

  it.each([
    ['https://openactive.io/OrderItemConfirmed', 'CONFIRMED'],
    ['https://openactive.io/CustomerCancelled', 'CANCELLED_BY_CUSTOMER'],
    ['https://openactive.io/SellerCancelled', 'CANCELLED_BY_PROVIDER'],
    ['https://openactive.io/CustomerAttended', 'ATTENDED'],
    ['https://openactive.io/AttendeeAttended', 'ATTENDED'],
    ['https://openactive.io/AttendeeAbsent', 'NO_SHOW'],
    ['https://schema.imin.co/CustomerCancellationPending', 'CANCELLATION_PENDING'],
    ['imin:CustomerCancellationPending', 'CANCELLATION_PENDING'],
    ['https://openactive.io/PartiallyRefunded', 'UNKNOWN'],
    [undefined, 'UNKNOWN'],
  ])('status %s → %s', (iri, status) => {
    expect(toStatus(iri)).toBe(status);
  });

  it('an unknown status is never cancellable', () => {
    const doc = structuredClone(shortKeys);
    doc.orderedItem[0].orderItemStatus = 'https://openactive.io/SomethingNew';
    const item = parse(doc).items[0]!;
    expect(item.status).toBe('UNKNOWN');
    expect(item.providerStatus).toBe('SomethingNew');
    expect(evaluateCancellability(item, new Date('2030-01-01T00:00:00Z'))).toMatchObject({
      cancellable: false,
      reason: 'UNKNOWN_STATUS',
    });
  });

  it("keeps the seller's cancellation message for the customer", () => {
    const doc = structuredClone(shortKeys);
    doc.orderedItem[0].orderItemStatus = 'https://openactive.io/SellerCancelled';
    doc.orderedItem[0].cancellationMessage = 'The hall is flooded.';
    const item = parse(doc).items[0]!;
    expect(item).toMatchObject({
      status: 'CANCELLED_BY_PROVIDER',
      statusMessage: 'The hall is flooded.',
      cancellation: { cancelledBy: 'PROVIDER' },
    });
  });

  it('reads the item reference from the @id when identifier is missing, and ignores unknown fields', () => {
    const doc = structuredClone(shortKeys);
    delete doc.orderedItem[0].identifier;
    doc.orderedItem[0]['beta:somethingNew'] = { deep: true };
    expect(parse(doc).items[0]?.providerReference).toBe('abcd');
  });

  it('rejects a document without the fields it needs (an item @id); a missing startDate is only unknown', () => {
    const doc = structuredClone(shortKeys);
    delete doc.orderedItem[0].id;
    expect(wire(orderSchema).safeParse(doc).success).toBe(false);
    const undated = structuredClone(shortKeys);
    delete undated.orderedItem[0].orderedItem.startDate;
    expect(parse(undated).items[0]?.startsAt).toBeNull();
  });
});
