import { InvalidArgumentError } from '../domain/errors.js';
import { isCancelledStatus, startInstant, type OrderItemModel, type OrderModel } from '../domain/order.js';
import { ProviderCallError } from '../domain/provider-failure.js';
import type { ProviderErrorCode } from '../domain/provider-failure.js';
import type { ProviderId } from '../domain/provider.js';
import { decodeCursor, encodeCursor } from '../ledger/customer-orders.js';
import type { OwnershipRecord } from '../ledger/ownership.js';
import { decodeOpaqueCursor, encodeOpaqueCursor } from '../lib/opaque-cursor.js';
import type { Clock } from '../domain/clock.js';
import type { Ledger } from '../ledger/index.js';
import type { RequestScope } from './scope.js';
import type { BookerCheck } from './booker-check.js';
import { toProviderCallError } from '../providers/http-faults.js';

export const MAX_PAGE_SIZE = 50;
/** Upcoming items are computed over at most this many of the customer's newest orders. */
export const UPCOMING_ORDER_SCAN_LIMIT = 200;

export interface ViewerModel {
  readonly customerId: string;
}

/** A supergraph's customer entity: only its key; the users subgraph owns everything else about them. */
export interface CustomerModel {
  readonly id: string;
}

export interface ProviderOutageModel {
  readonly provider: ProviderId;
  readonly code: ProviderErrorCode;
  readonly retryable: boolean;
}

/** Relay's PageInfo for forward-only paging. */
export interface PageInfoModel {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface OrderEdgeModel {
  readonly cursor: string;
  /** The order, or the failure that nulls this edge's node. */
  readonly node: OrderModel | null | ProviderCallError;
}

export interface OrderConnectionModel {
  readonly edges: readonly OrderEdgeModel[];
  readonly pageInfo: PageInfoModel;
  readonly providerOutages: readonly ProviderOutageModel[];
}

export interface OrderItemConnectionModel {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: OrderItemModel }>;
  readonly pageInfo: PageInfoModel;
  readonly providerOutages: readonly ProviderOutageModel[];
}

/** What reading orders needs beyond the request: built once at start-up. */
export interface OrdersDeps {
  readonly ledger: Pick<Ledger, 'ownership' | 'itemNotes'>;
  readonly clock: Clock;
  readonly bookerMatches: BookerCheck;
}

function clampFirst(first: number | null | undefined): number {
  if (first === null || first === undefined) return 20;
  if (!Number.isInteger(first) || first < 1)
    throw new InvalidArgumentError('`first` must be a positive whole number.');
  return Math.min(first, MAX_PAGE_SIZE);
}

/**
 * Paging is forward-only, so `hasPreviousPage` is what is known cheaply: a page asked for after a
 * cursor has entries before it (Relay allows `false` when it cannot be told efficiently).
 */
function pageInfo(
  edges: readonly { readonly cursor: string }[],
  hasNextPage: boolean,
  after: unknown,
): PageInfoModel {
  return {
    hasNextPage,
    hasPreviousPage: after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
}

function outagesOf(failures: readonly unknown[]): ProviderOutageModel[] {
  const byProvider = new Map<ProviderId, ProviderOutageModel>();
  for (const failure of failures) {
    if (failure instanceof ProviderCallError && !byProvider.has(failure.provider)) {
      byProvider.set(failure.provider, {
        provider: failure.provider,
        code: failure.code,
        retryable: failure.retryable,
      });
    }
  }
  return [...byProvider.values()];
}

/** A page of the caller's records loaded together (one batch per provider); a booker mismatch reads as missing. */
async function loadPage(
  { bookerMatches }: OrdersDeps,
  { loaders }: RequestScope,
  records: readonly OwnershipRecord[],
): Promise<Array<OrderModel | null | Error>> {
  const loaded = await loaders.order.loadMany(
    records.map(r => ({ provider: r.provider, orderRef: r.providerReference })),
  );
  return Promise.all(
    loaded.map(async (order, i) => {
      const record = records[i];
      if (!order || order instanceof Error || !record) return order ?? null;
      return (await bookerMatches(record, order)) ? order : null;
    }),
  );
}

export async function viewerOrdersPage(
  deps: OrdersDeps,
  scope: RequestScope,
  args: { first?: number | null; after?: string | null; providers?: readonly ProviderId[] | null },
): Promise<OrderConnectionModel> {
  const first = clampFirst(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  if (args.after && !after) throw new InvalidArgumentError('`after` is not a valid cursor.');
  const page = await deps.ledger.ownership.listForCustomer(scope.caller.customerId, {
    first,
    after,
    providers: args.providers ?? null,
  });
  const loaded = await loadPage(deps, scope, page.records);
  const edges = page.records.map((record, i) => {
    const node = loaded[i];
    return {
      cursor: encodeCursor(record),
      node: node instanceof Error ? toProviderCallError(record.provider, node, 'answer') : (node ?? null),
    };
  });
  return {
    edges,
    pageInfo: pageInfo(edges, page.hasNextPage, after),
    providerOutages: outagesOf(edges.map(e => e.node)),
  };
}

export async function upcomingItemsPage(
  deps: OrdersDeps,
  scope: RequestScope,
  args: { first?: number | null; after?: string | null },
): Promise<OrderItemConnectionModel> {
  const first = clampFirst(args.first);
  const after = args.after ? decodeItemCursor(args.after) : null;
  if (args.after && !after) throw new InvalidArgumentError('`after` is not a valid cursor.');
  const page = await deps.ledger.ownership.listForCustomer(scope.caller.customerId, {
    first: UPCOMING_ORDER_SCAN_LIMIT,
    after: null,
    providers: null,
  });
  const loaded = await loadPage(deps, scope, page.records);
  const now = deps.clock.now().getTime();
  const items = loaded
    .flatMap(order => (order && !(order instanceof Error) ? order.items : []))
    .filter(item => (startInstant(item)?.getTime() ?? -Infinity) > now && !isCancelledStatus(item.status))
    .map(item => ({ key: itemSortKey(item), node: item }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter(entry => after === null || entry.key > after);
  const edges = items.slice(0, first).map(({ key, node }) => ({ cursor: encodeOpaqueCursor(key), node }));
  return {
    edges,
    pageInfo: pageInfo(edges, items.length > first, after),
    providerOutages: outagesOf(
      page.records.map((r, i) =>
        loaded[i] instanceof Error ? toProviderCallError(r.provider, loaded[i], 'answer') : null,
      ),
    ),
  };
}

// Items sort by start time then id: ISO strings of one length sort as text. The cursor is that key.
function itemSortKey(item: OrderItemModel): string {
  return `${startInstant(item)?.toISOString() ?? ''}~${item.id}`;
}

function decodeItemCursor(cursor: string): string | null {
  const key = decodeOpaqueCursor(cursor, 600);
  return key !== null && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z~[A-Za-z0-9_-]{1,400}$/.test(key)
    ? key
    : null;
}
