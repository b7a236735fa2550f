import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../../src/domain/ids.js';
import { createMusementAdapter } from '../../../../src/providers/musement/adapter.js';
import type { ProviderStarter } from '../../../../src/providers/plugin.js';
import { startSimServer, type SimServer } from '../../../../src/simulators/kit.js';
import { fixture } from '../../../helpers/fixtures.js';
import { startTestGateway, type TestGateway } from '../../../helpers/gateway.js';
import { CANCEL } from '../../../helpers/imin-gateway.js';

const ORDER = '8bd6f4a4-0000-4000-8000-000000000001';
const ITEM = '8b742505-0000-4000-8000-000000000001';
const credentials = {
  clientId: 'gw',
  clientSecret: 'SENTINEL-KEY-musement-guide',
  application: 'gateway-tests',
};
const DOCUMENTED_REASONS = new Set(fixture<string[]>('musement', 'cancellation-reasons.json'));

/**
 * A fake written from the guide (003) alone: an order whose item has no activity date (like the
 * documented excerpt), the guide's own refund-policies example verbatim, and a DELETE that accepts
 * only the documented reasons. Its clock is its own: remaining_time is all the gateway has to go on.
 */
let fake: SimServer;
let gw: TestGateway;
beforeAll(async () => {
  fake = await startSimServer(
    req => {
      if (req.method === 'POST' && req.path === '/login')
        return {
          status: 200,
          body: { access_token: 'tok', expires_in: 3600, token_type: 'bearer', scope: null },
        };
      if (req.method === 'GET' && req.path === `/orders/${ORDER}`)
        return { status: 200, body: fixture('musement', 'order-item-no-date.json') };
      if (req.method === 'GET' && req.path === `/orders/${ORDER}/items/${ITEM}/refund-policies`)
        return { status: 200, body: fixture('musement', 'refund-policies.json') };
      if (req.method === 'DELETE' && req.path === `/orders/${ORDER}/items/${ITEM}`) {
        const body = req.json() as Record<string, unknown>;
        return DOCUMENTED_REASONS.has(String(body['cancellation_reason']))
          ? { status: 204 }
          : { status: 400, body: { code: '0', message: 'Invalid cancellation_reason' } };
      }
      return { status: 404, body: { code: '1400', message: 'Resource does not exist' } };
    },
    { basePath: '/api/v3' },
  );
  const provider = createMusementAdapter({ baseUrl: fake.url, credentials });
  const plugin: ProviderStarter = {
    id: 'MUSEMENT',
    start: () => Promise.resolve(provider),
  };
  gw = await startTestGateway({ plugins: [plugin] });
  await gw.register('alice', 'MUSEMENT', ORDER);
});
afterAll(async () => {
  await gw.close();
  await fake.close();
});

describe("Musement against a fake that answers with the guide's example (003)", () => {
  const id = orderItemId('MUSEMENT', ORDER, ITEM);

  it('an item with no activity date is cancellable with a full refund until the remaining_time cutoff', async () => {
    const res = await gw.graphql(
      `query($id: ID!) { orderItem(id: $id) { startsAt cancellability { cancellable deadline }
         refundQuote { refund { amount currency } } cancellationPolicy { type approximate } } }`,
      { id },
      await gw.token('alice'),
    );
    const item = res.body.data?.orderItem;
    expect(item).toMatchObject({
      startsAt: null,
      cancellability: { cancellable: true },
      refundQuote: { refund: { amount: '21.60', currency: 'USD' } },
      cancellationPolicy: { type: 'FREE_CANCELLATION', approximate: false },
    });
    // P10DT22H26M37S after the fake answered, to the second (its Date header has whole seconds).
    const deadline = new Date(String(item?.cancellability.deadline)).getTime();
    const expected = Date.now() + ((10 * 24 + 22) * 3600 + 26 * 60 + 37) * 1000;
    expect(Math.abs(deadline - expected)).toBeLessThan(5_000);
  });

  it('cancelOrderItem sends one DELETE with a documented reason, and succeeds', async () => {
    const res = await gw.graphql(
      CANCEL,
      { input: { orderItemId: id, reason: 'BOOKING_ERROR', idempotencyKey: 'guide-1' } },
      await gw.token('alice'),
    );
    expect(res.body.data?.cancelOrderItem).toMatchObject({
      __typename: 'OrderItemCancelled',
      refund: { amount: '21.60', currency: 'USD' },
    });
    const deletes = fake.calls.filter(c => c.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    const body = JSON.parse(deletes[0]!.body) as Record<string, unknown>;
    expect(body['cancellation_reason']).toBe('CANCELLED-BY-CUSTOMER');
    // Every key of the guide's body template, plus only the reference's free integration-data object.
    for (const key of Object.keys(fixture<object>('musement', 'cancel-request.json')))
      expect(body).toHaveProperty(key);
    expect(Object.keys(body).sort()).toEqual(
      ['cancellation_additional_info', 'cancellation_integration_data', 'cancellation_reason'].sort(),
    );
  });
});

describe('the Musement simulator serves an item with no activity date, as the documented excerpt', () => {
  it('reads it through remaining_time, and cancels it with a full refund', async () => {
    const { startMusementSimulator } = await import('../../../../src/simulators/musement/index.js');
    const sim = await startMusementSimulator({ ...credentials, refundMs: 50 });
    const provider = createMusementAdapter({ baseUrl: sim.url, credentials });
    try {
      const [order] = await provider.loadOrders(['8bd6f4a4-0000-4000-8000-000000000009']);
      if (!order || order instanceof Error) throw new Error('order did not load');
      const item = order.items[0]!;
      expect(item).toMatchObject({ startsAt: null, status: 'CONFIRMED' });
      expect(item.cancellationPolicy).toMatchObject({ type: 'FREE_CANCELLATION', approximate: false });
      const policies = sim.server.calls.find(c => c.path.endsWith('/refund-policies'));
      expect(policies).toBeDefined();
      const outcome = await provider.cancel({
        order,
        item,
        items: [item],
        reason: 'CUSTOMER_REQUEST',
        note: null,
        journalId: 'j',
      });
      expect(outcome).toMatchObject({ kind: 'accepted', state: 'PENDING' });
      expect(sim.appliedCancels.get(item.providerReference)).toBe(1);
    } finally {
      await provider.close();
      await sim.close();
    }
  });
});
