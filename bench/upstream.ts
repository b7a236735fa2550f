// The benchmark's upstream: the four provider simulators in one process of their own, away from the
// gateway and the baseline they serve. Started with `fork` by bench/run.ts; sends its endpoints and
// seeded references once, then answers `stats` (calls and TCP connections per provider) over IPC.
import { startBookingComSimulator } from '../src/simulators/booking-com/index.js';
import { bookingComSeed, bookingStays } from '../src/simulators/booking-com/seed.js';
import { startBokunSimulator } from '../src/simulators/bokun/index.js';
import { startIminSimulator } from '../src/simulators/imin/index.js';
import { iminOrders, iminSeed } from '../src/simulators/imin/seed.js';
import { startMusementSimulator } from '../src/simulators/musement/index.js';
import { musementOrders, musementSeed } from '../src/simulators/musement/seed.js';
import type { SimServer } from '../src/simulators/kit.js';
import {
  BULK,
  KEY,
  LATENCY,
  type ProviderName,
  type UpstreamCommand,
  type UpstreamReady,
} from './fixture.js';

async function main(): Promise<void> {
  const bulkImin = iminOrders(BULK);
  const bulkBooking = bookingStays(BULK);
  const bulkMusement = musementOrders(BULK);
  const [imin, booking, musement, bokun] = await Promise.all([
    startIminSimulator({ apiKey: KEY, seed: [...iminSeed(), ...bulkImin] }),
    startBookingComSimulator({ token: KEY, affiliateId: '1', seed: [...bookingComSeed(), ...bulkBooking] }),
    startMusementSimulator({
      clientId: 'bench',
      clientSecret: KEY,
      application: 'bench',
      tokenTtlSeconds: 3600,
      seed: [...musementSeed(), ...bulkMusement],
    }),
    startBokunSimulator({ username: 'bench', password: KEY, parameters: [] }),
  ]);
  const servers: Record<ProviderName, SimServer> = {
    IMIN: imin.server,
    BOOKING_COM: booking.server,
    MUSEMENT: musement.server,
    BOKUN: bokun.server,
  };
  // The call log is the simulators' test evidence; here it would only grow, so it is trimmed to a count.
  const calls = { IMIN: 0, BOOKING_COM: 0, MUSEMENT: 0, BOKUN: 0 };
  const trim = () => {
    for (const [name, server] of Object.entries(servers) as [ProviderName, SimServer][]) {
      calls[name] += server.calls.length;
      server.calls.length = 0;
    }
  };
  const first = iminSeed()[0]!.uuid;
  const ready: UpstreamReady = {
    env: {
      IMIN_BASE_URL: imin.url,
      IMIN_API_KEY: KEY,
      BOOKINGCOM_BASE_URL: booking.url,
      BOOKINGCOM_TOKEN: KEY,
      BOOKINGCOM_AFFILIATE_ID: '1',
      MUSEMENT_BASE_URL: musement.url,
      MUSEMENT_CLIENT_ID: 'bench',
      MUSEMENT_CLIENT_SECRET: KEY,
      MUSEMENT_APPLICATION: 'bench',
      BOKUN_PLUGIN_URL: bokun.url,
      BOKUN_PLUGIN_USERNAME: 'bench',
      BOKUN_PLUGIN_PASSWORD: KEY,
    },
    iminOrder: { uuid: first, url: `${imin.url}/orders/${first}` },
    references: {
      IMIN: bulkImin.map(o => o.uuid),
      BOOKING_COM: bulkBooking.map(s => s.id),
      MUSEMENT: bulkMusement.map(o => o.uuid),
    },
    alice: { BOOKING_COM: bookingComSeed()[0]!.id, MUSEMENT: musementSeed()[0]!.uuid },
  };
  const setLatency = (on: boolean) => {
    for (const [name, server] of Object.entries(servers) as [ProviderName, SimServer][])
      server.setLatency(on ? LATENCY[name] : null);
  };
  process.on('message', (command: UpstreamCommand) => {
    trim();
    if (command.type === 'latency') setLatency(command.on);
    const stats = Object.fromEntries(
      Object.entries(servers).map(([name, s]) => [
        name,
        { calls: calls[name as ProviderName], connections: s.connections },
      ]),
    );
    process.send?.({ type: command.type, stats });
  });
  setInterval(trim, 1_000).unref();
  process.once('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', ready });
}

await main();
