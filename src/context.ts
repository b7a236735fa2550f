import type { Caller } from './auth/tokens.js';
import type { Clock } from './domain/clock.js';
import type { OrderModel } from './domain/order.js';
import type { ProviderHealthModel } from './domain/provider.js';
import type { Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import type { Metrics } from './observability/metrics.js';
import type { SecurityEvents } from './observability/security-events.js';
import type { BookerCheck } from './services/booker-check.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { ProviderRegistry } from './providers/port.js';
import { createCancellationService, type CancellationService } from './services/cancellation/service.js';
import type { OutcomeOutbox } from './services/cancellation/outbox.js';
import { createOrdersService, type OrdersService } from './services/orders-service.js';
import { createRegistrationService, type RegistrationService } from './services/registration-service.js';
import { readLiveItem, type LiveItemEvent, type LiveItems } from './services/live-items.js';

/** Long-lived dependencies, built once at start-up. */
export interface AppDeps {
  readonly ledger: Ledger;
  readonly providers: ProviderRegistry;
  /** Each provider's health, `simulated` included (development wiring knows which). */
  readonly providerHealth: () => ProviderHealthModel[];
  readonly clock: Clock;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Sees every order a provider returns (unknown-value metrics). */
  readonly observeOrder: (order: OrderModel) => void;
  readonly security: SecurityEvents;
  readonly bookerMatches: BookerCheck;
  /** Cancellation outcomes the provider gave but the journal could not take yet (retried in the background). */
  readonly outbox: OutcomeOutbox;
  /** This process's id among the gateway instances sharing the ledger. */
  readonly instanceId: string;
  /** The per-order cancellation lock's lease. */
  readonly lockLeaseMs: number;
  /** Live subscriptions' item watches (one poll loop per item). */
  readonly live: LiveItems;
}

/** Per-request context: the caller, fresh loaders and services bound to them. Nothing here is shared. */
export interface Context {
  readonly caller: Caller;
  readonly requestId: string;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly loaders: Loaders;
  readonly services: {
    readonly orders: OrdersService;
    readonly cancellation: CancellationService;
    readonly registration: RegistrationService;
    readonly providerHealth: () => ProviderHealthModel[];
    readonly live: LiveItems;
  };
}

/** Fresh loaders and the orders service over them: one request's (or one live poll's) reads. */
function freshOrders(deps: AppDeps) {
  const loaders = createLoaders(deps.providers, deps.observeOrder);
  const orders = createOrdersService({
    ledger: deps.ledger,
    loaders,
    clock: deps.clock,
    bookerMatches: deps.bookerMatches,
  });
  return { loaders, orders };
}

export function createContext(deps: AppDeps, caller: Caller, requestId: string): Context {
  const { loaders, orders } = freshOrders(deps);
  return {
    caller,
    requestId,
    logger: deps.logger.child({ requestId }),
    clock: deps.clock,
    loaders,
    services: {
      orders,
      cancellation: createCancellationService({
        ledger: deps.ledger,
        providers: deps.providers,
        loaders,
        clock: deps.clock,
        logger: deps.logger,
        metrics: deps.metrics,
        security: deps.security,
        bookerMatches: deps.bookerMatches,
        outbox: deps.outbox,
        instanceId: deps.instanceId,
        lockLeaseMs: deps.lockLeaseMs,
        itemsChanged: ids => deps.live.nudge(ids),
      }),
      registration: createRegistrationService({
        ledger: deps.ledger,
        providers: deps.providers,
        clock: deps.clock,
      }),
      providerHealth: deps.providerHealth,
      live: deps.live,
    },
  };
}

/** One live poll, with loaders of its own: what a subscriber would read now. */
export function pollLiveItem(deps: AppDeps, itemId: string): Promise<LiveItemEvent | null> {
  return readLiveItem(freshOrders(deps).orders, itemId);
}
