// Errors over graphql-ws: the codes HTTP gives, and a correlation id per operation that its log lines carry too.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { anItem, anOrder, UUIDS } from '../../helpers/builders.js';
import { createFakeProvider, fakePlugin } from '../../fakes/fake-provider.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// A provider mapping bug: a non-null title that came back null. Every event for it is an internal error.
const broken = anOrder('IMIN', UUIDS.a, [
  anItem({ provider: 'IMIN', orderRef: UUIDS.a, title: null as unknown as string }),
]);
const itemId = broken.items[0]!.id;
const imin = createFakeProvider('IMIN', [broken]);

let gw: TestGateway;
let alice: string;
const clients: Client[] = [];
beforeAll(async () => {
  gw = await startTestGateway({ plugins: [fakePlugin(imin)] });
  alice = await gw.token('alice');
  expect(await gw.register('alice', 'IMIN', UUIDS.a)).toBe('OrderRegistered');
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await gw.close();
});

interface Outcome {
  readonly next: Array<{ errors?: Array<{ extensions?: Record<string, unknown> }> }>;
  readonly error: Array<{ message?: string; extensions?: Record<string, unknown> }> | null;
}

/** One subscription until its first answer: a `next` payload, or the `error` message. */
function firstAnswer(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const client = createClient({
    url: `${gw.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${alice}` },
  });
  clients.push(client);
  return new Promise(resolve => {
    const next: Outcome['next'] = [];
    const stop = client.subscribe(
      { query, variables },
      {
        next: value => {
          next.push(value as Outcome['next'][number]);
          stop();
          resolve({ next, error: null });
        },
        error: error => resolve({ next, error: error as Outcome['error'] }),
        complete: () => resolve({ next, error: null }),
      },
    );
  });
}

const logLines = () => gw.logs.map(line => JSON.parse(line) as Record<string, unknown>);

describe('correlation ids over graphql-ws', () => {
  it('a refused operation (an `error` message) carries one, and so does its log line', async () => {
    const { error } = await firstAnswer('{ viewer { customerId } }');
    const extensions = error?.[0]?.extensions;
    expect(extensions).toMatchObject({ code: 'BAD_REQUEST', correlationId: expect.stringMatching(UUID) });
    expect(logLines()).toContainEqual(
      expect.objectContaining({
        msg: 'subscription refused',
        correlationId: extensions?.['correlationId'],
        codes: ['BAD_REQUEST'],
      }),
    );
  });

  it('an error in an event (`next`) carries the operation’s id, the one its log line has', async () => {
    const { next } = await firstAnswer('subscription($id: ID!) { orderItemUpdated(id: $id) { id title } }', {
      id: itemId,
    });
    const extensions = next[0]?.errors?.[0]?.extensions;
    expect(extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      correlationId: expect.stringMatching(UUID),
    });
    expect(logLines()).toContainEqual(
      expect.objectContaining({
        msg: 'unexpected error in a GraphQL request',
        correlationId: extensions?.['correlationId'],
      }),
    );
  });

  it('each operation has its own id', async () => {
    const ids = await Promise.all(
      [1, 2].map(async () => (await firstAnswer('{ viewer { customerId } }')).error?.[0]?.extensions),
    );
    expect(ids[0]?.['correlationId']).not.toBe(ids[1]?.['correlationId']);
  });

  it('NOT_FOUND from the subscribe step carries one too', async () => {
    const { next } = await firstAnswer('subscription($id: ID!) { orderItemUpdated(id: $id) { id } }', {
      id: 'not-an-id',
    });
    expect(next[0]?.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      correlationId: expect.stringMatching(UUID),
    });
  });
});

describe('request errors over graphql-ws', () => {
  it.each([
    ['a document that does not parse', 'subscription {', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', 'subscription { nope }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('%s (%s) is %s, as over HTTP, not a masked internal error', async (_name, query, code) => {
    const { error } = await firstAnswer(query);
    expect(error?.[0]).toMatchObject({ extensions: { code } });
    expect(error?.[0]?.message).not.toBe('Internal server error.');
    const correlationId = error?.[0]?.extensions?.['correlationId'];
    expect(logLines().filter(line => line['correlationId'] === correlationId)).toEqual([
      expect.objectContaining({ level: 30, msg: 'subscription refused', codes: [code] }),
    ]);
  });
});
