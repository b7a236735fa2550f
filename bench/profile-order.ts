// `node --import tsx bench/profile-order.ts [seconds]`: the order(id) scenario alone against a gateway
// running with --cpu-prof, for reading where a single-order read spends its CPU. The profile is written
// to bench/results/ when the gateway exits; the gateway's heap spaces are printed after the round.
// BENCH_NODE_ARGS replaces the profiling flags (e.g. to try heap sizes); BENCH_SNAPSHOT=1 with
// `--heapsnapshot-signal=SIGUSR2` among them takes a heap snapshot after the load.
import { seed, startGateway } from './gateway.js';
import { round } from './load.js';
import { startUpstream, stop, stopAll } from './procs.js';
import { gatewayTarget, orderByIdBody } from './scenarios.js';

const seconds = Number(process.argv[2] ?? 10);
const upstream = await startUpstream();
await upstream.latency(false);
const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ') ?? ['--cpu-prof', '--cpu-prof-dir', 'bench/results'];
const gateway = await startGateway(upstream.ready, nodeArgs);
try {
  await seed(gateway, upstream.ready);
  const alice = await gateway.token('alice', ['orders:read']);
  const target = gatewayTarget(gateway, alice, orderByIdBody(upstream.ready.iminOrder.uuid));
  const measured = await round(target, { connections: 16, seconds });
  console.log(JSON.stringify(measured));
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
} finally {
  await stop(gateway.pid);
  gateway.cleanUp();
  stopAll();
  process.exit();
}
