// `npm run simulators` as an operator runs it: the four simulators in their own process, an env file
// with their base URLs and credentials, a production gateway started separately from that file, and
// the demo bookings registered through the gateway's GraphQL API and read back for every provider.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startGatewayProcess, type GatewayProcess } from '../../helpers/gateway-process.js';
import { pollUntil } from '../../helpers/poll.js';

const dir = mkdtempSync(join(tmpdir(), 'og-simulators-'));
const envFile = join(dir, 'simulators.env');
const secret = randomBytes(32).toString('base64url');

/** Four consecutive free loopback ports, for `--port-base`. */
async function freeRun(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>(resolve => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
  for (;;) {
    const base = await freePort();
    if (base > 65_000) continue;
    const all = await Promise.all([1, 2, 3].map(i => free(base + i)));
    if (all.every(Boolean)) return base;
  }
}

/** A GraphQL call to the gateway on the port the simulators were told to register through. */
async function graphql(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

const ORDERS = '{ viewer { customerId orders(first: 50) { edges { node { id provider } } } } }';
const ORDER = 'query($id: ID!) { order(id: $id) { id provider items { title status } } }';

describe('npm run simulators -- --port-base … --write-env … --register <gateway>', () => {
  let portBase: number;
  let sims: ChildProcess;
  let output = '';
  let gateway: GatewayProcess;
  let gatewayUrl: string;

  beforeAll(async () => {
    portBase = await freeRun();
    const gatewayPort = await freePort();
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    sims = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/simulators.ts',
        ...['--port-base', String(portBase), '--write-env', envFile],
        ...['--register', gatewayUrl],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AUTH_JWT_SECRET: secret } },
    );
    sims.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    sims.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await pollUntil(
      () => output,
      text => text.includes('waiting for'),
      { tries: 300, everyMs: 100 },
    );
    const fromFile = parseEnv(readFileSync(envFile, 'utf8')) as Record<string, string>;
    gateway = await startGatewayProcess({
      secret,
      env: {
        ...fromFile,
        GATEWAY_ENV: 'production',
        NODE_ENV: 'production',
        DATA_DIR: join(dir, 'ledger'),
        PORT: String(gatewayPort),
      },
    });
  }, 60_000);

  afterAll(async () => {
    await gateway?.stop();
    sims?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes every provider variable of the configuration contract to a private env file, on the fixed ports', () => {
    const env = parseEnv(readFileSync(envFile, 'utf8'));
    // The demo customers' tokens follow once registration is done.
    expect(
      Object.keys(env)
        .filter(name => !name.startsWith('DEMO_'))
        .sort(),
    ).toEqual(
      [
        'IMIN_BASE_URL',
        'IMIN_API_KEY',
        'BOOKINGCOM_BASE_URL',
        'BOOKINGCOM_TOKEN',
        'BOOKINGCOM_AFFILIATE_ID',
        'MUSEMENT_BASE_URL',
        'MUSEMENT_CLIENT_ID',
        'MUSEMENT_CLIENT_SECRET',
        'MUSEMENT_APPLICATION',
        'BOKUN_PLUGIN_URL',
        'BOKUN_PLUGIN_USERNAME',
        'BOKUN_PLUGIN_PASSWORD',
        'BOKUN_PLUGIN_PARAMETERS',
      ].sort(),
    );
    expect(env['IMIN_BASE_URL']).toBe(`http://127.0.0.1:${portBase}/api/v2`);
    expect(env['BOOKINGCOM_BASE_URL']).toBe(`http://127.0.0.1:${portBase + 1}/3.1`);
    expect(env['MUSEMENT_BASE_URL']).toBe(`http://127.0.0.1:${portBase + 2}/api/v3`);
    expect(env['BOKUN_PLUGIN_URL']).toBe(`http://127.0.0.1:${portBase + 3}`);
    expect(statSync(envFile).mode & 0o077).toBe(0);
    // Written to the file, so not printed: stdout has the base URLs only.
    expect(output).not.toContain(env['IMIN_API_KEY']);
    expect(output).toContain(`IMIN_BASE_URL=http://127.0.0.1:${portBase}/api/v2`);
  });

  it('registers every demo booking through the gateway and hands out demo customer tokens that read one order of each provider', async () => {
    await pollUntil(
      () => output,
      // The tokens are appended to the env file after the registration line: wait for their own line.
      text => /demo customers' tokens/.test(text) || sims.exitCode !== null,
      { tries: 600, everyMs: 100 },
    );
    expect(output).toMatch(/registered \d+ demo bookings/);
    const env = parseEnv(readFileSync(envFile, 'utf8'));
    const alice = env['DEMO_ALICE_TOKEN'] ?? '';
    const listed = await graphql(gatewayUrl, ORDERS, {}, alice);
    expect(listed.errors).toBeUndefined();
    const nodes: Array<{ id: string; provider: string }> = listed.data?.viewer.orders.edges.map(
      (edge: { node: { id: string; provider: string } }) => edge.node,
    );
    const providers = ['IMIN', 'BOOKING_COM', 'MUSEMENT', 'BOKUN'];
    expect([...new Set(nodes.map(n => n.provider))].sort()).toEqual([...providers].sort());
    for (const provider of providers) {
      const id = nodes.find(n => n.provider === provider)?.id;
      const read = await graphql(gatewayUrl, ORDER, { id }, alice);
      expect(read.errors, provider).toBeUndefined();
      expect(read.data?.order).toMatchObject({ id, provider, items: expect.any(Array) });
      expect(read.data?.order.items.length, provider).toBeGreaterThan(0);
    }
    const bob = await graphql(gatewayUrl, ORDERS, {}, env['DEMO_BOB_TOKEN'] ?? '');
    expect(bob.data?.viewer.customerId).toBe('demo-customer-bob');
    expect(bob.data?.viewer.orders.edges.length).toBeGreaterThan(0);
  }, 60_000);

  it('stops on SIGTERM with exit code 0', async () => {
    const exited = new Promise<number | null>(resolve => sims.once('exit', code => resolve(code)));
    sims.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
