import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { orderItemId } from '../../../src/domain/ids.js';
import { createMusementAdapter } from '../../../src/providers/musement/adapter.js';
import type { ProviderStarter } from '../../../src/providers/plugin.js';
import { startMusementSimulator, type MusementSimulator } from '../../../src/simulators/musement/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { CANCEL, type CancellationReason } from '../../helpers/documents.js';

const credentials = {
  clientId: 'gw',
  clientSecret: 'SENTINEL-KEY-musement-flow',
  application: 'gateway-tests',
};
const item = (n: number) =>
  orderItemId(
    'MUSEMENT',
    `8bd6f4a4-0000-4000-8000-00000000000${n}`,
    `8b742505-0000-4000-8000-00000000000${n}`,
  );

const ref = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const musementItem = (orderN: number, itemN: number) =>
  orderItemId('MUSEMENT', ref('8bd6f4a4', orderN), ref('8b742505', itemN));

let sim: MusementSimulator;
let gw: TestGateway;
let alice: string;
// The gateway's clock runs two days behind the provider's: what it shows as open, Musement may refuse.
const clock = fixedClock(new Date(Date.now() - 2 * 86_400_000));

beforeAll(async () => {
  sim = await startMusementSimulator({ ...credentials, refundMs: 100 });
  const provider = createMusementAdapter({ baseUrl: sim.url, credentials });
  const plugin: ProviderStarter = {
    id: 'MUSEMENT',
    start: () => Promise.resolve(provider),
  };
  gw = await startTestGateway({ plugins: [plugin], clock });
  alice = await gw.token('alice');
  for (const order of sim.orders.values()) await gw.register(order.customer, 'MUSEMENT', order.uuid);
});
afterAll(async () => {
  await gw.close();
  await sim.close();
});

const cancel = (id: string, key: string, reason: CancellationReason = 'CUSTOMER_REQUEST') =>
  gw
    .graphql(CANCEL, { input: { orderItemId: id, reason, idempotencyKey: key } }, alice)
    .then(r => r.body.data?.cancelOrderItem);

const REFUSED = `mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) {
  __typename ... on ErrorResult { code message retryable provider }
  ... on ManualCancellationRequiredError { contact providerDetail { ... on MusementErrorDetail { code message } } }
  ... on CancellationNotPermittedError { providerDetail { ... on MusementErrorDetail { code message } } } } }`;
const CANCELLABILITY = `query($id: ID!) { orderItem(id: $id) { cancellability { cancellable reason message } } }`;
const refusedCancel = (id: string, key: string) =>
  gw
    .graphql(REFUSED, { input: { orderItemId: id, reason: 'CUSTOMER_REQUEST', idempotencyKey: key } }, alice)
    .then(r => r.body.data?.cancelOrderItem);
const cancellabilityOf = (id: string) =>
  gw.graphql(CANCELLABILITY, { id }, alice).then(r => r.body.data?.orderItem.cancellability);

describe('cancelOrderItem against the Musement simulator', () => {
  it('CX-08: REFUND_STARTED is a pending success; another key then gets already-cancelled, never a second DELETE', async () => {
    expect(await cancel(item(1), 'cx-08')).toMatchObject({
      __typename: 'OrderItemCancelled',
      status: 'PENDING',
      refund: { amount: '59.00', currency: 'EUR' },
      orderItem: { status: 'CANCELLATION_PENDING' },
    });
    expect(await cancel(item(1), 'cx-08-again')).toMatchObject({
      __typename: 'OrderItemAlreadyCancelledError',
    });
    expect(sim.server.calls.filter(c => c.method === 'DELETE')).toHaveLength(1);
  });

  it("CX-13: the cut-off passed between the quote and the cancel: Musement's refusal wins, no refund promised", async () => {
    const quote = await gw.graphql(
      `query($id: ID!) { orderItem(id: $id) { cancellability { cancellable } refundQuote { refund { amount } } } }`,
      { id: item(3) },
      alice,
    );
    expect(quote.body.data?.orderItem).toMatchObject({
      cancellability: { cancellable: true },
      refundQuote: { refund: { amount: '90.00' } },
    });
    const res = await cancel(item(3), 'cx-13');
    expect(res).toMatchObject({
      __typename: 'CancellationNotPermittedError',
      providerDetail: { __typename: 'MusementErrorDetail' },
    });
    expect(res).not.toHaveProperty('refund');
    expect(sim.appliedCancels.get('8b742505-0000-4000-8000-000000000003')).toBeUndefined();
  });

  it('PROVIDER_ISSUE reaches Musement as VENUE-CLOSED, no longer refused unsent', async () => {
    expect(await cancel(item(5), 'venue-closed', 'PROVIDER_ISSUE')).toMatchObject({
      __typename: 'ManualCancellationRequiredError',
    });
    const sent = sim.server.calls.filter(c => c.method === 'DELETE' && c.path.endsWith('000000000005'));
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body)).toMatchObject({ cancellation_reason: 'VENUE-CLOSED' });
  });

  // Issue #28: the guide names no status for "must be cancelled manually by Musement"; the words do.
  it.each([
    [
      2,
      2,
      400,
      'This order item cannot be cancelled via API: the activity must be cancelled manually by Musement.',
    ],
    [6, 6, 409, 'This order item cannot be cancelled. Please contact our Customer Care team.'],
    [
      6,
      7,
      422,
      'This order item cannot be cancelled via API: the activity must be cancelled manually by Musement.',
    ],
  ])(
    'order %i item %i: a %i saying Musement must cancel it by hand is ManualCancellationRequiredError, and the item then says so',
    async (orderN, itemN, status, message) => {
      const id = musementItem(orderN, itemN);
      sim.server.inject({ method: 'DELETE', status, body: { code: '0', message } });
      const res = await refusedCancel(id, `manual-${itemN}`);
      expect(res).toMatchObject({
        __typename: 'ManualCancellationRequiredError',
        code: 'MANUAL_CANCELLATION_REQUIRED',
        retryable: false,
        provider: 'MUSEMENT',
        contact: 'support-affiliate@musement.com',
        providerDetail: { code: '0', message },
      });
      // Whom to ask, what to give them (the order, the order item) and the provider's own words.
      expect(res.message).toContain('support-affiliate@musement.com');
      expect(res.message).toContain(ref('8bd6f4a4', orderN));
      expect(res.message).toContain(ref('8b742505', itemN));
      expect(res.message).toContain(message);
      expect(await cancellabilityOf(id)).toEqual({
        cancellable: false,
        reason: 'MANUAL_CANCELLATION_REQUIRED',
        message: res.message,
      });
    },
  );

  it("an ordinary refusal keeps Musement's words in the member's message, the same words cancellability shows", async () => {
    const id = musementItem(9, 10);
    const message = 'Order item cannot be cancelled in its current status';
    sim.server.inject({ method: 'DELETE', status: 400, body: { code: '2005', message } });
    const res = await refusedCancel(id, 'ordinary-words');
    expect(res).toMatchObject({
      __typename: 'CancellationNotPermittedError',
      retryable: false,
      providerDetail: { code: '2005', message },
    });
    expect(res.message).toBe(message);
    expect(await cancellabilityOf(id)).toEqual({
      cancellable: false,
      reason: 'PROVIDER_REFUSES',
      message,
    });
  });
});
