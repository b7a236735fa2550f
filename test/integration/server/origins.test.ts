// Browser origins outside CORS_ORIGINS: what the WebSocket handshake answers, and what the log says.
import type { IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const APP = 'http://localhost:5173';
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway({ env: { CORS_ORIGINS: APP } });
});
afterAll(() => gw.close());

interface Handshake {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const handshake = (origin: string) =>
  new Promise<Handshake>((resolve, reject) => {
    const socket = new WebSocket(`${gw.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      origin,
    });
    socket.once('open', () => {
      socket.close();
      resolve({ status: 101, headers: {}, body: '' });
    });
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    socket.once('error', error => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });

const post = (origin: string) =>
  gw.post('/graphql', JSON.stringify({ query: '{ __typename }' }), {
    origin,
    'content-type': 'application/json',
  });

/** The refusal lines the gateway logged for this origin. */
const refusals = (origin: string) =>
  gw.logs
    .map(line => JSON.parse(line) as Record<string, unknown>)
    .filter(
      line => line['msg'] === 'browser origin refused: not in CORS_ORIGINS' && line['origin'] === origin,
    );

describe('a WebSocket from an origin CORS does not allow', () => {
  it('is answered 403 with a body that names the origin and the fix, and no WWW-Authenticate', async () => {
    const refused = await handshake('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers['www-authenticate']).toBeUndefined();
    expect(refused.headers['content-type']).toMatch(/^text\/plain/);
    expect(refused.body).toBe('Origin https://evil.example is not allowed: add it to CORS_ORIGINS.');
  });

  it('says that 127.0.0.1 is not localhost, the usual slip in development', async () => {
    const refused = await handshake('http://127.0.0.1:5173');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(
      /^Origin http:\/\/127\.0\.0\.1:5173 is not allowed: add it to CORS_ORIGINS\./,
    );
    expect(refused.body).toMatch(/localhost and 127\.0\.0\.1 are different origins/);
  });

  it('an allowed origin and the gateway’s own origin still connect', async () => {
    expect((await handshake(APP)).status).toBe(101);
    expect((await handshake(gw.url)).status).toBe(101);
  });
});

describe('refused origins in the log', () => {
  it('are logged at info with the origin and the transport, once per origin, HTTP and WebSocket alike', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await post('https://http-only.example');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    }
    for (let i = 0; i < 2; i++) expect((await handshake('https://ws-only.example')).status).toBe(403);
    expect(refusals('https://http-only.example')).toEqual([
      expect.objectContaining({ level: 30, transport: 'http' }),
    ]);
    expect(refusals('https://ws-only.example')).toEqual([
      expect.objectContaining({ level: 30, transport: 'websocket' }),
    ]);
  });

  it('the localhost/127.0.0.1 line names the listed origin it was probably meant to be', async () => {
    await post('http://127.0.0.1:5173');
    expect(refusals('http://127.0.0.1:5173')[0]).toMatchObject({ allowedLookalike: APP });
  });

  it('allowed origins, the gateway’s own and requests without Origin are not logged', async () => {
    const before = gw.logs.length;
    await post(APP);
    await post(gw.url);
    await gw.post('/graphql', JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
    });
    const added = gw.logs.slice(before).join('');
    expect(added).not.toMatch(/origin refused/);
  });

  it('a flood of distinct origins cannot flood the log', async () => {
    const origins = Array.from({ length: 60 }, (_, i) => `https://flood-${i}.example`);
    for (const origin of origins) await post(origin);
    const logged = origins.filter(origin => refusals(origin).length > 0);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.length).toBeLessThanOrEqual(10);
  });
});
