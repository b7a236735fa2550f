import type { AuthSettings } from './auth/tokens.js';
import { startChanges } from './changes-wiring.js';
import { startWebhookDelivery } from './webhooks-wiring.js';
import type { Config } from './config.js';
import { createApp, pollLiveItem, type AppDeps } from './context.js';
import type { Clock } from './domain/clock.js';
import type { Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import type { Metrics } from './observability/metrics.js';
import { registerOperationsMetrics } from './observability/operations-metrics.js';
import { createSecurityEvents } from './observability/security-events.js';
import { unknownValueWatcher } from './observability/unknown-values.js';
import type { StartedProviders } from './providers/start.js';
import { decodeIdOfType } from './providers/ids.js';
import { createGateway, type SandboxOptions, type ServerOptions } from './server/index.js';
import { createBookerCheck } from './services/booker-check.js';
import { createOutcomeOutbox } from './services/cancellation/outbox.js';
import { startInstanceHeartbeat } from './services/instance-heartbeat.js';
import { LiveItems } from './services/live-items.js';

/** The GraphQL app and the services that outlive a request: outbox, heartbeat, metrics watchers. */
export async function startCore(parts: {
  config: Config;
  ledger: Ledger;
  providers: StartedProviders;
  metrics: Metrics;
  clock: Clock;
  logger: Logger;
  auth: AuthSettings;
  sandbox: SandboxOptions | undefined;
  /** `null` leaves the watcher and feed follower stopped (tests drive them). */
  watchRoundMs: number | null;
}) {
  const { config, ledger, providers, metrics, clock, logger } = parts;
  const security = createSecurityEvents(metrics, logger);
  const outbox = createOutcomeOutbox({ journal: ledger.journal, clock, logger });
  const instance = await startInstanceHeartbeat(ledger, clock, logger);
  metrics.watchProviders(providers.health);
  // The live hub polls through the app it is part of (bound below, read only once polling starts).
  const live = new LiveItems(itemId => pollLiveItem(app, itemId), config.subscriptions, logger);
  registerOperationsMetrics(metrics.registry, { live, outbox, journal: ledger.journal, clock });
  const webhooks = await startWebhookDelivery(parts, instance.id);
  const changes = await startChanges(parts, instance.id, live, () => app.newLoaders({ observe: false }));
  const app: AppDeps = createApp({
    ledger,
    providers: providers.registry,
    providerHealth: providers.health,
    clock,
    logger,
    metrics,
    observeOrder: unknownValueWatcher(metrics, logger),
    security,
    bookerMatches: createBookerCheck(ledger, security),
    outbox,
    instanceId: instance.id,
    lockLeaseMs: config.cancelLockLeaseMs,
    itemsChanged: ids => {
      // A settled cancel, its answer committed: this replica's next read sees its notes.
      ledger.itemNotes.forgetOrders(ids.flatMap(id => decodeIdOfType(id, 'OrderItem') ?? []));
      live.nudge(ids);
    },
    live,
    observeChanges: changes.observe,
    webhooks,
  });
  const gateway = await createGateway(app, serverOptions(config, parts.auth, parts.sandbox));
  if (parts.watchRoundMs !== null) await changes.start(parts.watchRoundMs);
  return {
    app,
    gateway,
    outbox,
    changes,
    instanceId: instance.id,
    async stop() {
      await changes.stop();
      await webhooks.stop();
      await outbox.stop();
      await instance.stop();
    },
  };
}

/** The HTTP server's settings, from the configuration. */
function serverOptions(
  config: Config,
  auth: AuthSettings,
  sandbox: SandboxOptions | undefined,
): ServerOptions {
  return {
    auth,
    rateLimitPerMinute: config.rateLimitPerMinute,
    serviceRateLimitPerMinute: config.serviceRateLimitPerMinute,
    requestDeadlineMs: config.requestDeadlineMs,
    metricsToken: config.metricsToken,
    corsOrigins: config.corsOrigins,
    production: config.env !== 'development',
    introspection: config.graphql.introspection,
    landingPage: config.graphql.landingPage,
    trustedDocuments: config.graphql.trustedDocuments,
    ...(sandbox ? { sandbox } : {}),
  };
}
