import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/lib/logger.js';
import { createMetrics } from '../../../src/observability/metrics.js';
import { unknownValueWatcher } from '../../../src/observability/unknown-values.js';
import { toOrder } from '../../../src/providers/booking-com/mapper.js';
import { accommodationOrderSchema } from '../../../src/providers/booking-com/schemas.js';
import { readTolerant } from '../../../src/providers/tolerant.js';
import { fixture } from '../../helpers/fixtures.js';

/** The guide's cancelled order with two optional fields malformed (a string fee, a numeric checkout). */
function malformed(): unknown {
  const order = fixture<{ data: Array<Record<string, any>> }>(
    'booking-com',
    'order-details-cancelled-fee.json',
  ).data[0]!;
  order['cancellation_details']['fee'] = 'one hundred';
  order['checkout'] = 20250826;
  return order;
}

describe('tolerant reads: a malformed optional field degrades alone, and is counted and logged once', () => {
  it('reads the order, with only those fields unknown', () => {
    const read = readTolerant(accommodationOrderSchema, malformed());
    if (!read.ok) throw new Error('the order should read');
    expect([...read.degraded].sort()).toEqual(['cancellation_details.fee', 'checkout']);
    const order = toOrder(read.value, read.degraded);
    expect(order.items[0]).toMatchObject({ status: 'CANCELLED_BY_CUSTOMER', endsAt: null });
    // A malformed fee is unknown, never "free": no fee and no refund are claimed.
    expect(order.items[0]?.cancellation).toMatchObject({ fee: null, refund: null });
  });

  it('an essential field (the order id) still fails that order', () => {
    const { id: _id, ...withoutId } = malformed() as Record<string, unknown>;
    expect(readTolerant(accommodationOrderSchema, withoutId).ok).toBe(false);
  });

  it('counts each degraded field on the unknown-values metric and logs it once per field', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const metrics = createMetrics();
    const watch = unknownValueWatcher(metrics, createLogger('info', undefined, sink));
    const read = readTolerant(accommodationOrderSchema, malformed());
    if (!read.ok) throw new Error('the order should read');
    for (let i = 0; i < 3; i++) watch(toOrder(read.value, read.degraded));
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'gateway_provider_unknown_values_total{provider="BOOKING_COM",field="cancellation_details.fee"} 3',
    );
    expect(text).toContain(
      'gateway_provider_unknown_values_total{provider="BOOKING_COM",field="checkout"} 3',
    );
    expect(lines.filter(l => l.includes('malformed optional provider field'))).toHaveLength(2);
  });
});
