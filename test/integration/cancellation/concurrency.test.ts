import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { JOURNAL_STATES } from '../../../src/ledger/journal.js';
import { CANCEL, IMIN_ORDERS, startIminGateway, type IminGateway } from '../../helpers/imin-gateway.js';

let t: IminGateway;
beforeAll(async () => {
  t = await startIminGateway();
});
afterAll(() => t.close());

const cancel = (item: string, key: string) =>
  t.gw.graphql(
    CANCEL,
    { input: { orderItemId: item, reason: 'CUSTOMER_REQUEST', idempotencyKey: key } },
    t.alice,
  );
const typename = (res: Awaited<ReturnType<typeof cancel>>) =>
  res.body.data?.cancelOrderItem.__typename as string;

describe('concurrent cancels', () => {
  it('LD-01: 50 concurrent calls with the same key make exactly one provider call and one ledger row', async () => {
    const item = orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1');
    const before = t.patches();
    const results = await Promise.all(Array.from({ length: 50 }, () => cancel(item, 'ld-01')));
    const kinds = new Set(results.map(typename));
    expect([...kinds].every(k => k === 'OrderItemCancelled' || k === 'CancellationInProgressError')).toBe(
      true,
    );
    expect(results.filter(r => typename(r) === 'OrderItemCancelled').length).toBeGreaterThanOrEqual(1);
    expect(t.patches() - before).toBe(1);
    expect(t.sim.appliedCancels.get('yoga-1')).toBe(1);
    const rows = (await t.gw.ledger.journal.byState([...JOURNAL_STATES], 1000)).filter(
      r => r.idempotencyKey === 'ld-01',
    );
    expect(rows).toHaveLength(1);
    // After the rush, the key replays the success.
    expect(typename(await cancel(item, 'ld-01'))).toBe('OrderItemCancelled');
  });

  it('LD-02: 50 concurrent calls with different keys make exactly one provider call (per-order lock)', async () => {
    const item = orderItemId('IMIN', IMIN_ORDERS.badminton, 'badminton-1');
    const before = t.patches();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => cancel(item, `ld-02-${i}`)));
    const counts = results.reduce<Record<string, number>>(
      (acc, r) => ({ ...acc, [typename(r)]: (acc[typename(r)] ?? 0) + 1 }),
      {},
    );
    expect(counts['OrderItemCancelled']).toBe(1);
    expect(
      Object.keys(counts).every(k =>
        ['OrderItemCancelled', 'CancellationInProgressError', 'OrderItemAlreadyCancelledError'].includes(k),
      ),
    ).toBe(true);
    expect(t.patches() - before).toBe(1);
    expect(t.sim.appliedCancels.get('badminton-1')).toBe(1);
  });
});

describe('CX-09: a gateway that died mid-cancel is settled by the reconciler', () => {
  it('(a) died after journalling, before sending: NOT_SENT, lock released, a retry may send once', async () => {
    const { ledger } = t.gw;
    const ref = { provider: 'IMIN' as const, orderRef: IMIN_ORDERS.badminton, itemRef: 'badminton-2' };
    const { entry } = await ledger.journal.claim(
      { customerId: 'alice', idempotencyKey: 'cx-09a', fingerprint: 'stale', ...ref },
      new Date(Date.now() - 60_000),
    );
    await ledger.journal.lock(ref, entry.id, new Date(Date.now() - 60_000), 30_000);
    await t.gw.reconciler.reconcileOnce();
    expect((await ledger.journal.byId(entry.id))?.state).toBe('NOT_SENT');
    expect(t.sim.appliedCancels.get('badminton-2')).toBeUndefined();
    expect(
      typename(await cancel(orderItemId('IMIN', IMIN_ORDERS.badminton, 'badminton-2'), 'cx-09a-new')),
    ).toBe('OrderItemCancelled');
  });

  it('(b) died after the provider applied it, before the ledger update: SUCCEEDED, and the same key replays success', async () => {
    const { ledger } = t.gw;
    const item = orderItemId('IMIN', IMIN_ORDERS.climb, 'climb-1');
    // The crashed request: claimed with the real fingerprint, marked SENT, the cancel applied at imin.
    t.sim.orders.get(IMIN_ORDERS.climb)!.items[0]!.status = 'CustomerCancelled';
    t.sim.appliedCancels.set('climb-1', 1);
    const first = await cancel(item, 'cx-09b');
    expect(typename(first)).toBe('OrderItemAlreadyCancelledError');
    const ref = { provider: 'IMIN' as const, orderRef: IMIN_ORDERS.climb, itemRef: 'climb-1' };
    const { entry } = await ledger.journal.claim(
      { customerId: 'alice', idempotencyKey: 'cx-09b-crashed', fingerprint: 'f', ...ref },
      new Date(Date.now() - 60_000),
    );
    await ledger.journal.transition(entry.id, ['RECEIVED'], 'SENT', new Date(Date.now() - 60_000), {
      changes: [],
    });
    const report = await t.gw.reconciler.reconcileOnce();
    expect(report.succeeded).toBeGreaterThanOrEqual(1);
    const settled = await ledger.journal.byId(entry.id);
    expect(settled?.state).toBe('SUCCEEDED');
    expect(settled?.responseSnapshot).toContain('"kind":"cancelled"');
    expect(t.sim.appliedCancels.get('climb-1')).toBe(1);
  });
});

describe('operations', () => {
  it('an operator with orders:admin sees unsettled cancellations; customers do not', async () => {
    const { ledger } = t.gw;
    const ref = { provider: 'IMIN' as const, orderRef: IMIN_ORDERS.tennis, itemRef: 'tennis-1' };
    const { entry } = await ledger.journal.claim(
      { customerId: 'bob', idempotencyKey: 'ops-1', fingerprint: 'f', ...ref },
      new Date(),
    );
    await ledger.journal.transition(entry.id, ['RECEIVED'], 'SENT', new Date(), { changes: [] });
    await ledger.journal.transition(entry.id, ['SENT'], 'UNKNOWN', new Date(), {
      nextCheckAt: new Date(Date.now() + 60_000),
      changes: [],
    });
    const admin = await t.gw.token('operator', ['orders:admin']);
    const res = await fetch(`${t.gw.url}/ops/cancellations/unsettled`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    const body = (await res.json()) as { unsettled: Array<{ id: string; state: string }> };
    expect(body.unsettled).toContainEqual(expect.objectContaining({ id: entry.id, state: 'UNKNOWN' }));
    expect(
      (
        await fetch(`${t.gw.url}/ops/cancellations/unsettled`, {
          headers: { authorization: `Bearer ${t.alice}` },
        })
      ).status,
    ).toBe(403);
    expect((await fetch(`${t.gw.url}/ops/cancellations/unsettled`)).status).toBe(401);
    await ledger.journal.transition(entry.id, ['UNKNOWN'], 'NOT_SENT', new Date(), { changes: [] });
  });

  it('CX-10: with the ledger unavailable, cancels fail closed with no provider call', async () => {
    const { startIminGateway } = await import('../../helpers/imin-gateway.js');
    const broken = await startIminGateway();
    try {
      await broken.gw.ledger.close();
      const before = broken.patches();
      const res = await broken.gw.graphql(
        CANCEL,
        {
          input: {
            orderItemId: orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1'),
            reason: 'OTHER',
            idempotencyKey: 'cx-10',
          },
        },
        broken.alice,
      );
      expect(res.body.data).toBeNull();
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
      });
      expect(broken.patches()).toBe(before);
    } finally {
      // The ledger is already closed, so closing it again as part of shutdown may throw.
      await broken.close().catch(() => undefined);
    }
  });
});
