import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { simulatedEndpoints, type Config } from '../config.js';
import { PROVIDERS } from '../domain/provider.js';
import type { Logger } from '../lib/logger.js';

const LEDGER_FILES = ['ledger.sqlite', 'ledger.sqlite-wal', 'ledger.sqlite-shm'];

/**
 * Simulators keep their bookings in memory, so every start is a new demo. The ledger must start over
 * with them, or it would remember cancels, notes and Bókun snapshots of bookings that are fresh again.
 * Only the pure demo is reset: every provider simulated, on the embedded ledger. A PostgreSQL ledger
 * or any live provider is left alone (and the log says the demo may disagree with it).
 */
/** True when a start begins the demo over: every provider simulated, on the embedded ledger. */
export function demoStartsOver(config: Config): boolean {
  return simulatedEndpoints(config).length === PROVIDERS.length && !config.databaseUrl;
}

export function resetDemoLedger(config: Config, logger: Logger): void {
  const pureDemo = simulatedEndpoints(config).length === PROVIDERS.length;
  if (!demoStartsOver(config) || config.dataDir === ':memory:') {
    if (pureDemo && config.databaseUrl)
      logger.warn('development on PostgreSQL: the ledger keeps its rows while the simulators start over');
    return;
  }
  for (const name of LEDGER_FILES) rmSync(join(config.dataDir, name), { force: true });
  logger.info({ dataDir: config.dataDir }, 'development: the demo starts over (simulators and ledger)');
}
