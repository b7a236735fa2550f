import validator, { type ValidationResult } from '@openactive/data-model-validator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { JOURNAL_STATES, TERMINAL_STATES } from '../../../src/ledger/journal.js';
import { createIminAdapter } from '../../../src/providers/imin/adapter.js';
import type { ProviderStarter } from '../../../src/providers/plugin.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';
import type { SimItem, SimOrder } from '../../../src/simulators/imin/seed.js';
import { CANCEL } from '../../helpers/documents.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { severalItems } from '../../helpers/several-items.js';

/**
 * cancelOrderItems against the imin simulator. The Open Booking API's Order Cancellation PATCH names
 * every OrderItem to cancel, and "the cancellation request succeeds and fails atomically" (1.0 §9.2;
 * §8.3.2: "The PATCH request is atomic, and therefore the cancellation succeeds or fails entirely"):
 * one PATCH for the whole request, and one refusal leaves every item as it was.
 */
const session = (identifier: string, hours: number, extra: Partial<SimItem> = {}): SimItem => ({
  identifier,
  name: `Swimming course, ${identifier}`,
  startOffsetHours: hours,
  durationMinutes: 45,
  price: 10,
  status: 'OrderItemConfirmed',
  allowFullRefund: true,
  latestCancellationBeforeStartDate: 'P1D',
  ...extra,
});
const uuid = (n: number) => `c0c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2b${String(n).padStart(2, '0')}`;
const order = (n: number, items: SimItem[], customer: 'alice' | 'bob' = 'alice'): SimOrder => ({
  uuid: uuid(n),
  idStyle: 'fragment',
  customer,
  orderedHoursAgo: 24,
  items,
});
const week = 24 * 7;
const SEED: SimOrder[] = [
  order(1, [session('c1', week), session('c2', 2 * week), session('c3', 3 * week), session('c4', 4 * week)]),
  order(2, [
    session('r1', week),
    session('r2', week, { refusal: 'Course places cannot be cancelled one by one.' }),
    session('r3', week),
  ]),
  order(3, [
    session('m1', week),
    session('m2', week, { status: 'CustomerCancelled' }),
    session('m3', 12),
    session('m4', week),
  ]),
  order(4, [session('l1', week), session('l2', week)]),
  order(5, [session('o1', week), session('o2', week), session('o3', week)]),
  order(6, [session('b1', week)], 'bob'),
  order(7, [session('k1', week), session('k2', week)]),
  order(8, [session('e1', 12), session('e2', week)]),
];
const item = (n: number, ref: string) => orderItemId('IMIN', uuid(n), ref);

let sim: IminSimulator;
let gw: TestGateway;
let alice: string;
let api: ReturnType<typeof severalItems>;
const patches = () => sim.server.calls.filter(c => c.method === 'PATCH');

beforeAll(async () => {
  const apiKey = 'SENTINEL-KEY-imin-several';
  sim = await startIminSimulator({ apiKey, seed: structuredClone(SEED), pendingMs: 100 });
  const provider = createIminAdapter({ baseUrl: sim.url, apiKey, http: { readRetries: 1 } });
  const plugin: ProviderStarter = { id: 'IMIN', start: () => Promise.resolve(provider) };
  gw = await startTestGateway({ plugins: [plugin], reconciler: { staleAfterMs: 0 } });
  for (const o of sim.orders.values()) await gw.register(o.customer, 'IMIN', o.uuid);
  alice = await gw.token('alice');
  api = severalItems(gw, () => alice);
});
afterAll(async () => {
  await gw.close();
  await sim.close();
});
afterEach(async () => {
  sim.server.clearFaults();
  // Never more than one applied cancel per item; once reconciled, every entry is settled.
  for (const [ref, count] of sim.appliedCancels) expect(count, ref).toBeLessThanOrEqual(1);
  await gw.reconciler.reconcileOnce();
  for (const entry of await gw.ledger.journal.byState([...JOURNAL_STATES], 1000))
    expect(TERMINAL_STATES, `${entry.idempotencyKey}: ${entry.state}`).toContain(entry.state);
});

const failures = (results: ValidationResult[]) =>
  results.filter(r => r.severity === 'failure').map(r => `${r.type} at ${r.path}`);

describe('cancelOrderItems against the imin simulator', () => {
  it('quotes the four sessions together, then cancels them in one PATCH the OpenActive validator accepts', async () => {
    const ids = ['c1', 'c2', 'c3', 'c4'].map(ref => item(1, ref));
    const { quote } = await api.quote(orderId('IMIN', uuid(1)), ids);
    expect(quote).toMatchObject({
      cancellable: true,
      reason: null,
      quote: { refund: { amount: '40.00', currency: 'GBP' }, fee: { amount: '0.00' } },
      blockingItems: [],
      appliedAtomically: true,
    });
    expect(quote?.coveredItems.map(i => i.id)).toEqual(ids);

    const before = patches().length;
    const { result } = await api.cancel(ids, 'course-all', {
      expectedRefund: { amount: '40.00', currency: 'GBP' },
    });
    expect(result).toMatchObject({
      __typename: 'CancellationResults',
      totalRefund: { amount: '40.00', currency: 'GBP' },
      totalFee: { amount: '0.00', currency: 'GBP' },
      appliedAtomically: true,
    });
    const results = result?.__typename === 'CancellationResults' ? result.results : [];
    expect(results.map(r => r.__typename)).toEqual(Array(4).fill('OrderItemCancelled'));
    expect(results.map(r => (r.__typename === 'OrderItemCancelled' ? r.orderItem.id : null))).toEqual(ids);
    expect(results[0]).toMatchObject({
      status: 'PENDING',
      refund: { amount: '10.00' },
      cancelledItemIds: [ids[0]],
    });

    // One PATCH naming all four items by the @id imin served, in the body the spec and validator accept.
    const sent = patches().slice(before);
    expect(sent).toHaveLength(1);
    const body = JSON.parse(sent[0]!.body) as { orderedItem: Array<{ '@id': string }> };
    const served = sim.orders
      .get(uuid(1))!
      .items.map(i => `${sim.url}/orders/${uuid(1)}#/orderedItem/${i.identifier}`);
    expect(body.orderedItem.map(i => i['@id'])).toEqual(served);
    expect(failures(await validator.validate(body, { validationMode: 'OrderPatch' }))).toEqual([]);
    for (const ref of ['c1', 'c2', 'c3', 'c4']) expect(sim.appliedCancels.get(ref)).toBe(1);

    // One entry per item, all SUCCEEDED, and one change per item for each step in the feed.
    const entries = await api.entries('course-all');
    expect(entries.map(e => [e.itemRef, e.state])).toEqual(
      ['c1', 'c2', 'c3', 'c4'].map(r => [r, 'SUCCEEDED']),
    );
    const feed = (await gw.ledger.changes.after({ tx: 0, seq: 0 }, 1000)).changes.filter(
      c => c.orderRef === uuid(1) && c.journalId !== null,
    );
    for (const kind of ['CANCELLATION_REQUESTED', 'CANCELLATION_PENDING'])
      expect(
        feed
          .filter(c => c.kind === kind)
          .map(c => c.itemRef)
          .sort(),
        kind,
      ).toEqual(['c1', 'c2', 'c3', 'c4']);
  }, 30_000);

  it('the same key and request replay the whole answer byte for byte, with no provider call', async () => {
    const ids = [item(7, 'k1'), item(7, 'k2')];
    const first = await api.cancel(ids, 'replay-1');
    const before = patches().length;
    const again = await api.cancel(ids, 'replay-1');
    expect(again.text).toBe(first.text);
    expect(patches().length).toBe(before);
    // The same key for other items, or for cancelOrderItem, is another request.
    expect((await api.cancel([ids[0]!], 'replay-1')).result).toMatchObject({
      __typename: 'IdempotencyKeyReusedError',
    });
    const single = await gw.graphql(
      CANCEL,
      { input: { orderItemId: ids[0]!, reason: 'CHANGE_OF_PLANS', idempotencyKey: 'replay-1' } },
      alice,
    );
    expect(single.body.data?.cancelOrderItem).toMatchObject({ __typename: 'IdempotencyKeyReusedError' });
  });

  it("a refusal from imin leaves every item as it was, and each item's answer says so in imin's words", async () => {
    const ids = ['r1', 'r2', 'r3'].map(ref => item(2, ref));
    const before = patches().length;
    const { result } = await api.cancel(ids, 'refused-1');
    expect(patches().length - before).toBe(1);
    const results = result?.__typename === 'CancellationResults' ? result.results : [];
    expect(result).toMatchObject({ totalRefund: null, appliedAtomically: true });
    for (const r of results)
      expect(r).toMatchObject({
        __typename: 'CancellationNotPermittedError',
        message: 'Course places cannot be cancelled one by one.',
        providerDetail: { type: 'CancellationNotPermittedError' },
      });
    expect(sim.orders.get(uuid(2))!.items.map(i => i.status)).toEqual(Array(3).fill('OrderItemConfirmed'));
    expect((await api.entries('refused-1')).map(e => e.state)).toEqual(['REFUSED', 'REFUSED', 'REFUSED']);
  });

  it('items that cannot go are answered from the read; the rest go in one PATCH; a changed total sends nothing', async () => {
    const ids = ['m1', 'm2', 'm3', 'm4'].map(ref => item(3, ref));
    const { quote } = await api.quote(orderId('IMIN', uuid(3)), ids);
    expect(quote).toMatchObject({ cancellable: false, reason: 'ITEM_NOT_CANCELLABLE', quote: null });
    expect(quote?.blockingItems.map(i => [i.id, i.cancellability.reason])).toEqual([
      [ids[1], 'ALREADY_CANCELLED'],
      [ids[2], 'WINDOW_CLOSED'],
    ]);

    // The customer was shown 40.00 for four: only two can go, so nothing is sent at all.
    const before = patches().length;
    const changed = await api.cancel(ids, 'mixed-total', {
      expectedRefund: { amount: '40.00', currency: 'GBP' },
    });
    expect(changed.result).toMatchObject({
      __typename: 'RefundChangedError',
      expectedRefund: { amount: '40.00' },
      currentRefund: { amount: '20.00' },
    });
    expect(patches().length).toBe(before);

    const { result } = await api.cancel(ids, 'mixed-1');
    const results = result?.__typename === 'CancellationResults' ? result.results : [];
    expect(results.map(r => r.__typename)).toEqual([
      'OrderItemCancelled',
      'OrderItemAlreadyCancelledError',
      'CancellationWindowClosedError',
      'OrderItemCancelled',
    ]);
    expect(result).toMatchObject({ totalRefund: { amount: '20.00' } });
    const sent = patches().slice(before);
    expect(sent).toHaveLength(1);
    const named = (JSON.parse(sent[0]!.body) as { orderedItem: Array<{ '@id': string }> }).orderedItem;
    expect(named.map(i => i['@id'].split('/').pop())).toEqual(['m1', 'm4']);
    expect((await api.entries('mixed-1')).map(e => e.state)).toEqual([
      'SUCCEEDED',
      'ANSWERED',
      'ANSWERED',
      'SUCCEEDED',
    ]);
  });

  it('a lost answer settles every item by reading, with exactly one PATCH', async () => {
    sim.server.inject({ method: 'PATCH', dropAfterApply: true });
    const ids = [item(4, 'l1'), item(4, 'l2')];
    const before = patches().length;
    const { result } = await api.cancel(ids, 'lost-1');
    const results = result?.__typename === 'CancellationResults' ? result.results : [];
    expect(results.map(r => r.__typename)).toEqual(['OrderItemCancelled', 'OrderItemCancelled']);
    expect(patches().length - before).toBe(1);
    expect((await api.entries('lost-1')).map(e => e.state)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(sim.appliedCancels.get('l1')).toBe(1);
    expect(sim.appliedCancels.get('l2')).toBe(1);
  });

  it('two concurrent requests overlapping on one item: that item is sent once, and the other request finishes on retry', async () => {
    const a = [item(5, 'o1'), item(5, 'o2')];
    const b = [item(5, 'o2'), item(5, 'o3')];
    const [first, second] = await Promise.all([api.cancel(a, 'overlap-a'), api.cancel(b, 'overlap-b')]);
    const answers = [first.result, second.result].map(r =>
      r?.__typename === 'CancellationResults' ? r.results.map(x => x.__typename) : [],
    );
    // One of them held the order's lock; the other sent nothing and says so.
    expect(answers).toContainEqual(['OrderItemCancelled', 'OrderItemCancelled']);
    expect(answers).toContainEqual(['CancellationInProgressError', 'CancellationInProgressError']);
    const loser =
      answers[0]![0] === 'CancellationInProgressError'
        ? { ids: a, key: 'overlap-a' }
        : { ids: b, key: 'overlap-b' };
    const retried = await api.cancel(loser.ids, loser.key);
    const after =
      retried.result?.__typename === 'CancellationResults'
        ? retried.result.results.map(r => r.__typename)
        : [];
    expect(after.filter(t => t === 'OrderItemAlreadyCancelledError')).toHaveLength(1);
    expect(after.filter(t => t === 'OrderItemCancelled')).toHaveLength(1);
    for (const ref of ['o1', 'o2', 'o3']) expect(sim.appliedCancels.get(ref), ref).toBe(1);
    expect(sim.repeatCancels.get('o2') ?? 0).toBe(0);
  });

  it('bad requests are refused before anything is recorded or sent', async () => {
    const before = patches().length;
    const several = await api.cancel([item(1, 'c1'), item(6, 'b1')], 'bad-1');
    expect(several.result).toMatchObject({
      __typename: 'InvalidCancellationRequestError',
      field: 'orderItemIds',
    });
    const twice = await api.cancel([item(8, 'e2'), item(8, 'e2')], 'bad-2');
    expect(twice.result).toMatchObject({
      __typename: 'InvalidCancellationRequestError',
      field: 'orderItemIds',
    });
    const none = await api.cancel([], 'bad-3');
    expect(none.result).toMatchObject({
      __typename: 'InvalidCancellationRequestError',
      field: 'orderItemIds',
    });
    const tooMany = await api.cancel(
      Array.from({ length: 51 }, (_, i) => item(8, `x${i}`)),
      'bad-4',
    );
    expect(tooMany.result).toMatchObject({
      __typename: 'InvalidCancellationRequestError',
      field: 'orderItemIds',
    });
    // Bob's order, asked for by Alice: the same answer as an order that does not exist.
    const foreign = await api.cancel([item(6, 'b1')], 'bad-5');
    expect(foreign.result).toMatchObject({ __typename: 'OrderItemNotFoundError', provider: null });
    const missing = await api.cancel([item(8, 'e2'), item(8, 'no-such-item')], 'bad-6');
    expect(missing.result).toMatchObject({ __typename: 'OrderItemNotFoundError' });
    const garbage = await api.cancel(['not-an-id'], 'bad-7');
    expect(garbage.result).toMatchObject({ __typename: 'OrderItemNotFoundError' });
    expect(patches().length).toBe(before);
    for (const key of ['bad-1', 'bad-2', 'bad-3', 'bad-4', 'bad-5', 'bad-7'])
      expect(await api.entries(key)).toEqual([]);
    expect(sim.appliedCancels.get('b1')).toBeUndefined();
  });

  it('the quote refuses ids that are not items of the order as bad input', async () => {
    const { errors } = await api.quote(orderId('IMIN', uuid(1)), [item(3, 'm1')]);
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const empty = await api.quote(orderId('IMIN', uuid(1)), []);
    expect(empty.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
