import type { ChangeInput } from '../../src/domain/changes.js';

/** A change to append in ledger tests, with overrides. */
export const change = (over: Partial<ChangeInput> = {}): ChangeInput => ({
  provider: 'IMIN',
  orderRef: 'order-1',
  itemRef: 'item-1',
  kind: 'STATUS_CHANGED',
  source: 'PROVIDER',
  actor: null,
  statusBefore: 'CONFIRMED',
  statusAfter: 'CANCELLED_BY_PROVIDER',
  providerStatus: null,
  refundState: null,
  refund: { amountMinor: 2100, currency: 'EUR' },
  fee: null,
  providerMessage: null,
  occurredAt: new Date('2030-01-01T00:00:00.000Z'),
  correlationId: null,
  journalId: null,
  ...over,
});

interface FeedPage<T> {
  readonly edges: ReadonlyArray<{ readonly node: T }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

/**
 * Every change a consumer gets paging `bookingChanges` from the start, each page's `endCursor` passed
 * as the next `after`, as the docs tell backends to (bounded: a feed that never ends fails the test).
 */
export async function readWholeFeed<T>(page: (after: string | null) => Promise<FeedPage<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let n = 0; n < 200; n++) {
    const conn = await page(after);
    all.push(...conn.edges.map(e => e.node));
    if (!conn.pageInfo.hasNextPage) return all;
    after = conn.pageInfo.endCursor ?? after;
  }
  throw new Error('the feed never ended');
}
