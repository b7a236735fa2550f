import { randomBytes } from 'node:crypto';
import { madeUpSecret, type SimulatedProvider } from '../kit.js';
import { confirmDemoTours } from './demo-tours.js';
import { startBokunSimulator } from './index.js';

/** A Bókun inventory plugin's simulator for development on `port` (0: any free one), with its demo tours. */
export async function simulateBokun(port = 0): Promise<SimulatedProvider> {
  const credentials = {
    // Not a word a log line holds: a gateway given this credential (npm run simulators) scrubs it
    // from every line it logs, and 'gateway' turned "orders-gateway listening" into "orders-[REDACTED]".
    username: `demo-${randomBytes(4).toString('hex')}`,
    password: madeUpSecret(18),
    parameters: [{ name: 'vendorApiKey', value: randomBytes(12).toString('hex') }],
  };
  const sim = await startBokunSimulator({ ...credentials, port });
  return {
    provider: 'BOKUN',
    env: {
      BOKUN_PLUGIN_URL: sim.url,
      BOKUN_PLUGIN_USERNAME: credentials.username,
      BOKUN_PLUGIN_PASSWORD: credentials.password,
      BOKUN_PLUGIN_PARAMETERS: JSON.stringify(credentials.parameters),
    },
    demoBookings: confirmDemoTours(sim),
    close: () => sim.close(),
  };
}
