import { decodePosition, encodePosition, type BookingChangeModel } from '../../domain/changes.js';
import { InvalidArgumentError } from '../../domain/errors.js';
import type { OrderItemModel } from '../../domain/order.js';
import type { Ledger } from '../../ledger/index.js';
import type { PageInfoModel } from '../order-pages.js';

export interface ChangeEdgeModel {
  readonly cursor: string;
  readonly node: BookingChangeModel;
}

export interface ChangeConnectionModel {
  readonly edges: readonly ChangeEdgeModel[];
  readonly pageInfo: PageInfoModel;
}

const MAX_HISTORY = 50;
const MAX_FEED_PAGE = 100;

function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1)
    throw new InvalidArgumentError('`first` must be a positive whole number.');
  return Math.min(first, max);
}

function position(after: string | null | undefined) {
  if (!after) return null;
  const decoded = decodePosition(after);
  if (!decoded) throw new InvalidArgumentError('`after` is not a valid cursor.');
  return decoded;
}

function connection(
  changes: readonly BookingChangeModel[],
  hasNextPage: boolean,
  after: unknown,
): ChangeConnectionModel {
  const edges = changes.map(node => ({ cursor: encodePosition(node.position), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The change feed as GraphQL pages: an item's history (its owner has been checked: the item was
 * read through the ownership rule), and the whole feed for backends. The feed's cursor is a position
 * the ledger only hands out once every change before it is visible, so following `endCursor` misses
 * nothing; when changes are held back behind an open transaction, `hasNextPage` is true and the next
 * page brings them.
 */
export function createChangesService(deps: { readonly ledger: Pick<Ledger, 'changes'> }) {
  return {
    async history(
      item: OrderItemModel,
      args: { first?: number | null; after?: string | null },
    ): Promise<ChangeConnectionModel> {
      const first = pageSize(args.first, 20, MAX_HISTORY);
      const after = position(args.after);
      const key = { provider: item.provider, orderRef: item.orderRef, itemRef: item.providerReference };
      const page = await deps.ledger.changes.forItem(key, { first, after });
      return connection(page.changes, page.hasNextPage, after);
    },

    async feed(args: { first?: number | null; after?: string | null }): Promise<ChangeConnectionModel> {
      const first = pageSize(args.first, 50, MAX_FEED_PAGE);
      const after = position(args.after);
      const page = await deps.ledger.changes.after(after ?? { tx: 0, seq: 0 }, first + 1);
      const changes = page.changes.slice(0, first);
      return connection(changes, page.changes.length > first || page.heldBack, after);
    },
  };
}

export type ChangesService = ReturnType<typeof createChangesService>;
