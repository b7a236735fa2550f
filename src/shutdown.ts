import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import type { StartedProviders } from './providers/start.js';
import type { Gateway } from './server/index.js';
import type { Reconciler } from './services/cancellation/reconciler.js';

/**
 * Drain first (readiness off, new work refused, subscriptions closed, in-flight work finished) while
 * the reconciler finishes its pass; only then close what that work needed.
 */
export async function shutdown(parts: {
  config: Config;
  logger: Logger;
  reconciler: Reconciler;
  core: { readonly gateway: Gateway; stop(): Promise<void> };
  server: Server;
  providers: StartedProviders;
  simulation: { close(): Promise<void> } | null;
  ledger: Ledger;
}): Promise<void> {
  const { config, core, server } = parts;
  const grace = config.shutdownGraceMs;
  const [, left] = await Promise.all([
    parts.reconciler.stop(),
    core.gateway.drain(grace, grace + config.requestDeadlineMs),
  ]);
  if (left.open > 0) parts.logger.warn(left, 'shutdown: grace period over; cutting requests still open');
  const closing = new Promise<void>(resolve => server.close(() => resolve()));
  server.closeAllConnections();
  await core.gateway.stop();
  await closing;
  // After every cancel has answered: the outbox's last outcomes reach the journal.
  await core.stop();
  await parts.providers.close();
  await parts.simulation?.close();
  await parts.ledger.close();
}
