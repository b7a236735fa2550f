import { pushable, type Pushable } from 'it-pushable';
import type { OrderItemModel, OrderModel } from '../domain/order.js';
import { orderId } from '../domain/ids.js';
import { decodeIdOfType } from '../providers/ids.js';
import type { Logger } from '../lib/logger.js';
import type { OrdersService } from './orders-service.js';
import type { RequestScope } from './scope.js';

/** One reading of a watched item: the item, its order (to prime the event's loaders) and what changed. */
export interface LiveItemEvent {
  readonly item: OrderItemModel;
  readonly order: OrderModel;
  /** Status and cancellation as a customer sees them: an event goes out only when this changes. */
  readonly signature: string;
}

export interface LiveItemsOptions {
  /** Bound on live subscriptions per customer, across connections and replicas' sockets to this one. */
  readonly perCaller: number;
  /** Poll interval while nothing is in flux. */
  readonly pollMs: number;
  /** First poll interval while a cancellation is pending; doubles up to `pollMs`. */
  readonly pendingPollMs: number;
}

/** The item does not exist (or vanished at the provider): the subscription ends with NOT_FOUND. */
export class LiveItemNotFound extends Error {
  override readonly name = 'LiveItemNotFound';
}

export class TooManySubscriptions extends Error {
  override readonly name = 'TooManySubscriptions';
  constructor(readonly limit: number) {
    super(`At most ${limit} live subscriptions per customer.`);
  }
}

interface Watch {
  readonly subscribers: Set<Pushable<LiveItemEvent>>;
  last: LiveItemEvent | null;
  delayMs: number;
  /** The last poll found the item pending: the next delay doubles rather than starting over. */
  inFlux: boolean;
  timer: NodeJS.Timeout | null;
  polling: boolean;
  /** A nudge arrived while polling: poll again as soon as this one lands. */
  again: boolean;
}

const IN_FLUX = new Set(['CANCELLATION_PENDING', 'PENDING']);

/**
 * Live items: one poll loop per item, however many subscribers, each subscriber a queue that ends
 * at once when it unsubscribes (so the per-customer count is never stale). Polls back off from
 * `pendingPollMs` while the item is pending and run every `pollMs` otherwise; a provider fault keeps
 * the subscription and retries on the backed-off schedule. A cancel settled here nudges a poll now.
 */
export class LiveItems {
  private readonly watches = new Map<string, Watch>();
  private readonly perCaller = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly read: (itemId: string) => Promise<LiveItemEvent | null>,
    private readonly options: LiveItemsOptions,
    private readonly logger: Logger,
  ) {}

  /** Open subscriptions, and the items they watch (one poll loop each): `/metrics` reads these. */
  counts(): { subscriptions: number; items: number } {
    let subscriptions = 0;
    for (const n of this.perCaller.values()) subscriptions += n;
    return { subscriptions, items: this.watches.size };
  }

  /**
   * The item's events for one subscriber, the latest known state first. Ownership is the caller's
   * job (checked in the ledger before this is called); `itemId` must be the canonical global id.
   */
  watch(customerId: string, itemId: string): AsyncIterable<LiveItemEvent> {
    const count = this.perCaller.get(customerId) ?? 0;
    if (count >= this.options.perCaller) throw new TooManySubscriptions(this.options.perCaller);
    this.perCaller.set(customerId, count + 1);
    const subscriber: Pushable<LiveItemEvent> = pushable<LiveItemEvent>({
      objectMode: true,
      onEnd: () => this.leave(itemId, customerId, subscriber),
    });
    const existing = this.watches.get(itemId);
    if (existing) {
      existing.subscribers.add(subscriber);
      if (existing.last) subscriber.push(existing.last);
      return subscriber;
    }
    const watch: Watch = {
      subscribers: new Set([subscriber]),
      last: null,
      delayMs: this.options.pollMs,
      inFlux: false,
      timer: null,
      polling: false,
      again: false,
    };
    this.watches.set(itemId, watch);
    void this.poll(itemId, watch);
    return subscriber;
  }

  /** Something changed these items here (a cancel settled): poll them now rather than on schedule. */
  nudge(itemIds: readonly string[]): void {
    for (const itemId of new Set(itemIds)) {
      const watch = this.watches.get(itemId);
      if (!watch || this.closed) continue;
      if (watch.polling) {
        watch.again = true;
        continue;
      }
      if (watch.timer) clearTimeout(watch.timer);
      watch.inFlux = false;
      void this.poll(itemId, watch);
    }
  }

  /** Shutdown: no more polls; every subscriber's stream ends. */
  close(): void {
    this.closed = true;
    for (const watch of this.watches.values()) {
      if (watch.timer) clearTimeout(watch.timer);
      for (const subscriber of watch.subscribers) subscriber.end();
    }
    this.watches.clear();
  }

  private backOff(watch: Watch): number {
    return Math.min(this.options.pollMs, Math.max(this.options.pendingPollMs, watch.delayMs * 2));
  }

  private async poll(itemId: string, watch: Watch): Promise<void> {
    watch.timer = null;
    watch.polling = true;
    try {
      const event = await this.read(itemId);
      if (!event) {
        for (const subscriber of watch.subscribers)
          subscriber.end(new LiveItemNotFound('Order item not found.'));
        return;
      }
      if (event.signature !== watch.last?.signature) {
        watch.last = event;
        for (const subscriber of watch.subscribers) subscriber.push(event);
      }
      const inFlux = IN_FLUX.has(event.item.status);
      // Pending: start at pendingPollMs and double; settled: the steady interval.
      watch.delayMs = !inFlux
        ? this.options.pollMs
        : watch.inFlux
          ? this.backOff(watch)
          : this.options.pendingPollMs;
      watch.inFlux = inFlux;
    } catch (error) {
      const cause = error instanceof Error ? error.name : 'unknown';
      this.logger.warn({ cause }, 'live item poll failed; retrying');
      watch.delayMs = this.backOff(watch);
    } finally {
      watch.polling = false;
    }
    if (watch.again) {
      watch.again = false;
      watch.inFlux = false;
      return this.poll(itemId, watch);
    }
    if (this.closed || watch.subscribers.size === 0) return;
    watch.timer = setTimeout(() => void this.poll(itemId, watch), watch.delayMs);
    watch.timer.unref();
  }

  private leave(itemId: string, customerId: string, subscriber: Pushable<LiveItemEvent>): void {
    const watch = this.watches.get(itemId);
    if (!watch?.subscribers.delete(subscriber)) return;
    const left = (this.perCaller.get(customerId) ?? 1) - 1;
    if (left > 0) this.perCaller.set(customerId, left);
    else this.perCaller.delete(customerId);
    if (watch.subscribers.size > 0) return;
    if (watch.timer) clearTimeout(watch.timer);
    this.watches.delete(itemId);
  }
}

/** One poll: the item through the orders service with the poll's own scope (fresh loaders). */
export async function readLiveItem(
  orders: OrdersService,
  scope: RequestScope,
  itemId: string,
): Promise<LiveItemEvent | null> {
  const decoded = decodeIdOfType(itemId, 'OrderItem');
  if (!decoded) return null;
  const order = await orders.orderById(scope, orderId(decoded.provider, decoded.orderRef));
  const item = order?.items.find(i => i.providerReference === decoded.itemRef);
  if (!order || !item) return null;
  const cancellation = await orders.items.cancellation(scope, item);
  return { item, order, signature: JSON.stringify([item.status, cancellation]) };
}
