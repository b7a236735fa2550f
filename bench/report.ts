// The benchmark's verdict: each target (issues #19 and #33) as a measured figure, its goal and ✔/✘.
import type { Round } from './load.js';
import { median } from './load.js';

export interface Target {
  readonly name: string;
  readonly measured: number;
  readonly goal: string;
  readonly met: boolean;
  readonly detail: string;
}

/** The cross-replica push (bench/push-latency.ts), when a PostgreSQL was there to run it on. */
export interface PushFigures {
  readonly bookings: number;
  readonly p50FromRequestMs: number;
  readonly p99FromRequestMs: number;
  readonly p50FromAnswerMs: number;
  readonly p99FromAnswerMs: number;
  readonly sawPending: number;
}

export interface Measured {
  readonly orderById: Array<{ baseline: Round; gateway: Round }>;
  /** The same read, one connection: the latency a single user feels. */
  readonly orderByIdOne: Array<{ baseline: Round; gateway: Round }>;
  readonly fanOut: { alone: Record<string, Round>; all: Round; slowestP50: number };
  readonly page: Array<Round & { upstreamCalls: number }>;
  readonly batching: Record<number, number>;
  readonly connections: {
    opened: number;
    byProvider: Record<string, number>;
    requests: number;
    failures: number;
    firstFailure?: string;
  };
  /** null: not run (no DATABASE_URL), with why. */
  readonly push: PushFigures | { readonly skipped: string };
}

const f = (n: number, digits = 2) => n.toFixed(digits);

const ratios = (rounds: Measured['orderById'], of: (r: Round) => number) =>
  median(rounds.map(r => of(r.gateway) / of(r.baseline)));

/** The push scenario's two targets (issue #30): from the cancel's request, < 1 s p50 and < 2 s p99. */
function pushTargets(push: Measured['push']): Target[] {
  if ('skipped' in push) return [];
  return [
    {
      name: 'cross-replica push p50 (ms)',
      measured: push.p50FromRequestMs,
      goal: '< 1000',
      met: push.p50FromRequestMs < 1000,
      detail: `${push.bookings} cancels through B, subscriber on A; from the answer ${f(push.p50FromAnswerMs, 1)} ms`,
    },
    {
      name: 'cross-replica push p99 (ms)',
      measured: push.p99FromRequestMs,
      goal: '< 2000',
      met: push.p99FromRequestMs < 2000,
      detail: `from the answer ${f(push.p99FromAnswerMs, 1)} ms; pending seen ${push.sawPending}/${push.bookings}`,
    },
  ];
}

export function targets(m: Measured): Target[] {
  const throughput = ratios(m.orderById, r => r.rps);
  const p99 = ratios(m.orderById, r => r.p99);
  const single = ratios(m.orderByIdOne, r => r.rps);
  const baselineCpu = median(m.orderById.map(r => r.baseline.cpuUsPerRequest));
  const pageCpu = median(m.page.map(r => r.cpuUsPerRequest));
  const calls = median(m.page.map(r => r.upstreamCalls));
  const fan = m.fanOut.all.p50 / m.fanOut.slowestP50;
  const loaded = [...m.orderById.map(r => r.gateway), ...m.orderByIdOne.map(r => r.gateway), ...m.page];
  const rss = loaded.map(r => r.rssMaxMiB);
  const batch = Object.values(m.batching);
  const failures = [
    ...m.orderById.flatMap(r => [r.baseline, r.gateway]),
    ...m.orderByIdOne.flatMap(r => [r.baseline, r.gateway]),
    ...m.page,
    ...Object.values(m.fanOut.alone),
    m.fanOut.all,
  ].reduce((n, r) => n + r.failures, m.connections.failures);
  return [
    {
      name: 'order(id) throughput / baseline, 16 conns',
      measured: throughput,
      goal: '≥ 0.80 (stretch 1.00)',
      met: throughput >= 0.8,
      detail: `median of ${m.orderById.length} round ratios`,
    },
    {
      name: 'order(id) p99 / baseline p99, 16 conns',
      measured: p99,
      goal: '≤ 1.50',
      met: p99 <= 1.5,
      detail: `median of ${m.orderById.length} round ratios`,
    },
    {
      name: 'order(id) throughput / baseline, 1 conn',
      measured: single,
      goal: '≥ 0.95',
      met: single >= 0.95,
      detail: `p50 ${f(median(m.orderByIdOne.map(r => r.gateway.p50)))} vs ${f(median(m.orderByIdOne.map(r => r.baseline.p50)))} ms`,
    },
    {
      name: 'page of 50: CPU / (baseline CPU × calls)',
      measured: pageCpu / (baselineCpu * calls),
      goal: '≤ 1.50',
      met: pageCpu <= 1.5 * baselineCpu * calls,
      detail: `${f(pageCpu, 0)} µs vs ${f(baselineCpu, 0)} µs × ${f(calls, 1)} calls`,
    },
    {
      name: 'fan-out p50 / slowest provider alone',
      measured: fan,
      goal: '≤ 1.05',
      met: fan <= 1.05,
      detail: `${f(m.fanOut.all.p50, 1)} vs ${f(m.fanOut.slowestP50, 1)} ms`,
    },
    {
      name: 'gateway RSS under load (MiB)',
      measured: Math.max(...rss),
      goal: '≤ 150',
      met: Math.max(...rss) <= 150,
      detail: `largest of ${rss.length} rounds`,
    },
    {
      name: 'gateway RSS max/min over rounds',
      measured: Math.max(...rss) / Math.min(...rss),
      goal: '≤ 1.15',
      met: Math.max(...rss) / Math.min(...rss) <= 1.15,
      detail: rss.map(r => f(r, 0)).join(' '),
    },
    {
      name: 'Booking.com calls for N = 1, 10, 50',
      measured: Math.max(...batch),
      goal: 'constant in N',
      met: batch.every(c => c === batch[0]),
      detail: batch.join(', '),
    },
    {
      name: 'new upstream connections after warm-up',
      measured: m.connections.opened,
      goal: '0',
      met: m.connections.opened === 0,
      detail: `during ${m.connections.requests} fan-out queries: ${JSON.stringify(m.connections.byProvider)}`,
    },
    ...pushTargets(m.push),
    {
      name: 'failed or wrong answers',
      measured: failures,
      goal: '0',
      met: failures === 0,
      detail: 'non-2xx, errors, timeouts, unexpected bodies',
    },
  ];
}

const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');

export function print(m: Measured, verdict: Target[]): void {
  const failed = (r: Round) => (r.failures ? `  FAILED ${r.failures}, first: ${r.firstFailure ?? '?'}` : '');
  const perRound = (label: string, r: Round) =>
    `${label.padEnd(28)} ${f(r.rps, 0).padStart(6)} req/s  p50 ${f(r.p50, 1).padStart(6)} ms  p99 ${f(r.p99, 1).padStart(6)} ms  CPU ${f(r.cpuUsPerRequest, 0).padStart(5)} µs/req  RSS ≤ ${f(r.rssMaxMiB, 0)} MiB${failed(r)}`;
  const pairs = (title: string, rounds: Measured['orderById']) => {
    console.log(title);
    rounds.forEach((r, i) => {
      console.log(perRound(`  round ${i + 1} baseline`, r.baseline));
      console.log(
        perRound(`  round ${i + 1} gateway`, r.gateway) + `  ratio ${f(r.gateway.rps / r.baseline.rps)}`,
      );
    });
  };
  pairs('\norder(id), 16 connections', m.orderById);
  pairs('\norder(id), 1 connection', m.orderByIdOne);
  console.log('\nfan-out, one request at a time (simulated 10/20/30/40 ms)');
  for (const [p, r] of Object.entries(m.fanOut.alone)) console.log(perRound(`  ${p} alone`, r));
  console.log(perRound('  all four', m.fanOut.all));
  console.log('\nviewer.orders page of 50 over four providers, 2 connections');
  m.page.forEach((r, i) =>
    console.log(perRound(`  round ${i + 1}`, r) + `  upstream calls/req ${f(r.upstreamCalls, 1)}`),
  );
  if (m.connections.failures)
    console.log(
      `\nfan-out queries (connections): FAILED ${m.connections.failures}, first: ${m.connections.firstFailure ?? '?'}`,
    );
  if ('skipped' in m.push) console.log(`\ncross-replica push: skipped (${m.push.skipped})`);
  const widths = [42, 9, 22, 4];
  console.log(`\n${row(['target', 'measured', 'goal', ''], widths)}  detail`);
  for (const t of verdict)
    console.log(`${row([t.name, f(t.measured), t.goal, t.met ? '✔' : '✘'], widths)}  ${t.detail}`);
}
