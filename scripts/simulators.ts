// `npm run simulators [-- options]`: the four provider simulators alone (imin, Booking.com, Musement,
// Bókun) with their demo bookings, for gateways started apart from them (the production build, several
// replicas). Prints the gateway's environment that points at them, in the configuration contract's
// names, or writes it to a file (`--write-env`: Node 20 itself takes `--env-file` wherever it stands
// on the command line); can register the demo bookings through a gateway. docs/operations.md.
import { appendFileSync, chmodSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { authSettings } from '../src/auth/tokens.js';
import { envSchema } from '../src/config-env.js';
import {
  demoCustomerTokens,
  registerThroughGateway,
  waitUntilReady,
} from '../src/dev/remote-registration.js';
import { envLines, startStandaloneSimulators } from '../src/dev/standalone.js';

const USAGE = `usage: npm run simulators -- [--port-base <port>] [--write-env <path>] [--register <url>]... [--json]
  --port-base <port>  imin on <port>, Booking.com, Musement and Bókun on the next three (default: any free)
  --write-env <path>  write the environment there (mode 600) instead of printing the credentials
  --register <url>    once that gateway's /readyz answers, register every demo booking through its GraphQL
                      API (an orders:write token signed with AUTH_JWT_SECRET, the gateway's), then give
                      tokens for the demo customers (DEMO_ALICE_TOKEN, DEMO_BOB_TOKEN); repeatable
  --json              one JSON line {"env", "orders"} instead, for scripts`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        'port-base': { type: 'string' },
        'write-env': { type: 'string' },
        register: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const portBase = values['port-base'] === undefined ? null : Number(values['port-base']);
if (portBase !== null && !(Number.isInteger(portBase) && portBase >= 1 && portBase <= 65_532))
  fail(`--port-base must be a port from 1 to 65532 (it and the next three are used)\n${USAGE}`);
const gateways = values.register.map(url => url.replace(/\/+$/, ''));
// The gateway's own key, so the registration token and the customers' tokens verify there.
const authEnv = envSchema.pick({ AUTH_JWT_SECRET: true, AUTH_ISSUER: true, AUTH_AUDIENCE: true });
const parsedAuth = authEnv.safeParse(process.env);
if (!parsedAuth.success)
  fail(`${String(parsedAuth.error.issues[0]?.path[0])}: ${parsedAuth.error.issues[0]?.message}`);
const { AUTH_JWT_SECRET: secret, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = parsedAuth.data;
if (gateways.length > 0 && !secret)
  fail('--register needs AUTH_JWT_SECRET: the gateway signs and checks tokens with it.');

const sims = await startStandaloneSimulators(portBase).catch((error: unknown) =>
  fail(`the simulators did not start: ${error instanceof Error ? error.message : String(error)}`),
);
const stop = () => void sims.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
const envFile = values['write-env'];
const say = (line: string) => process.stdout.write(`${line}\n`);

if (values.json) say(JSON.stringify({ env: sims.env, orders: sims.demoOrders }));
else if (envFile) {
  writeFileSync(envFile, `${envLines(sims.env)}\n`, { mode: 0o600 });
  chmodSync(envFile, 0o600);
  say(`# orders-gateway simulators; their environment, credentials included: ${envFile}`);
  say(envLines(Object.fromEntries(Object.entries(sims.env).filter(([name]) => /_URL$/.test(name)))));
} else {
  say('# orders-gateway simulators: the gateway environment that points at them (demo credentials)');
  say(envLines(sims.env));
}
if (!values.json) {
  const count = (who: string) => sims.demoOrders.filter(order => order.customer === who).length;
  say(`# ${sims.demoOrders.length} demo bookings (alice ${count('alice')}, bob ${count('bob')}).`);
  say('# Ctrl-C stops them; bookings live in memory: a restart starts over, with new credentials.');
}

if (gateways.length > 0 && secret) {
  const auth = authSettings(secret, issuer ?? null, audience ?? null);
  for (const gateway of gateways) {
    say(`# waiting for ${gateway}/readyz`);
    const outcome = await waitUntilReady(gateway, 120_000)
      .then(() => registerThroughGateway(gateway, auth, sims.demoOrders))
      .catch((error: unknown) => ({ registered: 0, failures: [String(error)] }));
    if (outcome.failures.length > 0) {
      process.stderr.write(`registration through ${gateway} failed:\n  ${outcome.failures.join('\n  ')}\n`);
      await sims.close();
      process.exit(1);
    }
    say(`# registered ${outcome.registered} demo bookings through ${gateway}`);
  }
  const tokens = envLines(await demoCustomerTokens(auth));
  if (envFile) {
    appendFileSync(envFile, `${tokens}\n`);
    say(`# demo customers' tokens (12 h): DEMO_ALICE_TOKEN, DEMO_BOB_TOKEN in ${envFile}`);
  } else say(`# demo customers' tokens (12 h):\n${tokens}`);
}
