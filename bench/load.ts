// One measured round: autocannon (closed loop, keep-alive) against one server, with that server's CPU
// time and resident memory read from outside while it runs.
import autocannon from 'autocannon';
import { rssMiB } from '../scripts/processes.mjs';
import { cpuSeconds } from './procs.js';

export interface Round {
  readonly requests: number;
  /** Non-2xx answers, socket errors, timeouts, and answers unlike the expected body. */
  readonly failures: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** The server's CPU time (user + system) per answered request, in microseconds. */
  readonly cpuUsPerRequest: number;
  /** The server's largest resident set while the round ran, sampled every 100 ms. */
  readonly rssMaxMiB: number;
  /** What the first failure was (a status, an error, or the start of a refused body), to follow it up. */
  readonly firstFailure?: string;
}

export interface Target {
  readonly url: string;
  readonly pid: number;
  readonly body: string;
  readonly headers?: Record<string, string>;
  /** When given, every answer is compared with it and each difference is a failure. */
  readonly expectBody?: string;
  /** When given, every answer it refuses is a failure. */
  readonly verifyBody?: (body: string) => boolean;
}

export async function round(
  target: Target,
  load: { connections: number; seconds?: number; amount?: number },
): Promise<Round> {
  const cpuBefore = cpuSeconds(target.pid);
  let rssMax = rssMiB(target.pid);
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMiB(target.pid))), 100);
  let firstFailure: string | undefined;
  const failed = (what: string) => (firstFailure ??= what.slice(0, 600));
  // Without a callback the instance is both the event emitter and the promise of the result.
  const instance = autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    connections: load.connections,
    ...(load.amount ? { amount: load.amount } : { duration: load.seconds ?? 8 }),
    ...(target.expectBody ? { expectBody: target.expectBody } : {}),
    ...(target.verifyBody
      ? {
          verifyBody: (body?: string | Buffer) =>
            target.verifyBody!(String(body)) || (failed(`refused: ${String(body)}`), false),
        }
      : {}),
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  // autocannon's own percentiles are whole milliseconds; the response times it reports are not.
  const latencies: number[] = [];
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status < 300) latencies.push(ms);
    else failed(`status ${status}`);
  });
  instance.on('reqError', (error: Error) => failed(`error: ${error.message}`));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  clearInterval(sampler);
  const cpu = cpuSeconds(target.pid) - cpuBefore;
  const answered = result.requests.total;
  const mismatches = (result as { mismatches?: number }).mismatches ?? 0;
  return {
    requests: answered,
    failures: result.non2xx + result.errors + result.timeouts + mismatches,
    rps: answered / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuUsPerRequest: answered ? (cpu * 1e6) / answered : NaN,
    rssMaxMiB: Math.max(rssMax, rssMiB(target.pid)),
    ...(firstFailure ? { firstFailure } : {}),
  };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
