import { fixture } from '../../../helpers/fixtures.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { OrderModel } from '../../../../src/domain/order.js';
import { openLedger, snapshotsOf, type Ledger } from '../../../../src/ledger/index.js';
import { createBokunAdapter } from '../../../../src/providers/bokun/adapter.js';
import type { BookingProvider } from '../../../../src/providers/port.js';
import { startBokunSimulator, type BokunSimulator } from '../../../../src/simulators/bokun/index.js';

const credentials = {
  username: 'gateway',
  password: 'SENTINEL-KEY-bokun-password',
  parameters: [{ name: 'vendorApiKey', value: 'SENTINEL-KEY-bokun-vendor' }],
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let sim: BokunSimulator;
let ledger: Ledger;
let bokun: BookingProvider;

async function book(reservation: string, refuse?: string): Promise<string> {
  const { request } = await import('undici');
  const res = await request(`${sim.url}/booking/confirm`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`gateway:${credentials.password}`).toString('base64')}`,
      'content-type': 'application/json; charset=utf-8',
    },
    body: JSON.stringify({
      parameters: credentials.parameters,
      reservationConfirmationCode: reservation,
      ...(refuse ? { refuseCancellation: refuse } : {}),
    }),
  });
  const code = ((await res.body.json()) as { successfulBooking: { bookingConfirmationCode: string } })
    .successfulBooking.bookingConfirmationCode;
  const snapshot = {
    title: `Tour ${reservation}`,
    startsAt: inDays(10),
    endsAt: null,
    timeZone: 'Europe/Oslo',
    price: { amountMinor: 100_000, currency: 'NOK' },
    penaltyRules: [{ cutoffHours: 48, charge: '20', chargeType: 'PERCENTAGE' }],
  };
  await ledger.ownership.register('alice', 'BOKUN', code, new Date(), trx =>
    ledger.snapshots.insert(trx, 'BOKUN', code, snapshot),
  );
  return code;
}

beforeAll(async () => {
  sim = await startBokunSimulator(credentials);
  ledger = await openLedger({ databaseUrl: null, dataDir: ':memory:' });
  bokun = createBokunAdapter({
    baseUrl: sim.url,
    ...credentials,
    snapshots: snapshotsOf(ledger.snapshots, 'BOKUN'),
  });
});
afterAll(async () => {
  await bokun.close();
  await ledger.close();
  await sim.close();
});
afterEach(() => sim.server.clearFaults());

async function load(code: string): Promise<OrderModel> {
  const [order] = await bokun.loadOrders([code]);
  if (!order || order instanceof Error) throw new Error(`booking ${code} did not load`);
  return order;
}
const cancel = async (code: string) => {
  const order = await load(code);
  return bokun.cancel({
    order,
    item: order.items[0]!,
    items: [order.items[0]!],
    reason: 'CUSTOMER_REQUEST',
    note: null,
    journalId: 'j',
  });
};
const cancels = () => sim.server.calls.filter(c => c.path === '/booking/cancel');

describe('Bókun plugin adapter', () => {
  it('reads the booking from the ledger snapshot, with no plugin call', async () => {
    const code = await book('read-1');
    const before = sim.server.calls.length;
    expect(await load(code)).toMatchObject({
      provider: 'BOKUN',
      items: [
        { title: 'Tour read-1', status: 'CONFIRMED', price: { amountMinor: 100_000, currency: 'NOK' } },
      ],
    });
    expect(sim.server.calls.length).toBe(before);
    expect(await bokun.loadOrders(['UNKNOWN-1'])).toEqual([null]);
  });

  it('reads the plugin definition with Basic auth (readiness)', async () => {
    await expect(bokun.ping()).resolves.toBeUndefined();
    expect(sim.server.calls.at(-1)).toMatchObject({ method: 'GET', path: '/plugin/definition' });
  });

  it('successfulCancellation: sends auth, parameters and the code once, records the cancel in the ledger', async () => {
    const code = await book('cancel-1');
    const before = cancels().length;
    expect(await cancel(code)).toEqual({
      kind: 'accepted',
      state: 'CONFIRMED',
      refund: { amountMinor: 100_000, currency: 'NOK' },
      fee: { amountMinor: 0, currency: 'NOK' },
      providerRequestId: null,
    });
    const sent = cancels().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers['authorization']).toBe(
      `Basic ${Buffer.from(`gateway:${credentials.password}`).toString('base64')}`,
    );
    expect(sent[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
    // No agent code is configured, so none is sent (the guide: "Agent code … (if set)").
    expect(Object.keys(JSON.parse(sent[0]!.body) as object)).toEqual(
      Object.keys(fixture<object>('bokun', 'cancel-request.json')),
    );
    expect(JSON.parse(sent[0]!.body)).toEqual({
      parameters: credentials.parameters,
      bookingConfirmationCode: code,
    });
    expect((await load(code)).items[0]).toMatchObject({
      status: 'CANCELLED_BY_CUSTOMER',
      cancellation: { refund: { amountMinor: 100_000 } },
    });
  });

  it('BOKUN_AGENT_CODE, when configured, is sent as agentCode', async () => {
    const code = await book('agent-1');
    const withAgent = createBokunAdapter({
      baseUrl: sim.url,
      ...credentials,
      agentCode: 'AGENT-42',
      snapshots: snapshotsOf(ledger.snapshots, 'BOKUN'),
    });
    const order = await load(code);
    const before = cancels().length;
    await withAgent.cancel({
      order,
      item: order.items[0]!,
      items: [order.items[0]!],
      reason: 'OTHER',
      note: null,
      journalId: 'j',
    });
    expect(JSON.parse(cancels().slice(before)[0]!.body)).toMatchObject({ agentCode: 'AGENT-42' });
    await withAgent.close();
  });

  it('the simulated plugin answers as a Jackson plugin does, with the unset result null', async () => {
    const code = await book('null-sibling-1');
    const before = cancels().length;
    expect(await cancel(code)).toMatchObject({ kind: 'accepted' });
    expect(sim.server.calls.filter(c => c.path === '/booking/cancel').length).toBe(before + 1);
    expect(sim.lastCancelAnswer()).toEqual({ successfulCancellation: {}, failedCancellation: null });
  });

  it('a repeated cancel of a cancelled booking is answered from the ledger without calling the plugin', async () => {
    const code = await book('cancel-2');
    await cancel(code);
    const before = cancels().length;
    expect(await cancel(code)).toMatchObject({ kind: 'refused', reason: 'ALREADY_CANCELLED' });
    expect(cancels().length).toBe(before);
  });

  it('failedCancellation: a refusal carrying the plugin text; the ledger is unchanged', async () => {
    const code = await book('refuse-1', 'The tour has already departed.');
    expect(await cancel(code)).toEqual({
      kind: 'refused',
      reason: 'NOT_PERMITTED',
      detail: { kind: 'bokun', cancellationError: 'The tour has already departed.' },
      retryable: false,
      retryAfterSeconds: null,
    });
    expect((await load(code)).items[0]?.status).toBe('CONFIRMED');
  });

  it.each([
    [
      'both results set',
      { status: 200, body: { successfulCancellation: {}, failedCancellation: { cancellationError: 'x' } } },
      'unknown',
    ],
    ['neither result set', { status: 200, body: {} }, 'unknown'],
    ['malformed JSON', { status: 200, body: '{"successfulCancel' }, 'unknown'],
    ['a 500', { status: 500, body: { error: 'boom' } }, 'unknown'],
    ['a 401', { status: 401, body: { error: 'Unauthorized' } }, 'unavailable'],
  ])('%s is never a success (%s), and the ledger is unchanged', async (_name, fault, kind) => {
    const code = await book(`fault-${_name.replace(/\W/g, '')}`);
    sim.server.inject({ method: 'POST', pathPrefix: '/booking/cancel', ...fault });
    expect(await cancel(code)).toMatchObject({ kind });
    expect((await load(code)).items[0]?.status).toBe('CONFIRMED');
  });

  it('a wrong password gets 401 from the plugin: unavailable, nothing recorded', async () => {
    const code = await book('auth-1');
    const wrong = createBokunAdapter({
      baseUrl: sim.url,
      ...credentials,
      password: 'wrong',
      snapshots: snapshotsOf(ledger.snapshots, 'BOKUN'),
    });
    const order = await load(code);
    expect(
      await wrong.cancel({
        order,
        item: order.items[0]!,
        items: [order.items[0]!],
        reason: 'OTHER',
        note: null,
        journalId: 'j',
      }),
    ).toMatchObject({ kind: 'unavailable' });
    expect(sim.appliedCancels.get(code)).toBeUndefined();
    await wrong.close();
  });
});
