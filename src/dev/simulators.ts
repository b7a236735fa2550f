import type { Config } from '../config.js';
import { PROVIDERS, type ProviderId } from '../domain/provider.js';
import { pluginOf } from '../providers/catalogue.js';
import type { ProviderEndpoint } from '../providers/plugin-env.js';
import { simulateBokun } from '../simulators/bokun/simulate.js';
import { simulateBookingCom } from '../simulators/booking-com/simulate.js';
import { simulateImin } from '../simulators/imin/simulate.js';
import type { SimulatedProvider } from '../simulators/kit.js';
import { simulateMusement } from '../simulators/musement/simulate.js';
import type { DemoOrder } from './demo.js';

/**
 * Every provider's simulator, each wired in its own folder (src/simulators/<name>/simulate.ts):
 * started on a port (0: any free one), it gives the environment that points a gateway at it.
 */
export const SIMULATORS: Readonly<Record<ProviderId, (port?: number) => Promise<SimulatedProvider>>> = {
  IMIN: simulateImin,
  BOOKING_COM: simulateBookingCom,
  MUSEMENT: simulateMusement,
  BOKUN: simulateBokun,
};

/** The live endpoint of a simulator: its environment, read by the provider's own plugin as in production. */
function endpointOf(sim: SimulatedProvider): ProviderEndpoint {
  const { env } = pluginOf(sim.provider);
  return env.validateOptions(env.read(sim.env), 'development').endpoint;
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
  const wanted = PROVIDERS.filter(id => config.providers[id].mode === 'simulated');
  const sims = await Promise.all(wanted.map(id => SIMULATORS[id]()));
  const endpoints = Object.fromEntries(sims.map(sim => [sim.provider, endpointOf(sim)]));
  return {
    config: { ...config, providers: { ...config.providers, ...endpoints } },
    simulated: new Set(wanted),
    demoOrders: sims.flatMap(sim => sim.demoBookings),
    close: async () => {
      await Promise.all(sims.map(sim => sim.close()));
    },
  };
}
