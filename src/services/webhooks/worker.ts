import type { WebhookEndpointConfig } from '../../config-webhooks.js';
import type { Clock } from '../../domain/clock.js';
import { webhookEventOf } from '../../domain/webhook-events.js';
import type { Ledger } from '../../ledger/index.js';
import type { DueDelivery } from '../../ledger/webhooks.js';
import type { Logger } from '../../lib/logger.js';
import { deliveryKey, webhookEvent, webhookMessageId } from './payload.js';
import { retryWait, windowEnd, type RetryPolicy } from './retry.js';
import type { SendResult, WebhookSender } from './send.js';

export type DeliveryOutcome = 'delivered' | 'retry' | 'dead' | 'gone';

export interface WebhookWorkerDeps {
  readonly ledger: Ledger;
  readonly sender: WebhookSender;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly instanceId: string;
  readonly policy: RetryPolicy;
  readonly onDelivery?: (endpointId: string, outcome: DeliveryOutcome) => void;
  /** How long one process holds an endpoint before another may take it over (default 15 s). */
  readonly leaseMs?: number;
  /** Deliveries in flight at once for one endpoint (default 4). */
  readonly concurrency?: number;
}

/**
 * One endpoint's delivery, on whichever replica holds its lease: take new changes from the feed into
 * deliveries (and the endpoint's position past them, in one transaction), then send what is due.
 * Kill -9 loses nothing: the position and every delivery's state are in the ledger, and another
 * replica takes the lease over; a change sent but not yet recorded as delivered is sent again, with
 * the same `webhook-id`.
 */
export class EndpointWorker {
  private holding = false;
  private readonly lease: string;
  private readonly leaseMs: number;
  private readonly concurrency: number;

  constructor(
    private readonly endpoint: WebhookEndpointConfig,
    private readonly deps: WebhookWorkerDeps,
  ) {
    this.lease = `webhook:${endpoint.id}`;
    this.leaseMs = deps.leaseMs ?? 15_000;
    this.concurrency = deps.concurrency ?? 4;
  }

  get id(): string {
    return this.endpoint.id;
  }

  /** One round: hold the lease, take in new changes, send what is due. True when more is due now. */
  async round(): Promise<boolean> {
    const { ledger, clock, instanceId } = this.deps;
    const now = clock.now();
    this.holding = this.holding
      ? await ledger.leases.renew(this.lease, instanceId, now, this.leaseMs)
      : await ledger.leases.acquire(this.lease, instanceId, now, this.leaseMs);
    if (!this.holding) return false;
    const state = await ledger.webhooks.state(this.endpoint.id);
    if (!state) return false;
    const more = await this.takeIn(state.position);
    if (state.disabledAt) return false;
    const due = await ledger.webhooks.due(this.endpoint.id, clock.now(), this.concurrency);
    await Promise.all(due.map(delivery => this.attempt(delivery)));
    return more || due.length === this.concurrency;
  }

  /** Lets another replica take the endpoint at once (a clean stop). */
  async release(): Promise<void> {
    if (this.holding) await this.deps.ledger.leases.release(this.lease, this.deps.instanceId);
    this.holding = false;
  }

  private async takeIn(position: DueDelivery['change']['position']): Promise<boolean> {
    const { ledger, clock } = this.deps;
    const page = await ledger.changes.after(position, 200);
    const last = page.changes.at(-1);
    if (!last) return false;
    const wanted = page.changes.filter(
      change => !this.endpoint.events || this.endpoint.events.has(webhookEventOf(change.kind)),
    );
    await ledger.transact(trx =>
      ledger.webhooks.enqueue(
        trx,
        this.endpoint.id,
        wanted.map(change => ({ change, itemKey: deliveryKey(change) })),
        last.position,
        clock.now(),
      ),
    );
    return page.changes.length === 200;
  }

  private async attempt(delivery: DueDelivery): Promise<void> {
    const { ledger, clock, sender, policy, logger } = this.deps;
    const { change } = delivery;
    const record = (outcome: DeliveryOutcome, attempt: Parameters<typeof ledger.webhooks.recordAttempt>[2]) =>
      ledger.webhooks
        .recordAttempt(this.endpoint.id, change.id, attempt)
        .then(() => this.deps.onDelivery?.(this.endpoint.id, outcome));
    const end = windowEnd(policy, delivery.windowFrom);
    if (clock.now() >= end)
      return record('dead', { state: 'DEAD', at: clock.now(), status: null, error: null, attempted: false });
    const event = webhookEvent(change);
    const message = {
      url: this.endpoint.url,
      secrets: this.endpoint.secrets,
      id: webhookMessageId(this.endpoint.id, change.id),
      body: event.body,
    };
    const result = await sender.send(message, this.endpoint.id, delivery.attempts + 1, clock.now());
    const at = clock.now();
    if (result.kind === 'delivered')
      return record('delivered', { state: 'DELIVERED', at, status: result.status, error: null });
    if (result.kind === 'gone') {
      // 410 Gone: the receiver says the endpoint is no more. The change stays due for when an
      // operator turns the endpoint back on (the redeliver mutation does).
      logger.warn({ endpoint: this.endpoint.id }, 'webhook endpoint answered 410 Gone: disabled');
      await ledger.webhooks.disable(this.endpoint.id, at, 'answered 410 Gone');
      return record('gone', {
        state: 'PENDING',
        at,
        status: result.status,
        error: 'gone',
        nextAttemptAt: at,
      });
    }
    return this.failed(delivery, result, at, end, record);
  }

  private failed(
    delivery: DueDelivery,
    result: Extract<SendResult, { kind: 'failed' }>,
    at: Date,
    end: Date,
    record: (
      outcome: DeliveryOutcome,
      attempt: Parameters<Ledger['webhooks']['recordAttempt']>[2],
    ) => Promise<void>,
  ): Promise<void> {
    const next = new Date(at.getTime() + retryWait(this.deps.policy, delivery.attempts + 1));
    if (next >= end) {
      this.deps.logger.warn(
        { endpoint: this.endpoint.id, changeId: delivery.change.id, error: result.error },
        'webhook dead-lettered: its retry window passed',
      );
      return record('dead', { state: 'DEAD', at, status: result.status, error: result.error });
    }
    return record('retry', {
      state: 'PENDING',
      at,
      status: result.status,
      error: result.error,
      nextAttemptAt: next,
    });
  }
}
