/**
 * `npm run bench`: the gateway's production build against "Apollo Server + one undici call", every
 * server in its own process (upstream simulators, baseline, gateway) and autocannon as the load
 * generator in this one. Then, with DATABASE_URL set, the cross-replica push (bench/push-latency.ts,
 * three replicas on one PostgreSQL), once the others have stopped. Prints each round, then every
 * target (issues #19, #30 and #33) with ✔/✘, and writes the figures to JSON. Options: --rounds (3),
 * --seconds per round (8), --sequential requests per fan-out case (100), --out
 * (bench/results/latest.json), --smoke (one short round; fails only on errors), --profile (the
 * gateway runs with --cpu-prof; the profile lands in bench/results/), --no-push.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { seed, startGateway } from './gateway.js';
import { startBaseline, startUpstream, stop, stopAll } from './procs.js';
import { print, targets, type Measured, type PushFigures } from './report.js';
import { batching, fanOut, newConnections, orderById, page, type Options } from './scenarios.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '8' },
    sequential: { type: 'string', default: '100' },
    out: { type: 'string', default: 'bench/results/latest.json' },
    smoke: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'no-push': { type: 'boolean', default: false },
  },
});

/** The push scenario in processes of its own (three replicas and a simulator), or why it did not run. */
function pushLatency(out: string): PushFigures | { skipped: string } {
  if (args['no-push'] || args.smoke) return { skipped: '--no-push or --smoke' };
  if (!process.env['DATABASE_URL']) return { skipped: 'DATABASE_URL not set' };
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bench/push-latency.ts', '--bookings', '40', '--out', out],
    { stdio: 'inherit', env: process.env, timeout: 300_000 },
  );
  if (run.status !== 0) throw new Error(`bench/push-latency.ts failed (exit ${run.status})`);
  return JSON.parse(readFileSync(out, 'utf8')) as PushFigures;
}
const options: Options = args.smoke
  ? { rounds: 1, seconds: 2, sequential: 20 }
  : { rounds: Number(args.rounds), seconds: Number(args.seconds), sequential: Number(args.sequential) };

const upstream = await startUpstream();
const baseline = await startBaseline(upstream.ready);
const gateway = await startGateway(
  upstream.ready,
  args.profile ? ['--cpu-prof', '--cpu-prof-dir', dirname(args.out)] : [],
);
try {
  await seed(gateway, upstream.ready);
  console.log(
    `orders-gateway benchmark · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model} · ${JSON.stringify(options)}`,
  );
  const measured = {
    orderById: await orderById(options, upstream, baseline, gateway),
    orderByIdOne: await orderById(options, upstream, baseline, gateway, 1),
    fanOut: await fanOut(options, upstream, gateway),
    page: await page(options, upstream, gateway),
    batching: await batching(upstream, gateway),
    connections: await newConnections(options, upstream, gateway),
  };
  await stop(gateway.pid);
  stopAll();
  console.log('');
  const all: Measured = { ...measured, push: pushLatency(args.out.replace(/(\.json)?$/, '.push.json')) };
  const verdict = targets(all);
  print(all, verdict);
  mkdirSync(dirname(args.out), { recursive: true });
  const when = new Date().toISOString();
  writeFileSync(
    args.out,
    JSON.stringify(
      { when, node: process.version, cpus: cpus().length, options, measured: all, targets: verdict },
      null,
      2,
    ),
  );
  console.log(`\nfigures: ${args.out}`);
  const failed = verdict.find(t => t.name === 'failed or wrong answers')!;
  process.exitCode = failed.met ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stop(gateway.pid);
  gateway.cleanUp();
  stopAll();
  process.exit();
}
