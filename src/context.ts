import type { Caller } from './auth/tokens.js';
import type { OrderModel } from './domain/order.js';
import type { ProviderHealthModel } from './domain/provider.js';
import type { Logger } from './lib/logger.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import { createCancellationService, type CancellationService } from './services/cancellation/service.js';
import type { CancellationDeps } from './services/cancellation/deps.js';
import { createOrdersService, type OrdersService } from './services/orders-service.js';
import { createRegistrationService, type RegistrationService } from './services/registration-service.js';
import { readLiveItem, type LiveItemEvent, type LiveItems } from './services/live-items.js';
import type { RequestScope } from './services/scope.js';
import type { WebhookAdmin } from './services/webhooks/admin.js';
import { createChangesService, type ChangesService } from './services/changes/pages.js';

/** Long-lived dependencies, built once at start-up: what every service is built from. */
export interface CoreDeps extends CancellationDeps {
  /** Each provider's health, `simulated` included (development wiring knows which). */
  readonly providerHealth: () => ProviderHealthModel[];
  /** Sees every order a provider returns (unknown-value metrics). */
  readonly observeOrder: (order: OrderModel) => void;
  /** Live subscriptions' item watches (one poll loop per item). */
  readonly live: LiveItems;
  /** Webhook endpoints, for operators (none configured: an empty list). */
  readonly webhooks: WebhookAdmin;
  /** Told of every order a request reads, with when its read began (the change feed's observer). */
  readonly observeChanges?: (order: OrderModel, readStartedAt: Date) => void;
}

/** The services, built once at start-up; each call takes the request's scope. */
export interface Services {
  readonly orders: OrdersService;
  readonly cancellation: CancellationService;
  readonly registration: RegistrationService;
  readonly changes: ChangesService;
  readonly webhooks: WebhookAdmin;
  readonly providerHealth: () => ProviderHealthModel[];
  readonly live: LiveItems;
}

/** What the server is handed: the long-lived dependencies, the services, and a way to make loaders. */
export interface AppDeps extends CoreDeps {
  readonly services: Services;
  /** A request's own loaders (never shared between requests); `observe: false` keeps them from the change observer. */
  newLoaders(options?: { observe?: boolean }): Loaders;
}

/** Per-request context: the request's scope (caller, loaders, correlation id), its logger, the services. */
export interface Context extends RequestScope {
  readonly logger: Logger;
  readonly services: Services;
}

/** Builds the services once, and the loaders factory every request and background reader uses. */
export function createApp(core: CoreDeps): AppDeps {
  const newLoaders = ({ observe = true }: { observe?: boolean } = {}) =>
    createLoaders({
      providers: core.providers,
      ownership: core.ledger.ownership,
      itemNotes: core.ledger.itemNotes,
      onLoaded: (order, readStartedAt) => {
        core.observeOrder(order);
        if (observe) core.observeChanges?.(order, readStartedAt);
      },
      now: () => core.clock.now(),
    });
  const services: Services = {
    orders: createOrdersService(core),
    cancellation: createCancellationService(core),
    registration: createRegistrationService(core),
    changes: createChangesService(core),
    webhooks: core.webhooks,
    providerHealth: core.providerHealth,
    live: core.live,
  };
  return { ...core, services, newLoaders };
}

/**
 * A request's context. The child logger (a copy of the bindings) is made only by a request that
 * logs, few do: the getter lives on the prototype because Apollo copies the context's own
 * properties into a fresh object per operation, which would call an own getter at once.
 */
class RequestContext implements Context {
  private child: Logger | null = null;

  constructor(
    readonly caller: Caller,
    readonly correlationId: string,
    readonly loaders: Loaders,
    readonly services: Services,
    private readonly base: Logger,
  ) {}

  get logger(): Logger {
    return (this.child ??= this.base.child({ correlationId: this.correlationId }));
  }
}

export function createContext(app: AppDeps, caller: Caller, correlationId: string): Context {
  return new RequestContext(caller, correlationId, app.newLoaders(), app.services, app.logger);
}

/** Polls read as the gateway itself: ownership was checked when each subscriber subscribed. */
const LIVE_READER: Caller = { customerId: 'live-items', scopes: new Set(['orders:read', 'orders:admin']) };

/** One live poll, with loaders of its own (so never a cached answer): what a subscriber would read now. */
export function pollLiveItem(app: AppDeps, itemId: string): Promise<LiveItemEvent | null> {
  const scope = { caller: LIVE_READER, loaders: app.newLoaders(), correlationId: 'live-poll' };
  return readLiveItem(app.services.orders, scope, itemId);
}
