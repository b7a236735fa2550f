import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { JOURNAL_STATES, TERMINAL_STATES } from '../../../src/ledger/journal.js';
import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../../src/simulators/booking-com/index.js';
import { bookingComSeed, type SimStay } from '../../../src/simulators/booking-com/seed.js';
import { startBokunSimulator, type BokunSimulator } from '../../../src/simulators/bokun/index.js';
import { startMusementSimulator, type MusementSimulator } from '../../../src/simulators/musement/index.js';
import { musementSeed, type SimOrder as MusementOrder } from '../../../src/simulators/musement/seed.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { SENTINEL_CREDENTIALS as C } from '../../helpers/sentinels.js';
import { severalItems } from '../../helpers/several-items.js';
import { simulatorEnv } from '../../helpers/simulators.js';

/** Two-room stays (Booking.com cancels whole orders) built on the seed's two-room stay. */
const twoRooms = (id: string, reservations: [string, string]): SimStay => {
  const base = bookingComSeed().find(
    s => s.rooms.length === 2 && s.customer === 'alice' && s.checkinDays > 0,
  )!;
  return { ...base, id, rooms: base.rooms.map((room, i) => ({ ...room, reservation: reservations[i]! })) };
};
const STAYS = [
  twoRooms('609430129718801', ['9900001', '9900002']),
  twoRooms('609430129718802', ['9900003', '9900004']),
];

/** Three activities in one Musement order, fully refundable up to three days before. */
const musementUuid = (n: number) => `9bd6f4a4-0000-4000-8000-00000000000${n}`;
const activity = (n: number) => `9b742505-0000-4000-8000-00000000000${n}`;
const tripleOrder = (n: number, items: number[], manual?: number): MusementOrder => {
  const base = musementSeed()[0]!;
  const template = base.items[0]!;
  return {
    ...base,
    uuid: musementUuid(n),
    identifier: `MUS0739${n}`,
    items: items.map(i => ({
      ...template,
      uuid: activity(i),
      ...(i === manual ? { manualOnly: true } : {}),
    })),
  };
};
const MUSEMENT = [tripleOrder(1, [1, 2, 3], 2), tripleOrder(2, [4, 5, 6])];

let booking: BookingComSimulator;
let musement: MusementSimulator;
let bokun: BokunSimulator;
let gw: TestGateway;
let alice: string;
let api: ReturnType<typeof severalItems>;

beforeAll(async () => {
  [booking, musement, bokun] = await Promise.all([
    startBookingComSimulator({ ...C.bookingCom, seed: structuredClone(STAYS) }),
    startMusementSimulator({ ...C.musement, refundMs: 100, seed: structuredClone(MUSEMENT) }),
    startBokunSimulator({ ...C.bokun, parameters: [...C.bokun.parameters] }),
  ]);
  gw = await startTestGateway({
    env: simulatorEnv({ booking, musement, bokun }),
    plugins: providerPlugins,
    reconciler: { staleAfterMs: 0 },
  });
  for (const stay of STAYS)
    expect(await gw.register('alice', 'BOOKING_COM', stay.id)).toBe('OrderRegistered');
  for (const o of MUSEMENT) expect(await gw.register('alice', 'MUSEMENT', o.uuid)).toBe('OrderRegistered');
  alice = await gw.token('alice');
  api = severalItems(gw, () => alice);
});
afterAll(async () => {
  await gw.close();
  await Promise.all([booking.close(), musement.close(), bokun.close()]);
});
afterEach(async () => {
  musement.server.clearFaults();
  for (const [ref, count] of [...booking.appliedCancels, ...musement.appliedCancels])
    expect(count, ref).toBeLessThanOrEqual(1);
  await gw.reconciler.reconcileOnce();
  for (const entry of await gw.ledger.journal.byState([...JOURNAL_STATES], 1000))
    expect(TERMINAL_STATES, `${entry.idempotencyKey}: ${entry.state}`).toContain(entry.state);
});

const results = (r: Awaited<ReturnType<typeof api.cancel>>['result']) =>
  r?.__typename === 'CancellationResults' ? r.results : [];
const bookingCancels = () => booking.server.calls.filter(c => c.path.endsWith('/orders/cancel'));
const deletes = () => musement.server.calls.filter(c => c.method === 'DELETE');

describe('cancelOrderItems, Booking.com: the rooms of an order cancel together', () => {
  const rooms = (stay: SimStay) => stay.rooms.map(r => orderItemId('BOOKING_COM', stay.id, r.reservation));

  it('some rooms only: refused as a whole-order cancel, nothing sent, and the quote says why', async () => {
    const [first] = rooms(STAYS[0]!);
    const { quote } = await api.quote(orderId('BOOKING_COM', STAYS[0]!.id), [first!]);
    expect(quote).toMatchObject({
      cancellable: false,
      reason: 'WHOLE_ORDER_REQUIRED',
      quote: null,
      blockingItems: [],
    });
    const before = bookingCancels().length;
    const { result } = await api.cancel([first!], 'bk-partial');
    expect(results(result)).toMatchObject([
      {
        __typename: 'WholeOrderCancellationRequiredError',
        affectedItems: rooms(STAYS[0]!).map(id => ({ id })),
      },
    ]);
    expect(bookingCancels().length).toBe(before);
  });

  it('every room: one POST /orders/cancel; each room answers the order cancellation, counted once in the total', async () => {
    const ids = rooms(STAYS[0]!);
    const { quote } = await api.quote(orderId('BOOKING_COM', STAYS[0]!.id), ids);
    expect(quote).toMatchObject({ cancellable: true, appliedAtomically: true });
    expect(quote?.coveredItems.map(i => i.id)).toEqual(ids);
    const before = bookingCancels().length;
    const { result } = await api.cancel(ids, 'bk-all', { expectedRefund: quote!.quote!.refund });
    expect(bookingCancels().length - before).toBe(1);
    const each = results(result);
    expect(each.map(r => r.__typename)).toEqual(['OrderItemCancelled', 'OrderItemCancelled']);
    const refunds = each.map(r => (r.__typename === 'OrderItemCancelled' ? r.refund : null));
    expect(refunds[0]).toEqual(refunds[1]);
    expect(result).toMatchObject({ totalRefund: refunds[0], appliedAtomically: true });
    expect(booking.appliedCancels.get(STAYS[0]!.id)).toBe(1);
  });

  it('one room with acceptWholeOrder: one POST cancels the stay, the quote covering both rooms', async () => {
    const [first, second] = rooms(STAYS[1]!);
    const { quote } = await api.quote(orderId('BOOKING_COM', STAYS[1]!.id), [first!], true);
    expect(quote).toMatchObject({ cancellable: true });
    expect(quote?.coveredItems.map(i => i.id)).toEqual([first, second]);
    const { result } = await api.cancel([first!], 'bk-accept', { acceptWholeOrder: true });
    expect(results(result)).toMatchObject([
      { __typename: 'OrderItemCancelled', cancelledItemIds: [first, second] },
    ]);
    expect(booking.appliedCancels.get(STAYS[1]!.id)).toBe(1);
  });
});

describe('cancelOrderItems, Musement: one DELETE per item, reported item by item', () => {
  const items = (n: number, refs: number[]) =>
    refs.map(i => orderItemId('MUSEMENT', musementUuid(n), activity(i)));

  it('one refused while the others succeed: the truth per item; a retry with the same key sends nothing again', async () => {
    const ids = items(1, [1, 2, 3]);
    const before = deletes().length;
    const first = await api.cancel(ids, 'mu-manual');
    expect(results(first.result).map(r => r.__typename)).toEqual([
      'OrderItemCancelled',
      'ManualCancellationRequiredError',
      'OrderItemCancelled',
    ]);
    expect(first.result).toMatchObject({
      appliedAtomically: false,
      totalRefund: { amount: '118.00', currency: 'EUR' },
    });
    expect(deletes().length - before).toBe(3);
    const again = await api.cancel(ids, 'mu-manual');
    expect(again.text).toBe(first.text);
    expect(deletes().length - before).toBe(3);
  });

  it('one DELETE not applied (429): a retry with the same key sends only that one', async () => {
    const ids = items(2, [4, 5, 6]);
    musement.server.inject({
      method: 'DELETE',
      pathPrefix: `/orders/${musementUuid(2)}/items/${activity(5)}`,
      status: 429,
    });
    const before = deletes().length;
    const first = await api.cancel(ids, 'mu-429');
    expect(results(first.result).map(r => r.__typename)).toEqual([
      'OrderItemCancelled',
      'ProviderUnavailableError',
      'OrderItemCancelled',
    ]);
    expect(deletes().length - before).toBe(3);
    expect((await api.entries('mu-429')).map(e => e.state)).toEqual(['SUCCEEDED', 'NOT_SENT', 'SUCCEEDED']);
    const retry = await api.cancel(ids, 'mu-429');
    expect(results(retry.result).map(r => r.__typename)).toEqual(Array(3).fill('OrderItemCancelled'));
    const sent = deletes().slice(before + 3);
    expect(sent.map(c => c.path.split('/').pop())).toEqual([activity(5)]);
    expect(retry.result).toMatchObject({ totalRefund: { amount: '177.00' } });
    for (const i of [4, 5, 6]) expect(musement.appliedCancels.get(activity(i))).toBe(1);
  });
});

describe('cancelOrderItems, Bókun: a booking is one item, cancelled with one POST /booking/cancel', () => {
  it('cancels it, priced by the snapshot', async () => {
    const code = bokun.confirm('several-1');
    const bokunBooking = {
      title: 'Fjord Kayak',
      startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
      price: { amount: '800.00', currency: 'NOK' },
      penaltyRules: [{ cutoffHours: 48, charge: '25', chargeType: 'PERCENTAGE' }],
    };
    expect(await gw.register('alice', 'BOKUN', code, { bokunBooking })).toBe('OrderRegistered');
    const before = bokun.server.calls.filter(c => c.path === '/booking/cancel').length;
    const { result } = await api.cancel([orderItemId('BOKUN', code, code)], 'bokun-1');
    expect(result).toMatchObject({
      __typename: 'CancellationResults',
      appliedAtomically: true,
      totalRefund: { amount: '800.00' },
    });
    expect(results(result).map(r => r.__typename)).toEqual(['OrderItemCancelled']);
    expect(bokun.server.calls.filter(c => c.path === '/booking/cancel').length - before).toBe(1);
  });
});
