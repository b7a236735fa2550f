import type { WebhookEndpointConfig } from '../../config-webhooks.js';
import type { EndpointState } from '../../ledger/webhooks.js';
import { EndpointWorker, type WebhookWorkerDeps } from './worker.js';

export interface WebhookEndpointStatus extends EndpointState {
  readonly url: string;
}

/** An endpoint's URL as operators see it: scheme, host and path; never a query (it may hold a token). */
export const displayUrl = (url: string): string => {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
};

/**
 * Every configured endpoint's worker, each in its own loop: a round right after a round that found
 * more to do, else at the next signal from the feed or after `idleMs` (which also bounds how soon a
 * retry falls due and how soon a replica notices an endpoint whose holder died).
 */
export class Webhooks {
  private stopped = false;
  private readonly workers: EndpointWorker[];
  private readonly wakers = new Set<() => void>();
  private readonly unsubscribe: () => void;
  private readonly loops: Promise<unknown>;
  readonly ready: Promise<unknown>;

  constructor(
    private readonly endpoints: readonly WebhookEndpointConfig[],
    private readonly deps: WebhookWorkerDeps,
    private readonly idleMs = 1_000,
  ) {
    this.workers = endpoints.map(endpoint => new EndpointWorker(endpoint, deps));
    this.unsubscribe = deps.ledger.feedSignal.subscribe(() => this.wakeAll());
    // A new endpoint starts at the feed's head: it gets what comes next, not the whole history.
    this.ready = Promise.all(
      endpoints.map(async e => deps.ledger.webhooks.ensureEndpoint(e.id, await deps.ledger.changes.head())),
    );
    this.loops = this.ready.then(() => Promise.all(this.workers.map(worker => this.loop(worker))));
  }

  /** Each configured endpoint's state in the ledger (the admin query). */
  async statuses(): Promise<WebhookEndpointStatus[]> {
    const states = await Promise.all(this.endpoints.map(e => this.deps.ledger.webhooks.state(e.id)));
    return this.endpoints.flatMap((endpoint, i) => {
      const state = states[i];
      return state ? [{ ...state, url: displayUrl(endpoint.url) }] : [];
    });
  }

  /** Dead letters due again and the endpoint on again; null for an endpoint not configured here. */
  async redeliver(endpointId: string): Promise<number | null> {
    if (!this.endpoints.some(e => e.id === endpointId)) return null;
    const count = await this.deps.ledger.webhooks.redeliverDead(endpointId, this.deps.clock.now());
    this.wakeAll();
    return count;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    this.wakeAll();
    await this.loops.catch(() => undefined);
    await Promise.all(this.workers.map(w => w.release().catch(() => undefined)));
  }

  private wakeAll(): void {
    for (const wake of [...this.wakers]) wake();
  }

  private async loop(worker: EndpointWorker): Promise<void> {
    while (!this.stopped) {
      const more = await worker.round().catch((error: unknown) => {
        this.deps.logger.warn(
          { endpoint: worker.id, err: error instanceof Error ? error.name : 'error' },
          'webhook round failed; retrying',
        );
        return false;
      });
      if (!more && !this.stopped) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise(resolve => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.idleMs);
      this.wakers.add(done);
    });
  }
}
