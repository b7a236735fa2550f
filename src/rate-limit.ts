import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * The per-caller limit. With a PostgreSQL ledger the count lives there, so every replica enforces one
 * shared limit; should PostgreSQL stumble, each replica falls back to counting in memory rather than
 * refusing everyone or letting a flood through. With SQLite (one replica) memory is the whole story.
 */
export async function createCallerLimiter(
  perMinute: number,
  sharedPool: Pool | null,
  keyPrefix: string,
): Promise<RateLimiterAbstract> {
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60 });
  if (!sharedPool) return memory;
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: sharedPool,
        tableName: 'gateway_rate_limit',
        keyPrefix,
        points: perMinute,
        duration: 60,
        insuranceLimiter: memory,
        clearExpiredByTimeout: true,
      },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}
