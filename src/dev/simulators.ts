import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { ProviderEndpoint } from '../providers/plugin-env.js';
import type { ProviderId } from '../domain/provider.js';
import { startBokunSimulator } from '../simulators/bokun/index.js';
import { startBookingComSimulator } from '../simulators/booking-com/index.js';
import { startIminSimulator } from '../simulators/imin/index.js';
import { startMusementSimulator } from '../simulators/musement/index.js';
import { confirmDemoTours } from './bokun-tours.js';
import type { DemoOrder } from './demo.js';

/** A simulator on loopback, and the live endpoint that points the production adapter at it. */
export interface Simulated<C> {
  readonly endpoint: ProviderEndpoint<C>;
  readonly demoOrders: readonly DemoOrder[];
  close(): Promise<void>;
}

const secret = (bytes = 24) => randomBytes(bytes).toString('base64url');
const live = <C>(url: string, credentials: C): ProviderEndpoint<C> => ({
  mode: 'live',
  baseUrl: url,
  credentials,
});

/** Each `simulate…` listens on `port` (0: any free one) with credentials made up for this process. */
export async function simulateImin(port = 0): Promise<Simulated<{ apiKey: string }>> {
  const credentials = { apiKey: secret() };
  const sim = await startIminSimulator({ ...credentials, port });
  const demoOrders = [...sim.orders.values()].map(order => ({
    customer: order.customer,
    provider: 'IMIN' as const,
    providerReference: order.uuid,
  }));
  return { endpoint: live(sim.url, credentials), demoOrders, close: () => sim.close() };
}

export async function simulateBookingCom(
  port = 0,
): Promise<Simulated<{ token: string; affiliateId: string }>> {
  const credentials = { token: secret(), affiliateId: '111111' };
  const sim = await startBookingComSimulator({ ...credentials, port });
  const demoOrders = [...sim.stays.values()].map(stay => ({
    customer: stay.customer,
    provider: 'BOOKING_COM' as const,
    providerReference: stay.id,
  }));
  return { endpoint: live(sim.url, credentials), demoOrders, close: () => sim.close() };
}

type MusementCredentials = { clientId: string; clientSecret: string; application: string };

export async function simulateMusement(port = 0): Promise<Simulated<MusementCredentials>> {
  const credentials = {
    clientId: 'gateway-demo',
    clientSecret: secret(),
    application: 'orders-gateway-demo',
  };
  const sim = await startMusementSimulator({ ...credentials, port });
  const demoOrders = [...sim.orders.values()].map(order => ({
    customer: order.customer,
    provider: 'MUSEMENT' as const,
    providerReference: order.uuid,
  }));
  return { endpoint: live(sim.url, credentials), demoOrders, close: () => sim.close() };
}

export interface BokunCredentials {
  readonly username: string | null;
  readonly password: string | null;
  readonly parameters: { name: string; value: string }[];
  readonly agentCode: string | null;
}

export async function simulateBokun(port = 0): Promise<Simulated<BokunCredentials>> {
  const credentials = {
    // Not a word a log line holds: a gateway given this credential (npm run simulators) scrubs it
    // from every line it logs, and 'gateway' turned "orders-gateway listening" into "orders-[REDACTED]".
    username: `demo-${randomBytes(4).toString('hex')}`,
    password: secret(18),
    parameters: [{ name: 'vendorApiKey', value: randomBytes(12).toString('hex') }],
    agentCode: null,
  };
  const sim = await startBokunSimulator({ ...credentials, port });
  return {
    endpoint: live(sim.url, credentials),
    demoOrders: confirmDemoTours(sim),
    close: () => sim.close(),
  };
}

export interface Simulation {
  /** The configuration with every simulated provider pointed at its simulator. */
  readonly config: Config;
  readonly simulated: ReadonlySet<ProviderId>;
  readonly demoOrders: readonly DemoOrder[];
  close(): Promise<void>;
}

/**
 * Starts a simulator for every provider the configuration leaves to simulation (development with no
 * base URL) and points the configuration at it, so the gateway runs its production adapters over real
 * HTTP against stand-ins that follow the providers' guides.
 */
export async function startSimulators(config: Config): Promise<Simulation> {
  const { IMIN, BOOKING_COM, MUSEMENT, BOKUN } = config.providers;
  const run = (endpoint: ProviderEndpoint, start: () => Promise<Simulated<unknown>>) =>
    endpoint.mode === 'simulated' ? start() : Promise.resolve(null);
  const [i, b, m, k] = await Promise.all([
    run(IMIN, simulateImin),
    run(BOOKING_COM, simulateBookingCom),
    run(MUSEMENT, simulateMusement),
    run(BOKUN, simulateBokun),
  ]);
  const entries: Array<[ProviderId, Simulated<unknown> | null]> = [
    ['IMIN', i],
    ['BOOKING_COM', b],
    ['MUSEMENT', m],
    ['BOKUN', k],
  ];
  const started = entries.filter((entry): entry is [ProviderId, Simulated<unknown>] => entry[1] !== null);
  return {
    config: {
      ...config,
      providers: {
        ...config.providers,
        ...Object.fromEntries(started.map(([id, sim]) => [id, sim.endpoint])),
      },
    },
    simulated: new Set(started.map(([id]) => id)),
    demoOrders: started.flatMap(([, sim]) => sim.demoOrders),
    close: async () => {
      await Promise.all(started.map(([, sim]) => sim.close()));
    },
  };
}
