// The GraphQL-over-HTTP spec's own audit suite (graphql-http's serverAudits), against the real HTTP server.
import { readFileSync } from 'node:fs';
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

let gw: TestGateway;
let results: AuditResult[];
const AUDIT_VERSION = (
  JSON.parse(readFileSync('node_modules/graphql-http/package.json', 'utf8')) as { version: string }
).version;

beforeAll(async () => {
  // About sixty requests at once; the per-customer budget is not what this measures.
  gw = await startTestGateway({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
  const token = await gw.token('alice');
  // The audits send no credentials and every operation here needs a token: the caller adds it, as a
  // real client does. Nothing else is added (no CSRF header), so GET requests meet the CSRF check.
  const authorized = (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  const audits = serverAudits({ url: `${gw.url}/graphql`, fetchFn: authorized });
  results = await Promise.all(audits.map(audit => audit.fn()));
  const tally = ['MUST', 'SHOULD', 'MAY'].map(wanted => {
    const of = results.filter(r => level(r) === wanted);
    return `${wanted} ${of.filter(r => r.status === 'ok').length}/${of.length}`;
  });
  console.info(`graphql-http ${AUDIT_VERSION} audits passed: ${tally.join(', ')}`);
});
afterAll(() => gw.close());

const level = (result: AuditResult) => /^(MUST|SHOULD|MAY)/.exec(result.name)?.[1];
const failures = (wanted: string) =>
  results
    .filter(r => level(r) === wanted && r.status !== 'ok')
    .map(r => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`);

describe('GraphQL over HTTP (graphql-http audits)', () => {
  it('passes every MUST', () => {
    expect(failures('MUST')).toEqual([]);
  });

  it('passes every SHOULD, for application/json and application/graphql-response+json alike', () => {
    expect(failures('SHOULD')).toEqual([]);
    // Both media types are covered by the suite itself: make sure neither set went missing.
    const passed = results.filter(r => r.status === 'ok').map(r => r.name);
    expect(passed.filter(n => n.includes('accepting application/json')).length).toBeGreaterThanOrEqual(10);
    expect(passed.filter(n => n.includes('application/graphql-response+json')).length).toBeGreaterThanOrEqual(
      10,
    );
  });

  it('reports the MAYs it does not take, and why (README: Top-level errors)', async () => {
    // A GET with neither a content-type nor Apollo's preflight header is what a cross-site <img> or
    // form can send: CSRF prevention refuses it (400) on purpose. Every other MAY passes.
    expect(failures('MAY')).toEqual([
      expect.stringMatching(/^5A70 MAY accept application\/x-www-form-urlencoded formatted GET requests/),
      expect.stringMatching(/^D6D5 MAY allow URL-encoded JSON string \{variables\} parameter in GETs/),
      expect.stringMatching(/^6A70 MAY allow URL-encoded JSON string \{variables\} parameter in GETs/),
    ]);
    for (const r of results)
      if (r.status !== 'ok' && level(r) === 'MAY')
        expect(await r.response.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const costly = `{ viewer { orders(first: 5000) { edges { node { id items { id title status refundQuote {
  refund { amount } fee { amount } } } } } } } }`;

/**
 * Every refusal this gateway answers, with its status per media type: GraphQL request errors (the
 * document cannot be parsed, does not validate, names no operation, its variables do not coerce, or
 * it is over the cost budget) are 200 under application/json and 400 under graphql-response+json;
 * what HTTP itself decides (a body that is not a GraphQL request, authentication, throttling, the
 * transport) keeps its status under both.
 */
const CASES: ReadonlyArray<readonly [string, Record<string, unknown>, string, number, number]> = [
  ['a document that does not parse', { query: '{ viewer {' }, 'GRAPHQL_PARSE_FAILED', 200, 400],
  ['an unknown field', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED', 200, 400],
  [
    'a query over the depth limit',
    {
      query: `{ viewer { orders { edges { node { items { order { items { order { items { order { id } } } } } } } } } } }`,
    },
    'GRAPHQL_VALIDATION_FAILED',
    200,
    400,
  ],
  [
    'variables that do not coerce',
    { query: 'query($id: ID!) { order(id: $id) { id } }', variables: { id: null } },
    'BAD_USER_INPUT',
    200,
    400,
  ],
  [
    'an operationName that matches nothing',
    { query: 'query A { viewer { customerId } }', operationName: 'B' },
    'OPERATION_RESOLUTION_FAILURE',
    200,
    400,
  ],
  ['a query over the cost budget', { query: costly }, 'QUERY_TOO_COSTLY', 200, 400],
  // Apollo answers this one 200 whatever the media type; without data, graphql-response+json must not.
  [
    'an APQ hash while persisted queries are off',
    { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    'PERSISTED_QUERY_NOT_SUPPORTED',
    200,
    400,
  ],
  [
    'a subscription over HTTP',
    { query: 'subscription { orderItemUpdated(id: "x") { id } }' },
    'BAD_REQUEST',
    400,
    400,
  ],
  ['variables as a string', { query: '{ viewer { customerId } }', variables: '{}' }, 'BAD_REQUEST', 400, 400],
  ['no query at all', { variables: {} }, 'BAD_REQUEST', 400, 400],
];

describe('status codes per media type', () => {
  const send = async (body: unknown, accept: string | null, token: string | null = null) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (accept) headers['accept'] = accept;
    if (token) headers['authorization'] = `Bearer ${token}`;
    const res = await gw.post('/graphql', JSON.stringify(body), headers);
    return { ...res, body: JSON.parse(res.text) as { data?: unknown; errors?: Array<{ extensions: any }> } };
  };

  const cases = CASES.map(([name, body, code, json, graphql]) => ({ name, body, code, json, graphql }));
  it.each(cases)('$name: $code, $json as application/json, $graphql as graphql-response+json', async c => {
    const { body, code, json, graphql } = c;
    const alice = await gw.token('alice');
    for (const [accept, status, type] of [
      [JSON_TYPE, json, JSON_TYPE],
      [null, json, JSON_TYPE],
      [GRAPHQL_RESPONSE, graphql, GRAPHQL_RESPONSE],
      [`${GRAPHQL_RESPONSE}, ${JSON_TYPE};q=0.9`, graphql, GRAPHQL_RESPONSE],
    ] as const) {
      const res = await send(body, accept, alice);
      expect({ accept, status: res.status }).toEqual({ accept, status });
      expect(String(res.headers['content-type'])).toContain(type);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code, correlationId: expect.any(String) });
    }
  });

  it('no token is 401 with its challenge under both media types (HTTP authentication, not a GraphQL request error)', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const res = await send({ query: '{ viewer { customerId } }' }, accept);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(res.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a plain-text POST is refused by CSRF prevention with 400 under both (not a GraphQL-over-HTTP request)', async () => {
    for (const accept of [JSON_TYPE, GRAPHQL_RESPONSE]) {
      const res = await gw.post('/graphql', '{"query":"{ __typename }"}', {
        'content-type': 'text/plain',
        accept,
      });
      expect(res.status).toBe(400);
      expect(res.text).toMatch(/Cross-Site Request Forgery/);
    }
  });

  it('an Accept that takes neither JSON type is 406, as before', async () => {
    const res = await send({ query: '{ nope }' }, 'text/csv', await gw.token('alice'));
    expect(res.status).toBe(406);
  });
});
