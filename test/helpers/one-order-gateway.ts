import { afterAll, beforeAll } from 'vitest';
import { createFakeProvider, fakePlugin, type FakeProvider } from '../fakes/fake-provider.js';
import { anOrder, UUIDS } from './builders.js';
import { startTestGateway, type TestGateway } from './gateway.js';

export interface OneOrderGateway {
  readonly imin: FakeProvider;
  gw: TestGateway;
  /** Alice's token; she owns the one order (`UUIDS.a`). */
  alice: string;
}

/**
 * For tests about the HTTP surface rather than a provider: a gateway on a fake imin holding one order
 * registered for alice, started before the file's tests and closed after them.
 */
export function oneOrderGateway(): OneOrderGateway {
  const t = { imin: createFakeProvider('IMIN', [anOrder('IMIN', UUIDS.a)]) } as OneOrderGateway;
  beforeAll(async () => {
    t.gw = await startTestGateway({ plugins: [fakePlugin(t.imin)] });
    t.alice = await t.gw.token('alice');
    await t.gw.register('alice', 'IMIN', UUIDS.a);
  });
  afterAll(() => t.gw.close());
  return t;
}
