// `node --import tsx bench/profile-order.ts [seconds]`: the order(id) scenario alone, first against the
// gateway, then against the baseline, each with --cpu-prof (profiles in bench/results/profiles/). Prints
// each round, the gateway's heap spaces, and where each server's CPU per request goes by area
// (bench/profile-areas.ts): the difference is what the gateway's own layers cost.
// BENCH_NODE_ARGS replaces the gateway's profiling flags (e.g. to try heap sizes; no area table then);
// BENCH_SNAPSHOT=1 with `--heapsnapshot-signal=SIGUSR2` among them takes a heap snapshot after the load.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { seed, startGateway } from './gateway.js';
import { round } from './load.js';
import { cpuByArea, printAreas } from './profile-areas.js';
import { startBaseline, startUpstream, stop, stopAll } from './procs.js';
import { gatewayTarget, orderByIdBody } from './scenarios.js';

const seconds = Number(process.argv[2] ?? 10);
const dir = (server: string) => join('bench', 'results', 'profiles', server);
const profiling = (server: string) => ['--cpu-prof', '--cpu-prof-dir', dir(server)];
const profileOf = (server: string) => join(dir(server), readdirSync(dir(server))[0]!);
for (const server of ['gateway', 'baseline']) rmSync(dir(server), { recursive: true, force: true });

const upstream = await startUpstream();
await upstream.latency(false);
const custom = process.env.BENCH_NODE_ARGS?.split(' ');
const gateway = await startGateway(upstream.ready, custom ?? profiling('gateway'));
try {
  await seed(gateway, upstream.ready);
  const alice = await gateway.token('alice', ['orders:read']);
  const body = orderByIdBody(upstream.ready.iminOrder.uuid);
  const measured = await round(gatewayTarget(gateway, alice, body), { connections: 16, seconds });
  console.log('gateway ', JSON.stringify(measured));
  if (process.env.BENCH_SNAPSHOT) {
    process.kill(gateway.pid, 'SIGUSR2');
    await new Promise(done => setTimeout(done, 15_000));
  }
  const metrics = await (await fetch(gateway.url.replace('/graphql', '/metrics'))).text();
  console.log(
    metrics
      .split('\n')
      .filter(l => /^gateway_nodejs_heap_s|^gateway_nodejs_external|^gateway_process_resident/.test(l))
      .join('\n'),
  );
  await stop(gateway.pid);
  if (!custom) {
    const baseline = await startBaseline(upstream.ready, profiling('baseline'));
    const base = await round({ url: baseline.url, pid: baseline.pid, body }, { connections: 16, seconds });
    console.log('baseline', JSON.stringify(base));
    await stop(baseline.pid);
    console.log('\nCPU per request by area (self time of each sample, idle and the first 3 s left out)\n');
    printAreas(
      cpuByArea(profileOf('gateway'), measured.cpuUsPerRequest),
      cpuByArea(profileOf('baseline'), base.cpuUsPerRequest),
    );
  }
} finally {
  await stop(gateway.pid);
  gateway.cleanUp();
  stopAll();
  process.exit();
}
