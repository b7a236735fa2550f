// What the single-order read path does and does not do per request (issue #19): answers are never
// cacheable, and no field resolver is wrapped by per-field instrumentation that nothing reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId } from '../../../src/domain/ids.js';
import { createFakeProvider, fakePlugin } from '../../fakes/fake-provider.js';
import { anOrder, UUIDS } from '../../helpers/builders.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const READ = 'query($id: ID!) { order(id: $id) { id providerReference items { id status } } }';

describe('the order(id) hot path', () => {
  const imin = createFakeProvider('IMIN', [anOrder('IMIN', UUIDS.a)]);
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: [fakePlugin(imin)] });
    await gw.register('alice', 'IMIN', UUIDS.a);
  });
  afterAll(() => gw.close());

  it('answers with cache-control: no-store, data and errors alike (each answer is one customer’s)', async () => {
    const alice = await gw.token('alice');
    const found = await gw.graphql(READ, { id: orderId('IMIN', UUIDS.a) }, alice);
    expect(found.body.data).toMatchObject({ order: { providerReference: UUIDS.a } });
    expect(found.headers['cache-control']).toBe('no-store');
    // A POST API's answers are not revalidated: no SHA-1 of every body.
    expect(found.headers['etag']).toBeUndefined();
    const refused = await gw.graphql(READ, { id: orderId('IMIN', UUIDS.a) }, null);
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('leaves every field resolver as written: Apollo never switched on per-field plugin hooks', async () => {
    const resolveBefore = gw.gateway.schema.getQueryType()!.getFields()['order']!.resolve;
    const alice = await gw.token('alice');
    const found = await gw.graphql(READ, { id: orderId('IMIN', UUIDS.a) }, alice);
    expect(found.body.errors).toBeUndefined();
    // Apollo marks a schema whose resolvers it wrapped for willResolveField hooks (cache control's).
    const marks = Object.getOwnPropertySymbols(gw.gateway.schema).map(s => s.description);
    expect(marks).not.toContain('apolloServerPluginsEnabled');
    expect(gw.gateway.schema.getQueryType()!.getFields()['order']!.resolve).toBe(resolveBefore);
  });
});
