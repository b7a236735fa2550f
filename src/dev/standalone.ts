import type { DemoOrder } from './demo.js';
import {
  simulateBokun,
  simulateBookingCom,
  simulateImin,
  simulateMusement,
  type Simulated,
} from './simulators.js';

/** The four simulators in a process of their own (`npm run simulators`), for gateways started apart. */
export interface StandaloneSimulators {
  /** The gateway's environment (the configuration contract's names) that points it at them, live. */
  readonly env: Readonly<Record<string, string>>;
  readonly demoOrders: readonly DemoOrder[];
  close(): Promise<void>;
}

/** The endpoint of a simulator this module started itself: always live. */
function liveOf<C>(sim: Simulated<C>): { baseUrl: string; credentials: C } {
  if (sim.endpoint.mode !== 'live') throw new Error('a simulator gave no live endpoint');
  return sim.endpoint;
}

/**
 * Starts imin, Booking.com, Musement and Bókun with their demo bookings. `portBase` fixes their ports
 * (imin on it, then Booking.com, Musement and Bókun on the next three), so recipes and replicas can
 * name them; `null` takes any free ones.
 */
export async function startStandaloneSimulators(portBase: number | null): Promise<StandaloneSimulators> {
  const port = (offset: number) => (portBase === null ? 0 : portBase + offset);
  const [imin, bookingCom, musement, bokun] = await Promise.all([
    simulateImin(port(0)),
    simulateBookingCom(port(1)),
    simulateMusement(port(2)),
    simulateBokun(port(3)),
  ]);
  const i = liveOf(imin);
  const b = liveOf(bookingCom);
  const m = liveOf(musement);
  const k = liveOf(bokun);
  const env: Record<string, string> = {
    IMIN_BASE_URL: i.baseUrl,
    IMIN_API_KEY: i.credentials.apiKey,
    BOOKINGCOM_BASE_URL: b.baseUrl,
    BOOKINGCOM_TOKEN: b.credentials.token,
    BOOKINGCOM_AFFILIATE_ID: b.credentials.affiliateId,
    MUSEMENT_BASE_URL: m.baseUrl,
    MUSEMENT_CLIENT_ID: m.credentials.clientId,
    MUSEMENT_CLIENT_SECRET: m.credentials.clientSecret,
    MUSEMENT_APPLICATION: m.credentials.application,
    BOKUN_PLUGIN_URL: k.baseUrl,
    BOKUN_PLUGIN_USERNAME: k.credentials.username ?? '',
    BOKUN_PLUGIN_PASSWORD: k.credentials.password ?? '',
    BOKUN_PLUGIN_PARAMETERS: JSON.stringify(k.credentials.parameters),
  };
  const all = [imin, bookingCom, musement, bokun];
  return {
    env,
    demoOrders: all.flatMap(sim => sim.demoOrders),
    close: async () => {
      await Promise.all(all.map(sim => sim.close()));
    },
  };
}

/** Bare where the shell and Node's `--env-file` both read a value as it is; single-quoted otherwise. */
const BARE = /^[A-Za-z0-9_@%+=:,./-]*$/;

/**
 * `NAME=value` lines that `set -a; . ./file`, `node --env-file=file` and systemd's `EnvironmentFile`
 * all read alike (single quotes, which our values never contain, are the one quoting all three share).
 */
export function envLines(env: Readonly<Record<string, string>>): string {
  return Object.entries(env)
    .map(([name, value]) => {
      if (BARE.test(value)) return `${name}=${value}`;
      if (value.includes("'") || value.includes('\n')) throw new Error(`${name} cannot be written safely`);
      return `${name}='${value}'`;
    })
    .join('\n');
}
