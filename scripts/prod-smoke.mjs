// CI: the production build as operators run it. `npm run build` first; then this starts the four
// simulators in their own process (`npm run simulators`) and `node dist/index.js` (what `npm run
// start:prod` runs) in production mode under a guard that fails on any TypeScript module or loader,
// checks /healthz, /readyz and a query, reports resident memory at idle and after N order reads, and
// checks SIGTERM exits 0, both to node and to `npm run start:prod` (the README's command).
// `node scripts/prod-smoke.mjs [requests]` (default 10 000). Bounded: 120 s in all.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { TextEncoder } from 'node:util';
import { SignJWT } from 'jose';
import { Pool } from 'undici';
import { freePort } from './free-port.mjs';
import { descendants, productionFlags, rssMiB, running, startCommand, startNode } from './processes.mjs';

const REQUESTS = Number(process.argv[2] ?? 10_000);
const CONNECTIONS = 16;
const dataDir = mkdtempSync(join(tmpdir(), 'og-prod-smoke-'));
const secret = randomBytes(32).toString('base64url');
const children = [];
/** Processes a child started (the gateway under npm): killed on failure too, in case they outlive it. */
const strays = [];
const deadline = setTimeout(() => fail('timed out'), 120_000);

function fail(why) {
  process.stderr.write(
    `production smoke failed: ${why}\n${children.map(c => c.output().slice(-3000)).join('\n')}\n`,
  );
  for (const child of children) child.process.kill('SIGKILL');
  for (const pid of strays) if (running(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

/** Starts a process (scripts/processes.mjs); the smoke fails if it exits, before or after it is ready. */
async function start(args, env, ready) {
  const child = startNode(args, env, ready);
  children.push(child);
  child.process.once('exit', code => fail(`${args.at(-1)} exited (${code})`));
  await child.started.catch(error => fail(error.message));
  return child;
}

const token = (sub, scope) =>
  new SignJWT({ scope })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));

// `npm run simulators -- --json`: the four simulators in their own process, and their env as one line.
const simulators = await start(
  ['--import', 'tsx', 'scripts/simulators.ts', '--json'],
  process.env,
  '"orders"',
);
const sims = JSON.parse(
  simulators
    .output()
    .split('\n')
    .find(line => line.startsWith('{')),
);
const port = await freePort();
const env = { ...process.env, ...sims.env, GATEWAY_ENV: 'production', AUTH_JWT_SECRET: secret };
Object.assign(env, { DATA_DIR: dataDir, PORT: String(port), RATE_LIMIT_PER_MINUTE: '1000000' });
delete env.DATABASE_URL;
delete env.NODE_OPTIONS;
const gateway = await start(
  ['--import', './scripts/no-typescript.mjs', ...productionFlags(), 'dist/index.js'],
  env,
  'orders-gateway listening',
);
const base = `http://127.0.0.1:${port}`;
const pool = new Pool(base, { connections: CONNECTIONS });

async function call(path, init = {}) {
  const res = await pool.request({ path, method: 'GET', ...init });
  const text = await res.body.text();
  return { status: res.statusCode, text };
}
async function graphql(query, variables, bearer) {
  const res = await call('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  if (res.status !== 200) fail(`GraphQL answered ${res.status}: ${res.text}`);
  return JSON.parse(res.text);
}

for (const path of ['/healthz', '/readyz']) {
  const res = await call(path);
  if (res.status !== 200) fail(`${path} answered ${res.status}: ${res.text}`);
  console.log(`${path}: ${res.status} ${res.text}`);
}

const order = sims.orders.find(o => o.customer === 'alice' && o.provider === 'IMIN');
const registered = await graphql(
  `
    mutation ($input: RegisterOrderInput!) {
      registerOrder(input: $input) {
        __typename
        ... on OrderRegistered {
          order {
            id
          }
        }
      }
    }
  `,
  { input: { customerId: 'alice', provider: 'IMIN', providerReference: order.providerReference } },
  await token('booking-flow', 'orders:write'),
);
const orderId = registered.data?.registerOrder?.order?.id;
if (!orderId) fail(`registerOrder: ${JSON.stringify(registered)}`);
const alice = await token('alice', 'orders:read orders:cancel');
const READ = 'query($id: ID!) { order(id: $id) { id status } }';
const first = await graphql(READ, { id: orderId }, alice);
if (first.data?.order?.id !== orderId) fail(`order(id): ${JSON.stringify(first)}`);
console.log(`order(id): ${JSON.stringify(first.data.order)}`);

await new Promise(resolve => setTimeout(resolve, 1_000));
const idle = rssMiB(gateway.process.pid).toFixed(1);
let sent = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONNECTIONS }, async () => {
    while (sent < REQUESTS) {
      sent += 1;
      const answer = await graphql(READ, { id: orderId }, alice);
      if (answer.data?.order?.status === undefined) fail(`read ${sent}: ${JSON.stringify(answer)}`);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const after = rssMiB(gateway.process.pid).toFixed(1);
console.log(
  `resident memory: ${idle} MiB at idle, ${after} MiB after ${REQUESTS} order(id) reads (${Math.round(REQUESTS / seconds)} req/s, ${CONNECTIONS} connections)`,
);
await pool.close();

gateway.process.removeAllListeners('exit');
const exited = new Promise(resolve => gateway.process.once('exit', code => resolve(code)));
gateway.process.kill('SIGTERM');
const code = await exited;
if (code !== 0) fail(`SIGTERM: exit code ${code}`);
console.log('SIGTERM: exit code 0');
// The README's command, `npm run start:prod`: npm runs the script through `sh -c`, and a SIGTERM must
// reach the gateway and its drain, not end the shell and leave the gateway running unsupervised. Sent
// to npm alone (a container runtime, `kill <pid>`) and to npm's process group (a terminal's Ctrl-C,
// `kill %job`, systemd), where the gateway gets it twice: directly, and forwarded by npm.
async function stopThroughNpm(target) {
  const viaNpm = startCommand(
    'npm',
    ['run', 'start:prod'],
    { ...env, PORT: String(await freePort()) },
    'listening',
    60_000,
    { detached: target === 'group' },
  );
  children.push(viaNpm);
  await viaNpm.started.catch(error => fail(`npm run start:prod: ${error.message}`));
  const tree = descendants(viaNpm.process.pid);
  strays.push(...tree);
  // `close`, not `exit`: once npm and everything holding its output are gone, all of it has been read.
  const closed = new Promise(resolve => viaNpm.process.once('close', code => resolve(code)));
  process.kill(target === 'group' ? -viaNpm.process.pid : viaNpm.process.pid, 'SIGTERM');
  const npmCode = await Promise.race([closed, new Promise(resolve => setTimeout(resolve, 20_000))]);
  const what = `SIGTERM to ${target === 'group' ? "npm's process group" : 'npm'}`;
  if (tree.some(running)) fail(`${what}: npm exited (${viaNpm.process.exitCode}), the gateway still runs`);
  if (!viaNpm.output().includes('"signal":"SIGTERM"')) fail(`${what}: the gateway did not drain`);
  if (npmCode !== 0) fail(`${what}: exit code ${npmCode}`);
  console.log(`npm run start:prod, ${what}: the gateway drained, exit code 0`);
}
await stopThroughNpm('npm');
await stopThroughNpm('group');
simulators.process.removeAllListeners('exit');
simulators.process.kill('SIGTERM');
clearTimeout(deadline);
rmSync(dataDir, { recursive: true, force: true });
console.log('production smoke: passed');
