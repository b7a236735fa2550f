import type { Caller } from './auth/tokens.js';
import type { Clock } from './domain/clock.js';
import type { Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { ProviderRegistry } from './providers/port.js';
import { createCancellationService, type CancellationService } from './services/cancellation/service.js';
import { createOrdersService, type OrdersService } from './services/orders-service.js';
import { createRegistrationService, type RegistrationService } from './services/registration-service.js';

/** Long-lived dependencies, built once at start-up. */
export interface AppDeps {
  readonly ledger: Ledger;
  readonly providers: ProviderRegistry;
  readonly clock: Clock;
  readonly logger: Logger;
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
    readonly providers: ProviderRegistry;
  };
}

export function createContext(deps: AppDeps, caller: Caller, requestId: string): Context {
  const loaders = createLoaders(deps.providers);
  const orders = createOrdersService({ ledger: deps.ledger, loaders, clock: deps.clock });
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
      }),
      registration: createRegistrationService({
        ledger: deps.ledger,
        providers: deps.providers,
        clock: deps.clock,
      }),
      providers: deps.providers,
    },
  };
}
