import { Pool } from 'undici';

export interface LoadResult {
  readonly requests: number;
  readonly failures: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * A closed-loop load generator: `concurrency` workers each send the next request as soon as the last
 * answered, for `durationMs` (or `requests` in total). Keep-alive connections, latencies in ms.
 */
export async function runLoad(options: {
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly concurrency: number;
  readonly durationMs?: number;
  readonly requests?: number;
}): Promise<LoadResult> {
  const target = new URL(options.url);
  const pool = new Pool(target.origin, { connections: options.concurrency, pipelining: 1 });
  const latencies: number[] = [];
  let failures = 0;
  let issued = 0;
  const started = performance.now();
  const stopAt = started + (options.durationMs ?? Infinity);
  const more = () =>
    performance.now() < stopAt && (options.requests === undefined || issued < options.requests);
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (more()) {
        issued += 1;
        const t0 = performance.now();
        const res = await pool.request({
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers },
          body: options.body,
        });
        const text = await res.body.text();
        latencies.push(performance.now() - t0);
        if (res.statusCode !== 200 || text.includes('"errors"')) failures += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}
