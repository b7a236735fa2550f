// What a browser app on another origin sees: preflight, the real request, and other origins refused.
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const APP = 'http://localhost:5173';
let gw: TestGateway;
let plain: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ env: { CORS_ORIGINS: `${APP},https://app.example.com` } });
  plain = await startTestGateway();
});
afterAll(async () => {
  await gw.close();
  await plain.close();
});

const preflight = (target: TestGateway, origin: string) =>
  request(`${target.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    },
  });

describe('CORS', () => {
  it('a preflight from an allowed origin names that origin, POST, and the headers a client sends', async () => {
    const res = await preflight(gw, APP);
    await res.body.dump();
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(String(res.headers['access-control-allow-methods'])).toMatch(/POST/);
    const allowed = String(res.headers['access-control-allow-headers']).toLowerCase();
    for (const header of [
      'authorization',
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
    ])
      expect(allowed).toContain(header);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(res.headers['vary'])).toMatch(/origin/i);
  });

  it('the real request answers with the origin and exposes x-correlation-id', async () => {
    const token = await gw.token('alice');
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { customerId } }' }),
    });
    expect(await res.body.json()).toEqual({ data: { viewer: { customerId: 'alice' } } });
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(String(res.headers['access-control-expose-headers']).toLowerCase()).toContain('x-correlation-id');
  });

  it('another origin gets no allow-origin, and `*` is never sent', async () => {
    for (const res of [await preflight(gw, 'https://evil.example'), await preflight(plain, APP)]) {
      await res.body.dump();
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
    const token = await gw.token('alice');
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: {
        origin: 'https://evil.example',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ viewer { customerId } }' }),
    });
    await res.body.dump();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
