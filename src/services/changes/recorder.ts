import { LRUCache } from 'lru-cache';
import type { BookingChangeModel } from '../../domain/changes.js';
import type { Clock } from '../../domain/clock.js';
import type { OrderModel, OrderRef } from '../../domain/order.js';
import type { Ledger } from '../../ledger/index.js';
import { knownFrom, providerChanges, type KnownItem } from './diff.js';
import { afterFailure, nextCheck, type WatchSchedule } from './schedule.js';

export type Recorded = 'recorded' | 'unchanged' | 'failed' | 'not_held' | 'stale' | 'busy';

const itemKey = (provider: string, orderRef: string, itemRef: string) => `${provider}|${orderRef}|${itemRef}`;

/**
 * Records what a provider shows for an order as changes made on its side, once: the diff against
 * what the feed last knew is taken with the order's watch row locked, in the same transaction that
 * appends the changes and sets the next check. A watcher's check (with its lease) and an ordinary
 * read that saw something new (without one) take turns on that lock, so neither writes a change
 * the other already wrote; a read older than the feed's latest change of the order is not recorded.
 */
export class ChangeRecorder {
  /** What this replica knows of items, so an ordinary read that shows nothing new costs no query. */
  private readonly known = new LRUCache<string, KnownItem>({ max: 50_000 });

  constructor(
    private readonly deps: {
      readonly ledger: Pick<Ledger, 'transact' | 'changes' | 'watches' | 'journal'>;
      readonly clock: Clock;
      readonly schedule: WatchSchedule;
    },
  ) {}

  /** True when this replica knows every item of the order in the state the provider shows. */
  knowsAsIs(order: OrderModel): boolean {
    return order.items.every(item => {
      const known = this.known.get(itemKey(item.provider, item.orderRef, item.providerReference));
      return (
        known !== undefined && known.status === item.status && known.providerStatus === item.providerStatus
      );
    });
  }

  /** The feed moved (here or on another replica): keep what it says of each item. */
  learn(changes: readonly BookingChangeModel[]): void {
    for (const change of changes)
      if (change.itemRef)
        this.known.set(itemKey(change.provider, change.orderRef, change.itemRef), knownFrom(change));
  }

  /**
   * Records the provider's answer for `ref` from a read that began at `readAt`: an order, or null/an error when it could
   * not be read (the next check backs off). `owner`: the watcher holding the order's lease (null for
   * an ordinary read, which counts as a check too).
   */
  async record(
    ref: OrderRef,
    answer: OrderModel | null | Error,
    readAt: Date,
    owner: string | null,
  ): Promise<Recorded> {
    const { ledger, clock, schedule } = this.deps;
    const result = await ledger.transact(async trx => {
      const watch = await ledger.watches.lockForCheck(trx, ref, owner);
      if (!watch) return { recorded: 'not_held' as const, changes: [] };
      const now = clock.now();
      if (!answer || answer instanceof Error) {
        await ledger.watches.checked(trx, ref, now, afterFailure(now, watch.failures + 1, schedule), {
          failed: true,
        });
        return { recorded: 'failed' as const, changes: [] };
      }
      // A cancel of the order under way writes its own history; what it makes the provider show is its.
      if (await ledger.journal.cancelUnderWay(ref, now, trx)) {
        if (owner)
          await ledger.watches.checked(trx, ref, now, new Date(now.getTime() + schedule.pendingMs), {
            failed: false,
          });
        return { recorded: 'busy' as const, changes: [] };
      }
      const latest = await ledger.changes.latestByItem(ref, trx);
      const newest = Math.max(0, ...[...latest.values()].map(c => c.recordedAt.getTime()));
      // A change recorded after this read began may be newer than what it shows: recording the read
      // could be a step back (a cancel recorded while the read was in flight). Read again soon instead.
      if (newest > readAt.getTime()) {
        if (owner)
          await ledger.watches.checked(trx, ref, now, new Date(now.getTime() + schedule.pendingMs), {
            failed: false,
          });
        return { recorded: 'stale' as const, changes: [] };
      }
      const known = new Map([...latest].map(([itemRef, change]) => [itemRef, knownFrom(change)]));
      const changes = providerChanges(known, answer, now);
      await ledger.changes.append(trx, changes, now);
      const sinceChange = changes.length > 0 ? 0 : now.getTime() - newest;
      await ledger.watches.checked(trx, ref, now, nextCheck(answer, now, sinceChange, schedule), {
        failed: false,
      });
      return { recorded: changes.length > 0 ? ('recorded' as const) : ('unchanged' as const), changes };
    });
    for (const item of answer && !(answer instanceof Error) ? answer.items : [])
      this.known.set(itemKey(item.provider, item.orderRef, item.providerReference), {
        status: item.status,
        providerStatus: item.providerStatus,
        refundState: result.changes.find(c => c.itemRef === item.providerReference)?.refundState ?? null,
      });
    return result.recorded;
  }
}
