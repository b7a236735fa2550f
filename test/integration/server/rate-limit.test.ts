import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTER } from '../../helpers/documents.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ env: { RATE_LIMIT_PER_MINUTE: '5', SERVICE_RATE_LIMIT_PER_MINUTE: '12' } });
});
afterAll(() => gw.close());

describe('LD-05: per-customer rate limiting', () => {
  it('a flooding customer gets RATE_LIMITED (429, Retry-After); another customer is unaffected', async () => {
    const [mallory, bob] = await Promise.all([gw.token('mallory'), gw.token('bob')]);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => gw.graphql('{ viewer { customerId } }', {}, mallory)),
    );
    const limited = results.filter(r => r.status === 429);
    expect(results.filter(r => r.status === 200)).toHaveLength(5);
    expect(limited).toHaveLength(3);
    expect(limited[0]?.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryable: true,
      retryAfterSeconds: expect.any(Number),
    });
    expect(Number(limited[0]?.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited[0]?.body.data).toBeUndefined();
    expect((await gw.graphql('{ viewer { customerId } }', {}, bob)).body).toEqual({
      data: { viewer: { customerId: 'bob' } },
    });
  });

  it('backend services have their own, larger budget, so the booking flow is not throttled like a customer', async () => {
    const service = await gw.token('booking-flow', ['orders:write']);
    const statuses: number[] = [];
    for (let i = 0; i < 13; i++) {
      const res = await gw.graphql(
        REGISTER,
        {
          input: {
            customerId: `c${i}`,
            provider: 'IMIN',
            providerReference: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01',
          },
        },
        service,
      );
      statuses.push(res.status);
    }
    expect(statuses.filter(s => s === 200)).toHaveLength(12);
    expect(statuses[12]).toBe(429);
  });

  it('the limit is a configuration value checked at start-up', async () => {
    const { loadConfig } = await import('../../../src/config.js');
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/^RATE_LIMIT_PER_MINUTE/);
  });
});
