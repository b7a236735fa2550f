import type { Clock } from '../../src/domain/clock.js';
import { createIminAdapter } from '../../src/providers/imin/adapter.js';
import type { ProviderStarter } from '../../src/providers/plugin.js';
import { startIminSimulator, type IminSimulator } from '../../src/simulators/imin/index.js';
import { startTestGateway, type TestGateway } from './gateway.js';

export const IMIN_ORDERS = {
  yoga: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a01',
  football: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a02',
  swim: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a03',
  badminton: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04',
  spin: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a05',
  climb: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a06',
  tennis: 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a09',
} as const;

export { CANCEL } from './documents.js';

export interface IminGateway {
  readonly gw: TestGateway;
  readonly sim: IminSimulator;
  readonly alice: string;
  patches(): number;
  close(): Promise<void>;
}

/** A gateway on the imin simulator, every demo order registered for its demo customer. */
export async function startIminGateway(
  options: { pendingMs?: number; reconcileStaleAfterMs?: number; clock?: Clock } = {},
): Promise<IminGateway> {
  const apiKey = 'SENTINEL-KEY-imin-cx';
  const sim = await startIminSimulator({ apiKey, pendingMs: options.pendingMs ?? 100 });
  const provider = createIminAdapter({
    baseUrl: sim.url,
    apiKey,
    http: { readTimeoutMs: 1_500, readRetries: 1, halfOpenAfterMs: 50, breakerThreshold: 1_000 },
  });
  const plugin: ProviderStarter = {
    id: 'IMIN',
    start: () => Promise.resolve(provider),
  };
  const gw = await startTestGateway({
    plugins: [plugin],
    reconciler: { staleAfterMs: options.reconcileStaleAfterMs ?? 0 },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  for (const order of sim.orders.values()) await gw.register(order.customer, 'IMIN', order.uuid);
  return {
    gw,
    sim,
    alice: await gw.token('alice'),
    patches: () => sim.server.calls.filter(c => c.method === 'PATCH').length,
    close: async () => {
      try {
        await gw.close();
      } finally {
        await sim.close();
      }
    },
  };
}
