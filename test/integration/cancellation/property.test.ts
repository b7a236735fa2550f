import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { LedgerUnavailableError } from '../../../src/ledger/index.js';
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

/** Database faults: the next `count` calls of a journal method fail as a lost connection would. */
const JOURNAL_FAULTS = ['transition', 'renewLock', 'claim', 'lock', 'unlock'] as const;

type Step =
  | {
      kind: 'cancel';
      item: number;
      key: number;
      fault: keyof typeof FAULTS;
      dbFault: { method: (typeof JOURNAL_FAULTS)[number]; count: number; skip: number } | null;
    }
  | { kind: 'burst'; item: number; keys: number[] }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('cancel' as const),
    item: fc.nat(2),
    key: fc.nat(3),
    fault: fc.constantFrom(...Object.keys(FAULTS)),
    dbFault: fc.option(
      fc.record({
        method: fc.constantFrom(...JOURNAL_FAULTS),
        count: fc.integer({ min: 1, max: 3 }),
        skip: fc.nat(3),
      }),
    ),
  }),
  fc.record({
    kind: fc.constant('burst' as const),
    item: fc.nat(2),
    keys: fc.array(fc.nat(3), { minLength: 2, maxLength: 6 }),
  }),
  fc.constant({ kind: 'restart' as const }),
);

/**
 * Makes the next `count` calls of one journal method fail after `skip` good ones, as a lost or stalled
 * database connection would (the statement does not happen). Returns the undo.
 */
function failJournal(
  journal: Record<string, unknown>,
  fault: { method: string; count: number; skip: number },
): () => void {
  const original = journal[fault.method] as (...args: unknown[]) => Promise<unknown>;
  let skip = fault.skip;
  let left = fault.count;
  journal[fault.method] = (...args: unknown[]) => {
    if (skip > 0) {
      skip -= 1;
      return original(...args);
    }
    if (left > 0) {
      left -= 1;
      return Promise.reject(new LedgerUnavailableError(new Error('Connection terminated unexpectedly')));
    }
    return original(...args);
  };
  return () => {
    journal[fault.method] = original;
  };
}

describe('cancellation invariants under random interleavings (property)', () => {
  it('I1–I4 hold for any sequence of retries, concurrent calls, provider and database faults, and restarts', async () => {
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
              const restore = s.dbFault ? failJournal(t.gw.ledger.journal, s.dbFault) : () => undefined;
              const res = await cancel(s.item, s.key);
              restore();
              expect(res.status).toBe(200);
              // A database fault may refuse the request, but only with the truth: nothing was sent.
              if (res.body.errors)
                expect(res.body.errors[0]).toMatchObject({
                  message: expect.stringContaining('nothing was sent'),
                  extensions: { code: 'SERVICE_UNAVAILABLE' },
                });
              t.sim.server.clearFaults();
            } else {
              const results = await Promise.all(s.keys.map(key => cancel(s.item, key)));
              for (const res of results) expect(res.body.errors).toBeUndefined();
            }
          }
          await new Promise(resolve => setTimeout(resolve, 40));
          // The journal is back: what the outbox holds lands first.
          await t.gw.outbox.flush();
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
