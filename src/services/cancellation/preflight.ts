import type { CancellationOutcome } from '../../domain/cancellation.js';
import type { RefundQuoteModel } from '../../domain/cancellability.js';
import type { OrderItemModel, OrderModel } from '../../domain/order.js';
import { earlyRefusal, itemsCovered, quoteFor } from './decide.js';
import { endWithoutSending, readFresh, type Attempt } from './attempt.js';
import type { CancellationDeps } from './deps.js';
import { answered, customerCancel } from './history.js';

/** Ready to send: the fresh read and the quote the customer is held to. */
export interface Cleared {
  readonly order: OrderModel;
  readonly item: OrderItemModel;
  readonly quote: RefundQuoteModel | null;
}

export type Preflight =
  | { readonly go: true; readonly cleared: Cleared }
  | { readonly go: false; readonly outcome: CancellationOutcome };

/**
 * Everything decided before the provider is called, with the order locked: a fresh read, then the
 * refusals the policy and the request imply. Each stop is journalled; nothing has been sent.
 */
export async function preflight(deps: CancellationDeps, attempt: Attempt): Promise<Preflight> {
  const { entry, id, request } = attempt;
  const stop = (outcome: CancellationOutcome): Preflight => ({ go: false, outcome });
  let read;
  try {
    read = await readFresh(deps.bookerMatches, attempt.scope.loaders, id, attempt.owner);
  } catch {
    await endWithoutSending(deps, entry, 'NOT_SENT', null);
    return stop({
      kind: 'provider_unavailable',
      provider: id.provider,
      detail: null,
      retryAfterSeconds: null,
    });
  }
  if (!read)
    return stop(await endWithoutSending(deps, entry, 'ANSWERED', { kind: 'not_found' } as const, []));
  const { order, item } = read;
  const now = deps.clock.now();
  const refusal = earlyRefusal(order, item, now, {
    acceptWholeOrder: request.acceptWholeOrder === true,
    expectedRefund: attempt.expectedRefund,
  });
  if (refusal) {
    const changes = answered(customerCancel(attempt, now), refusal, order, item, null);
    return stop(await endWithoutSending(deps, entry, 'ANSWERED', refusal, changes));
  }
  return { go: true, cleared: { order, item, quote: quoteFor(itemsCovered(order, item), now) } };
}
