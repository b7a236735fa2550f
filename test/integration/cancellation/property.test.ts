import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { JOURNAL_STATES, TERMINAL_STATES } from '../../../src/ledger/journal.js';
import { RECHECK_AFTER_MS } from '../../../src/services/cancellation/service.js';
import type { Fault } from '../../../src/simulators/kit.js';
import { CANCEL, IMIN_ORDERS, startIminGateway } from '../../helpers/imin-gateway.js';

const ITEMS = [
  { order: IMIN_ORDERS.yoga, item: 'yoga-1' },
  { order: IMIN_ORDERS.badminton, item: 'badminton-1' },
  { order: IMIN_ORDERS.badminton, item: 'badminton-2' },
];

const FAULTS: Record<string, Fault[]> = {
  none: [],
  dropAfterApply: [{ method: 'PATCH', dropAfterApply: true }],
  lostNotApplied: [{ method: 'PATCH', status: 502, body: 'bad gateway' }],
  readsFailAfter: [
    { method: 'PATCH', dropAfterApply: true },
    { method: 'GET', status: 503, times: 2, skip: 1 },
  ],
  rateLimited: [{ method: 'PATCH', status: 429, body: { '@type': 'TooManyRequestsError' } }],
};

type Step =
  | { kind: 'cancel'; item: number; key: number; fault: keyof typeof FAULTS }
  | { kind: 'burst'; item: number; keys: number[] }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('cancel' as const),
    item: fc.nat(2),
    key: fc.nat(3),
    fault: fc.constantFrom(...Object.keys(FAULTS)),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    item: fc.nat(2),
    keys: fc.array(fc.nat(3), { minLength: 2, maxLength: 6 }),
  }),
  fc.constant({ kind: 'restart' as const }),
);

describe('cancellation invariants under random interleavings (property)', () => {
  it('I1–I4 hold for any sequence of retries, concurrent calls, faults and restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async steps => {
        const clock = fixedClock(new Date());
        const t = await startIminGateway({ pendingMs: 20, clock });
        try {
          const cancel = (item: number, key: number) =>
            t.gw.graphql(
              CANCEL,
              {
                input: {
                  orderItemId: orderItemId('IMIN', ITEMS[item]!.order, ITEMS[item]!.item),
                  reason: 'CHANGE_OF_PLANS',
                  idempotencyKey: `k-${item}-${key}`,
                },
              },
              t.alice,
            );
          for (const s of steps) {
            if (s.kind === 'restart') {
              // What a restarted gateway does first: settle every row left behind.
              await t.gw.reconciler.reconcileOnce();
            } else if (s.kind === 'cancel') {
              for (const fault of FAULTS[s.fault]!) t.sim.server.inject(fault);
              const res = await cancel(s.item, s.key);
              expect(res.status).toBe(200);
              t.sim.server.clearFaults();
            } else {
              const results = await Promise.all(s.keys.map(key => cancel(s.item, key)));
              for (const res of results) expect(res.body.errors).toBeUndefined();
            }
          }
          await new Promise(resolve => setTimeout(resolve, 40));
          // Past every scheduled re-check, then one reconciler pass.
          clock.advance(RECHECK_AFTER_MS + 1_000);
          await t.gw.reconciler.reconcileOnce();
          const rows = await t.gw.ledger.journal.byState([...JOURNAL_STATES], 1000);
          for (const { item } of ITEMS) {
            const applied = t.sim.appliedCancels.get(item) ?? 0;
            // I1: never more than one applied cancel per item.
            expect(applied).toBeLessThanOrEqual(1);
            // Nor is a cancel ever sent for an item the provider already shows cancelled.
            expect(t.sim.repeatCancels.get(item) ?? 0).toBe(0);
            const mine = rows.filter(r => r.itemRef === item);
            // I3: after reconciliation, every row is terminal.
            for (const row of mine) expect(TERMINAL_STATES).toContain(row.state);
            // I4: a SUCCEEDED row exists exactly when the provider applied the cancel.
            expect(mine.some(r => r.state === 'SUCCEEDED')).toBe(applied === 1);
          }
          // I2: one row per (customer, key), whatever the concurrency.
          const keys = rows.map(r => `${r.customerId}|${r.idempotencyKey}`);
          expect(new Set(keys).size).toBe(keys.length);
        } finally {
          await t.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
