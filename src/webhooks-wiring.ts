import type { Config } from './config.js';
import type { Clock } from './domain/clock.js';
import type { Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import type { Metrics } from './observability/metrics.js';
import { registerWebhookMetrics } from './observability/webhook-metrics.js';
import { createWebhookSender } from './services/webhooks/send.js';
import type { WebhookAdmin } from './services/webhooks/admin.js';
import { Webhooks } from './services/webhooks/service.js';

const NONE: WebhookAdmin = {
  statuses: () => Promise.resolve([]),
  redeliver: () => Promise.resolve(null),
  stop: () => Promise.resolve(),
};

/** This process's webhook delivery, from `WEBHOOK_ENDPOINTS` (nothing runs without endpoints). */
export async function startWebhookDelivery(
  parts: { config: Config; ledger: Ledger; clock: Clock; logger: Logger; metrics: Metrics },
  instanceId: string,
): Promise<WebhookAdmin> {
  const { config, ledger, clock, logger } = parts;
  const settings = config.webhooks;
  if (settings.endpoints.length === 0) return NONE;
  const metrics = registerWebhookMetrics(parts.metrics.registry);
  const sender = createWebhookSender({ timeoutMs: settings.timeoutMs });
  const hooks = new Webhooks(settings.endpoints, {
    ledger,
    sender,
    clock,
    logger,
    instanceId,
    policy: { baseMs: settings.retryBaseMs, windowMs: settings.retryWindowMs },
    onDelivery: (endpoint, outcome) => metrics.delivered(endpoint, outcome),
    leaseMs: settings.leaseMs,
  });
  await hooks.ready;
  metrics.watch({ statuses: () => hooks.statuses(), clock });
  logger.info({ endpoints: settings.endpoints.map(e => e.id) }, 'webhook delivery started');
  return {
    statuses: () => hooks.statuses(),
    redeliver: id => hooks.redeliver(id),
    async stop() {
      await hooks.stop();
      await sender.close();
    },
  };
}
