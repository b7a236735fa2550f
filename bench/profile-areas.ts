// Where a server's CPU per request goes, by area, from a V8 CPU profile taken under load: each
// sample's own (self) time is put in one area by the script it ran in, and the areas are scaled to
// the CPU per request measured from /proc in the same round. Comparing the gateway's areas with the
// baseline's shows what the gateway's own layers cost (README, "Benchmarks").
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** First match wins. Our code is the build in dist/; libraries' own dist/ folders are under node_modules. */
const ours = (url: string) => url.includes('/dist/') && !url.includes('/node_modules/');
const AREAS: ReadonlyArray<readonly [string, (url: string, fn: string) => boolean]> = [
  [
    'reading provider documents (zod, JSON-LD, mapping, money, dates)',
    u => u.includes('/node_modules/zod/') || (ours(u) && /\/dist\/(providers|domain)\//.test(u)),
  ],
  [
    'async bookkeeping (promise hooks, microtasks, signals, timers, hashing)',
    (u, f) => /^node:(internal|async_hooks|events|timers)/.test(u) || f === 'runMicrotasks',
  ],
  [
    'our request layers (auth, context, loaders, services, metrics, spans)',
    u =>
      ours(u) ||
      /\/node_modules\/(dataloader|prom-client|cockatiel|jose|lru-cache|@opentelemetry\/api)\//.test(u),
  ],
  ['garbage collection', (_u, f) => f === '(garbage collector)'],
  ['Apollo Server and graphql-js', u => /\/node_modules\/(@apollo\/|graphql\/|@escape\.tech\/)/.test(u)],
  ['HTTP in and out (node http, undici, Express, body parsing, sockets)', () => true],
];

/** µs per request by area, leaving out idle time and the first `skipMs` (start-up, seeding, warm-up). */
export function cpuByArea(file: string, cpuUsPerRequest: number, skipMs = 3_000): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map(n => [n.id, n]));
  const time = new Map<string, number>(AREAS.map(([name]) => [name, 0]));
  let clock = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clock += delta;
    const frame = nodes.get(id)?.callFrame;
    if (clock < skipMs * 1_000 || !frame || frame.functionName === '(idle)') return;
    const area = AREAS.find(([, test]) => test(frame.url, frame.functionName))![0];
    time.set(area, time.get(area)! + delta);
    busy += delta;
  });
  return new Map([...time].map(([area, t]) => [area, busy === 0 ? 0 : (t / busy) * cpuUsPerRequest]));
}

/** The two servers' areas side by side, as the README's table. */
export function printAreas(gateway: Map<string, number>, baseline: Map<string, number>): void {
  const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);
  row(['area', 'gateway µs/req', 'baseline µs/req', 'difference']);
  row(['---', '---:', '---:', '---:']);
  for (const [area, us] of gateway) {
    const base = baseline.get(area) ?? 0;
    row([area, us.toFixed(0), base.toFixed(0), `${us - base >= 0 ? '+' : ''}${(us - base).toFixed(0)}`]);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  row([
    'total',
    total(gateway).toFixed(0),
    total(baseline).toFixed(0),
    (total(gateway) - total(baseline)).toFixed(0),
  ]);
}
