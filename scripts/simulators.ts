// The imin simulator as its own process, for checks that run the built gateway against a provider
// over the network (scripts/prod-smoke.mjs). Prints one JSON line: the gateway's provider env and the
// simulator's bookings; stops on SIGTERM.
import { simulateImin } from '../src/dev/simulators.js';

const imin = await simulateImin();
if (imin.endpoint.mode !== 'live') throw new Error('the imin simulator gave no live endpoint');
const env = { IMIN_BASE_URL: imin.endpoint.baseUrl, IMIN_API_KEY: imin.endpoint.credentials.apiKey };
const orders = imin.demoOrders.map(order => ({ customer: order.customer, uuid: order.providerReference }));
process.stdout.write(`${JSON.stringify({ env, orders })}\n`);
process.once('SIGTERM', () => void imin.close().then(() => process.exit(0)));
