import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { orderItemId } from '../../../src/domain/ids.js';
import { createMusementAdapter } from '../../../src/providers/musement/adapter.js';
import type { ProviderPlugin } from '../../../src/providers/plugin.js';
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

let sim: MusementSimulator;
let gw: TestGateway;
let alice: string;
// The gateway's clock runs two days behind the provider's: what it shows as open, Musement may refuse.
const clock = fixedClock(new Date(Date.now() - 2 * 86_400_000));

beforeAll(async () => {
  sim = await startMusementSimulator({ ...credentials, refundMs: 100 });
  const provider = createMusementAdapter({ baseUrl: sim.url, credentials });
  const plugin: ProviderPlugin = {
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
});
