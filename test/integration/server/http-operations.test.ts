// Operation types HTTP does not carry get a client error, not INTERNAL_SERVER_ERROR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

describe('subscriptions over plain HTTP', () => {
  it('are refused with 400 BAD_REQUEST that says why, and logged as nothing unexpected', async () => {
    const res = await gw.graphql(
      'subscription { orderItemUpdated(id: "x") { id status } }',
      {},
      await gw.token('alice'),
    );
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    expect(res.body.errors?.[0]?.message).toMatch(/subscription/i);
    expect(res.body.errors?.[0]?.message).toMatch(/WebSocket/);
    expect(gw.logs.join('')).not.toMatch(/unexpected/i);
  });
});
