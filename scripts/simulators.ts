// The imin simulator as its own process, for checks that run the built gateway against a provider
// over the network (scripts/prod-smoke.mjs). Prints one JSON line: the gateway's provider env and the
// simulator's bookings; stops on SIGTERM.
import { randomBytes } from 'node:crypto';
import { startIminSimulator } from '../src/simulators/imin/index.js';

const apiKey = randomBytes(24).toString('base64url');
const imin = await startIminSimulator({ apiKey });
const orders = [...imin.orders.values()].map(order => ({ customer: order.customer, uuid: order.uuid }));
process.stdout.write(
  `${JSON.stringify({ env: { IMIN_BASE_URL: imin.url, IMIN_API_KEY: apiKey }, orders })}\n`,
);
process.once('SIGTERM', () => void imin.close().then(() => process.exit(0)));
