import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDecimal } from '../../../src/domain/money.js';
import { buildPolicy } from '../../../src/domain/policy.js';
import { openLedger, type Ledger } from '../../../src/ledger/index.js';
import type { CancellationOutcome } from '../../../src/domain/cancellation.js';
import { toCancellationResult } from '../../../src/resolvers/CancellationResult.js';
import { scopeFor } from '../../helpers/scope.js';
import { createItemReader, itemFingerprint, noteOutcome } from '../../../src/services/item-notes.js';
import { anItem, anOrder } from '../../helpers/builders.js';

const NOW = new Date('2030-01-01T00:00:00Z');
const total = fromDecimal('40.00', 'EUR');
const item = anItem({
  provider: 'BOOKING_COM',
  orderRef: '1',
  price: total,
  startsAt: new Date('2030-02-01T00:00:00Z'),
  cancellationPolicy: buildPolicy({
    total,
    tiers: [{ from: null, charge: { kind: 'refundPercent', percent: 100 } }],
    endsAt: new Date('2030-02-01T00:00:00Z'),
    scope: 'ORDER',
  }),
});
const order = anOrder('BOOKING_COM', '1', [item]);

let ledger: Ledger;
let now = NOW;
beforeAll(async () => {
  ledger = await openLedger({ databaseUrl: null, dataDir: ':memory:' });
});
afterAll(() => ledger.close());

const anyone = { customerId: 'reader', scopes: new Set<string>() };

describe('item notes: reads agree with what a cancel answered', () => {
  it('a retryable refusal holds until the provider said to try again, then lapses', async () => {
    const refusal = {
      kind: 'not_permitted' as const,
      provider: 'BOOKING_COM' as const,
      detail: null,
      retryable: true,
      retryAfterSeconds: 300,
    };
    await noteOutcome(ledger.itemNotes, order, item, refusal, NOW);
    const reader = () => createItemReader(() => now);
    const scope = () => scopeFor(anyone, { ledger });
    expect(await reader().cancellability(scope(), item)).toMatchObject({
      cancellable: false,
      reason: 'PROVIDER_REFUSES',
      message: 'The provider cannot cancel this booking just now; try again in 5 minutes.',
    });
    now = new Date(NOW.getTime() + 301_000);
    expect(await reader().cancellability(scope(), item)).toMatchObject({ cancellable: true });
  });

  it.each<[string, CancellationOutcome, string]>([
    [
      "a refusal: the provider's words",
      {
        kind: 'not_permitted',
        provider: 'BOOKING_COM',
        detail: { kind: 'booking-com', id: 'order_not_cancellable', message: ' Not now. ', requestId: 'r' },
        retryable: false,
        retryAfterSeconds: null,
      },
      'PROVIDER_REFUSES',
    ],
    [
      'a manual cancellation: whom to ask, then the words',
      {
        kind: 'manual_required',
        provider: 'BOOKING_COM',
        detail: { kind: 'booking-com', id: 'manual', message: 'Call us.', requestId: null },
        manual: { contact: 'desk@example.com', instructions: 'Ask desk@example.com.' },
      },
      'MANUAL_CANCELLATION_REQUIRED',
    ],
  ])('%s, the same in the answer and in cancellability afterwards', async (_name, outcome, reason) => {
    const refusedItem = { ...item, providerReference: `room-${reason}` };
    await noteOutcome(ledger.itemNotes, order, refusedItem, outcome, NOW);
    const answer = toCancellationResult(outcome) as unknown as { message: string };
    const read = await createItemReader(() => NOW).cancellability(scopeFor(anyone, { ledger }), refusedItem);
    expect(read).toMatchObject({ cancellable: false, reason, message: answer.message });
    expect(answer.message).toMatch(
      reason === 'PROVIDER_REFUSES' ? /^Not now\.$/ : /^Ask desk@.*"Call us\."$/,
    );
  });

  it('the fingerprint changes with the facts a refusal depended on, not with unrelated ones', () => {
    expect(itemFingerprint({ ...item, title: 'renamed' })).toBe(itemFingerprint(item));
    expect(itemFingerprint({ ...item, status: 'CANCELLATION_PENDING' })).not.toBe(itemFingerprint(item));
    expect(itemFingerprint({ ...item, presentlyCancellable: false })).not.toBe(itemFingerprint(item));
  });
});
