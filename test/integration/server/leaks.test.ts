import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type GraphQLResponse, type TestGateway } from '../../helpers/gateway.js';
import { CANCEL, type Operation } from '../../helpers/documents.js';
import { SENTINEL, SENTINEL_PII } from '../../helpers/sentinels.js';
import { startAllSimulators, type AllSimulators } from '../../helpers/simulators.js';

let sims: AllSimulators;
let gw: TestGateway;
const responses: GraphQLResponse[] = [];

beforeAll(async () => {
  sims = await startAllSimulators();
  gw = await startTestGateway({ plugins: providerPlugins, env: { ...sims.env, LOG_LEVEL: 'debug' } });
});
afterAll(async () => {
  await gw.close();
  await sims.close();
});

const call = async (query: Operation<any, any>, variables: Record<string, unknown>, token: string) => {
  const res = await gw.graphql(query, variables, token);
  responses.push(res);
  return res;
};

describe('LK-01/LK-02: no provider secret and no personal data leaks', () => {
  it('across reads, cancels, provider faults and unexpected errors', async () => {
    const alice = await gw.token('alice');
    const refs = [
      ['IMIN', 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01'],
      ['BOOKING_COM', '509430129718701'],
      ['MUSEMENT', '8bd6f4a4-0000-4000-8000-000000000001'],
    ] as const;
    for (const [provider, providerReference] of refs) {
      expect(await gw.register('alice', provider, providerReference)).toBe('OrderRegistered');
    }
    const page =
      '{ viewer { orders { edges { node { provider items { title status price { amount } refundQuote { refund { amount } } } } } providerOutages { provider code } } } providers { provider circuit } }';
    expect((await call(page, {}, alice)).body.data?.viewer.orders.edges).toHaveLength(3);

    // Faults: a 500 with a body, malformed JSON, a 401 from a revoked key.
    sims.imin.server.inject({
      method: 'GET',
      status: 500,
      body: { detail: `leak ${SENTINEL}-imin alice${SENTINEL_PII}` },
      times: 5,
    });
    sims.booking.server.inject({ method: 'POST', malformed: true });
    sims.musement.expireTokens();
    const faulty = await call(page, {}, alice);
    expect(
      faulty.body.data?.viewer.orders.providerOutages.map((o: { provider: string }) => o.provider),
    ).toContain('IMIN');
    sims.imin.server.clearFaults();

    await call(
      CANCEL,
      {
        input: {
          orderItemId: orderItemId('IMIN', refs[0][1], 'yoga-1'),
          reason: 'OTHER',
          idempotencyKey: 'lk-1',
        },
      },
      alice,
    );
    await call(
      CANCEL,
      {
        input: {
          orderItemId: orderItemId('MUSEMENT', refs[2][1], '8b742505-0000-4000-8000-000000000001'),
          reason: 'CUSTOMER_REQUEST',
          idempotencyKey: 'lk-2',
          note: 'call me on 555',
        },
      },
      alice,
    );
    await call(
      'query($id: ID!) { order(id: $id) { id } }',
      { id: orderId('BOOKING_COM', refs[1][1]) },
      alice,
    );

    expect(gw.logs.length).toBeGreaterThan(0);
    for (const res of responses) {
      expect(res.text).not.toContain(SENTINEL);
      expect(res.text).not.toContain(SENTINEL_PII);
      expect(JSON.stringify(res.headers)).not.toContain(SENTINEL);
    }
    for (const line of gw.logs) {
      expect(line).not.toContain(SENTINEL);
      expect(line).not.toContain(SENTINEL_PII);
      expect(line).not.toContain('call me on 555');
    }
  });
});
