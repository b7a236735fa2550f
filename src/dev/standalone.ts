import { PROVIDERS } from '../domain/provider.js';
import type { DemoOrder } from './demo.js';
import { SIMULATORS } from './simulators.js';

/** The four simulators in a process of their own (`npm run simulators`), for gateways started apart. */
export interface StandaloneSimulators {
  /** The gateway's environment (the configuration contract's names) that points it at them, live. */
  readonly env: Readonly<Record<string, string>>;
  readonly demoOrders: readonly DemoOrder[];
  close(): Promise<void>;
}

/**
 * Starts imin, Booking.com, Musement and Bókun with their demo bookings. `portBase` fixes their ports
 * (imin on it, then Booking.com, Musement and Bókun on the next three: the Provider enum's order), so
 * recipes and replicas can name them; `null` takes any free ones.
 */
export async function startStandaloneSimulators(portBase: number | null): Promise<StandaloneSimulators> {
  const port = (offset: number) => (portBase === null ? 0 : portBase + offset);
  const all = await Promise.all(PROVIDERS.map((id, offset) => SIMULATORS[id](port(offset))));
  return {
    env: Object.fromEntries(all.flatMap(sim => Object.entries(sim.env))),
    demoOrders: all.flatMap(sim => sim.demoBookings),
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
