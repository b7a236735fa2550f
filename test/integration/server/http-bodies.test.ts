// How `/graphql` reads a request body on plain node:http (src/server/http-io.ts), as express.json()
// did: every body it cannot take answers a typed error with the correlation id, never a 500, and
// the process keeps serving. Through real HTTP, including bodies sent in chunks and cut short.
import { connect } from 'node:net';
import { Readable } from 'node:stream';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const VIEWER = '{ viewer { customerId } }';
let gw: TestGateway;
let auth: Record<string, string>;
beforeAll(async () => {
  gw = await startTestGateway();
  auth = { authorization: `Bearer ${await gw.token('alice')}` };
});
afterAll(() => gw.close());

const errorOf = (text: string) =>
  (JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> })
    .errors[0]!;

describe('request bodies on /graphql', () => {
  it('a body sent in chunks, with no Content-Length, is read whole', async () => {
    const text = JSON.stringify({ query: VIEWER });
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: Readable.from([text.slice(0, 7), text.slice(7, 20), text.slice(20)]),
    });
    expect(res.headers['transfer-encoding']).toBeUndefined();
    expect(await res.body.json()).toEqual({ data: { viewer: { customerId: 'alice' } } });
  });

  it.each([
    ['a JSON string', '"query"', 400, 'BAD_REQUEST'],
    ['a number', '42', 400, 'BAD_REQUEST'],
    ['JSON cut short', '{"query": "{ viewer', 400, 'BAD_REQUEST'],
  ])(
    '%s is a malformed request (400 BAD_REQUEST), as express.json() strict',
    async (_n, body, status, code) => {
      const res = await gw.post('/graphql', body, { 'content-type': 'application/json', ...auth });
      expect(res.status).toBe(status);
      const error = errorOf(res.text);
      expect(error.extensions).toMatchObject({ code, correlationId: res.headers['x-correlation-id'] });
    },
  );

  it('a charset other than UTF-8 is 415, and a utf-8 label in any case is read', async () => {
    const body = JSON.stringify({ query: VIEWER });
    const latin = await gw.post('/graphql', body, {
      'content-type': 'application/json; charset=iso-8859-1',
      ...auth,
    });
    expect(latin.status).toBe(415);
    expect(errorOf(latin.text).extensions['code']).toBe('BAD_REQUEST');
    const upper = await gw.post('/graphql', body, {
      'content-type': 'application/json; charset=UTF-8',
      ...auth,
    });
    expect(upper.status).toBe(200);
  });

  it('a body starting with a UTF-8 byte order mark is read; UTF-16 is 415, not misread as UTF-8', async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(JSON.stringify({ query: VIEWER })),
    ]);
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body,
    });
    expect(await res.body.json()).toEqual({ data: { viewer: { customerId: 'alice' } } });
    const utf16 = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-16le', ...auth },
      body: Buffer.from(JSON.stringify({ query: VIEWER }), 'utf16le'),
    });
    expect(utf16.statusCode).toBe(415);
    await utf16.body.dump();
  });

  it('a body over the limit sent in chunks, no Content-Length, is answered 413 (read off, not reset)', async () => {
    const chunk = `{"query":"${'x'.repeat(16 * 1024)}`;
    async function* slowly() {
      for (let i = 0; i < 12; i++) {
        yield i === 0 ? chunk : 'x'.repeat(16 * 1024);
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      yield '"}';
    }
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: Readable.from(slowly()),
    });
    expect(res.statusCode).toBe(413);
    expect(errorOf(await res.body.text()).extensions['code']).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a body whose Content-Length is over the limit, still being sent, gets its 413 and the connection stays usable', async () => {
    const size = 300 * 1024;
    async function* slowly() {
      for (let sent = 0; sent < size; sent += 30 * 1024) {
        yield Buffer.alloc(30 * 1024, 0x20);
        await new Promise(resolve => setTimeout(resolve, 20));
      }
    }
    const res = await request(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(size), ...auth },
      body: Readable.from(slowly()),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['connection']).not.toBe('close');
    await res.body.dump();
  });

  it('a compressed body is 415 (request bodies are small; nothing inflates one here)', async () => {
    const res = await gw.post('/graphql', JSON.stringify({ query: VIEWER }), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      ...auth,
    });
    expect(res.status).toBe(415);
  });

  it('an empty JSON body is Apollo’s own 400, not a crash', async () => {
    const res = await gw.post('/graphql', '', { 'content-type': 'application/json', ...auth });
    expect(res.status).toBe(400);
  });

  it('a body shorter than its Content-Length, then a closed socket, leaves the process serving', async () => {
    const url = new URL(gw.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
        );
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    const res = await gw.graphql(VIEWER, {}, auth['authorization']!.slice(7));
    expect(res.body.data).toEqual({ viewer: { customerId: 'alice' } });
  });
});

describe('other paths', () => {
  it('routes as Express did: any case, and an absolute-form request target', async () => {
    const upper = await gw.post('/GraphQL', JSON.stringify({ query: VIEWER }), {
      'content-type': 'application/json',
      ...auth,
    });
    expect(JSON.parse(upper.text)).toEqual({ data: { viewer: { customerId: 'alice' } } });
    const url = new URL(gw.url);
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(Number(url.port), url.hostname, () =>
        socket.write(`GET ${gw.url}/healthz HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`),
      );
      socket.on('data', (data: Buffer) => (text += data.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('{"status":"ok"}');
  });

  it('an unknown path is a JSON 404 with the correlation id header; a POST to /healthz too', async () => {
    const unknown = await request(`${gw.url}/nope`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await unknown.body.json()).toEqual({ error: 'not found' });
    const posted = await gw.post('/healthz', '{}', { 'content-type': 'application/json' });
    expect(posted.status).toBe(404);
  });

  it('HEAD /healthz answers 200 with no body; /healthz/ is /healthz', async () => {
    const head = await request(`${gw.url}/healthz`, { method: 'HEAD' });
    expect(head.statusCode).toBe(200);
    expect(await head.body.text()).toBe('');
    const slash = await request(`${gw.url}/healthz/`);
    expect(await slash.body.json()).toEqual({ status: 'ok' });
  });

  it('a request without Origin gets no CORS header at all', async () => {
    const res = await gw.post('/graphql', JSON.stringify({ query: VIEWER }), {
      'content-type': 'application/json',
      ...auth,
    });
    expect(Object.keys(res.headers).filter(h => h.startsWith('access-control-'))).toEqual([]);
    expect(res.headers['vary']).toBeUndefined();
  });
});
