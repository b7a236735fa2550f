// TRUSTED_DOCUMENTS: only the operations in the client kit's manifest run, by id or by body.
import { readFileSync } from 'node:fs';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { runKit } from '../../../examples/client/kit.js';
import { DEMO_CUSTOMERS } from '../../../src/dev/demo.js';
import { developmentHook } from '../../../src/dev/index.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const MANIFEST = 'examples/client/persisted-query-manifest.json';
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
  operations: { id: string; name: string; type: string; body: string }[];
};
const op = (name: string) => {
  const found = manifest.operations.find(o => o.name === name);
  if (!found) throw new Error(`${name} is not in the manifest`);
  return found;
};

let gw: TestGateway;
let alice: string;
beforeAll(async () => {
  gw = await startTestGateway({
    plugins: providerPlugins,
    development: developmentHook,
    env: { TRUSTED_DOCUMENTS: MANIFEST },
  });
  alice = await gw.token(DEMO_CUSTOMERS.alice);
});
afterAll(() => gw.close());

const post = (body: unknown, accept?: string) =>
  gw
    .post('/graphql', JSON.stringify(body), {
      'content-type': 'application/json',
      authorization: `Bearer ${alice}`,
      ...(accept ? { accept } : {}),
    })
    .then(res => ({ ...res, body: JSON.parse(res.text) as { data?: any; errors?: any[] } }));
const byId = (id: string, variables: Record<string, unknown> = {}) =>
  post({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: id } } });

/** A listed body asking for one field more: another operation, which must not run. */
const tweak = (body: string) => body.replace('endCursor', 'endCursor startCursor');

describe('trusted documents', () => {
  it('runs a listed operation sent by id (persistedQuery extension) and by its exact body', async () => {
    const bookings = op('MyBookings');
    const viaId = await byId(bookings.id, { first: 5 });
    expect(viaId.status).toBe(200);
    expect(viaId.body.data?.viewer.orders.edges.length).toBeGreaterThan(0);
    const viaBody = await post({ query: bookings.body, variables: { first: 5 } });
    expect(viaBody.status).toBe(200);
    expect(viaBody.body.data).toEqual(viaId.body.data);
  });

  it('a listed body with its definitions in another order and other spacing runs as listed', async () => {
    // Apollo Client sends a document's fragments in the order codegen wrote them (a fragment before
    // the one spreading it); the manifest lists them sorted by name.
    const cancel = op('CancelBooking').body;
    const [operation, ...fragments] = cancel.split(/\n\n(?=fragment )/);
    const reordered = [operation, ...fragments.reverse()].join('\n\n').replace(/\n\s+/g, '\n  ');
    expect(reordered).not.toBe(cancel);
    const input = { orderItemId: 'x', reason: 'OTHER', idempotencyKey: 'trusted-reordered' };
    const res = await post({ query: reordered, variables: { input } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.cancelOrderItem.__typename).toBe('OrderItemNotFoundError');
  });

  it('an unknown id answers PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await byId('0'.repeat(64));
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(res.body.data).toBeUndefined();
  });

  // A document the gateway will not run is a GraphQL request error, like one that does not validate:
  // 200 under application/json (and no Accept), 400 under application/graphql-response+json.
  it.each([
    [undefined, 200, 'application/json'],
    ['application/json', 200, 'application/json'],
    ['application/graphql-response+json', 400, 'application/graphql-response+json'],
  ])('with Accept %s, a refused document answers %i as %s', async (accept, status, type) => {
    const unknownId = await post(
      { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
      accept,
    );
    const tweaked = await post({ query: tweak(op('MyBookings').body) }, accept);
    for (const [res, code] of [
      [unknownId, 'PERSISTED_QUERY_NOT_FOUND'],
      [tweaked, 'OPERATION_NOT_TRUSTED'],
    ] as const) {
      expect(res.status).toBe(status);
      expect(String(res.headers['content-type'])).toContain(type);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code, correlationId: expect.any(String) });
    }
  });

  it('any other body answers OPERATION_NOT_TRUSTED and runs nothing, a mutation included', async () => {
    const tweaked = await post({ query: tweak(op('MyBookings').body), variables: { first: 5 } });
    expect(tweaked.body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_TRUSTED' });
    const cancel = await post({
      query:
        'mutation { cancelOrderItem(input: { orderItemId: "x", reason: OTHER, idempotencyKey: "t-1" }) { __typename } }',
    });
    expect(cancel.body.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_NOT_TRUSTED' });
    expect(cancel.body.data).toBeUndefined();
    const viaGet = await fetch(`${gw.url}/graphql?query=${encodeURIComponent('{ viewer { customerId } }')}`, {
      headers: { authorization: `Bearer ${alice}`, 'apollo-require-preflight': 'true' },
    });
    expect(((await viaGet.json()) as { errors: any[] }).errors[0].extensions.code).toBe(
      'OPERATION_NOT_TRUSTED',
    );
  });

  it('a subscription over graphql-ws must be listed too', async () => {
    const client = createWsClient({
      url: `${gw.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${alice}` },
    });
    const errors = await new Promise<unknown>(resolve =>
      client.subscribe(
        { query: 'subscription { orderItemUpdated(id: "x") { id } }' },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      ),
    );
    // With the operation's correlation id, as over HTTP (it was null), and the log line that has it.
    expect(errors).toEqual([
      expect.objectContaining({
        extensions: {
          code: 'OPERATION_NOT_TRUSTED',
          correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        },
      }),
    ]);
    const [{ extensions }] = errors as [{ extensions: { correlationId: string } }];
    expect(gw.logs.find(line => line.includes(extensions.correlationId))).toMatch(/subscription refused/);
    await client.dispose();
  });

  it('the client kit, as Apollo Client sends it, runs whole under the manifest it generated, by body and by id', async () => {
    const bodies: string[] = [];
    const spy: typeof fetch = (input, init) => {
      bodies.push(typeof init?.body === 'string' ? init.body : '');
      return fetch(input, init);
    };
    for (const byId of [false, true]) {
      bodies.length = 0;
      const report = await runKit({
        url: `${gw.url}/graphql`,
        token: alice,
        webSocketImpl: WebSocket,
        byId,
        fetch: spy,
      });
      expect(report.results[0]?.__typename).toBe('OrderItemCancelled');
      expect(report.statuses.at(-1)).toBe('CANCELLED_BY_CUSTOMER');
      const sent = bodies.map(b => JSON.parse(b) as { query?: string; extensions?: unknown });
      expect(sent.every(b => (byId ? b.query === undefined && b.extensions : b.query))).toBe(true);
    }
  });
});

describe('TRUSTED_DOCUMENTS that cannot be used', () => {
  it("refuses to start on a missing file or an id that is not its body's sha256", async () => {
    await expect(startTestGateway({ env: { TRUSTED_DOCUMENTS: 'no/such/manifest.json' } })).rejects.toThrow(
      /TRUSTED_DOCUMENTS/,
    );
    const forged = JSON.stringify({ ...manifest, operations: [{ ...op('MyBookings'), id: '1'.repeat(64) }] });
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'og-tdoc-')), 'manifest.json');
    writeFileSync(path, forged);
    await expect(startTestGateway({ env: { TRUSTED_DOCUMENTS: path } })).rejects.toThrow(/sha256/);
  });
});
