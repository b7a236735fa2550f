import { done, notFound, text } from '../provider-side.js';
import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import {
  collection,
  itemDocument,
  openActiveError,
  orderDocument,
  startOf,
  type Clocked,
} from './documents.js';
import { iminSeed, type SimOrder } from './seed.js';
import { patchOrder, type IminState } from './patch.js';

export interface IminSimulatorOptions {
  readonly apiKey: string;
  /** How long an accepted cancel stays `CustomerCancellationPending`. */
  readonly pendingMs?: number;
  readonly now?: () => number;
  readonly seed?: SimOrder[];
  readonly itemsPerPage?: number;
  /** The loopback port to listen on (default: any free one). */
  readonly port?: number;
}

export interface IminSimulator {
  readonly url: string;
  readonly server: SimServer;
  readonly orders: ReadonlyMap<string, SimOrder>;
  /** Cancels applied per item identifier: never more than one is the invariant tests check. */
  readonly appliedCancels: Map<string, number>;
  /** Cancels received for items already cancelled or pending: accepted (idempotent), but a gateway should not send them. */
  readonly repeatCancels: Map<string, number>;
  customerIdentifier(customer: 'alice' | 'bob'): string;
  /**
   * The seller cancels an item on its side (`SellerCancelled`; imin refunds it, guide 000): also
   * `POST /_simulator/seller-cancel {"order", "item"}` (the item's identifier).
   */
  sellerCancel(order: string, item: string): boolean;
  close(): Promise<void>;
}

/** The Open Booking API's media type: served on every answer, accepted (with plain JSON) on a PATCH. */
export const BOOKING_MEDIA_TYPE = 'application/vnd.openactive.booking+json; version=1';

const customerOf = (identifier: string | null) =>
  identifier?.startsWith('imin-customer-') ? identifier.slice('imin-customer-'.length) : null;

/** `GET /orders?customerIdentifier=`: the customer's orders, newest first, paged. */
function listOrders(state: IminState, req: SimRequest): SimResponse {
  const customer = customerOf(req.query.get('customerIdentifier'));
  const mine = [...state.orders.values()]
    .filter(o => o.customer === customer)
    .sort((a, b) => a.orderedHoursAgo - b.orderedHoursAgo);
  const documents = mine.map(o => orderDocument(state.ctx, o));
  return { status: 200, body: collection(state.ctx, req.path, req.query, documents, state.perPage) };
}

/** `GET /order-items?customerIdentifier=`: the customer's upcoming items, earliest first, paged. */
function listUpcoming(state: IminState, req: SimRequest): SimResponse {
  const { ctx } = state;
  const customer = customerOf(req.query.get('customerIdentifier'));
  const upcoming = [...state.orders.values()]
    .filter(o => o.customer === customer)
    .flatMap(order => order.items.map(item => ({ order, item })))
    .filter(({ item }) => startOf(ctx, item).getTime() > ctx.now())
    .sort((a, b) => startOf(ctx, a.item).getTime() - startOf(ctx, b.item).getTime())
    .map(({ order, item }) => ({
      ...itemDocument(ctx, order, item),
      'imin:order': { type: 'Order', identifier: order.uuid },
    }));
  return { status: 200, body: collection(ctx, req.path, req.query, upcoming, state.perPage) };
}

function route(state: IminState, apiKey: string, req: SimRequest): SimResponse {
  const key = header(req, 'x-api-key');
  if (!key) return { status: 403, body: openActiveError('NoAPITokenError', 'An API key is required.') };
  if (key !== apiKey)
    return { status: 401, body: openActiveError('InvalidAPITokenError', 'The API key is not valid.') };
  const orderMatch = /^\/orders\/([^/]+)$/.exec(req.path);
  const uuid = decodeURIComponent(orderMatch?.[1] ?? '');
  if (req.method === 'GET' && orderMatch) {
    const order = state.orders.get(uuid);
    return order
      ? { status: 200, body: orderDocument(state.ctx, order) }
      : { status: 404, body: openActiveError('UnknownOrderError', 'No such Order.') };
  }
  if (req.method === 'PATCH' && orderMatch) return patchOrder(state, uuid, req);
  if (req.method === 'GET' && req.path === '/orders') return listOrders(state, req);
  if (req.method === 'GET' && req.path === '/order-items') return listUpcoming(state, req);
  return { status: 404, body: openActiveError('UnknownOrIncorrectEndpointError', 'Unknown endpoint.') };
}

/** A stateful imin Booking Platform on loopback, speaking the OpenActive Open Booking API as imin serves it. */
export async function startIminSimulator(options: IminSimulatorOptions): Promise<IminSimulator> {
  const now = options.now ?? Date.now;
  const state: IminState = {
    orders: new Map((options.seed ?? iminSeed()).map(o => [o.uuid, o])),
    appliedCancels: new Map(),
    repeatCancels: new Map(),
    perPage: options.itemsPerPage ?? 10,
    pendingMs: options.pendingMs ?? 1_500,
    ctx: { baseUrl: '', startedAt: Date.now(), now } satisfies Clocked,
    // Called only while serving, after `server` below exists.
    later: (ms, fn) => server.later(ms, fn),
  };
  const sellerCancel = (order: string, item: string) => {
    const found = state.orders.get(order)?.items.find(i => i.identifier === item);
    if (found) found.status = 'SellerCancelled';
    return found !== undefined;
  };
  const server = await startSimServer(
    req => {
      const response = route(state, options.apiKey, req);
      return { ...response, headers: { 'content-type': BOOKING_MEDIA_TYPE, ...response.headers } };
    },
    {
      basePath: '/api/v2',
      port: options.port ?? 0,
      control: {
        'seller-cancel': body =>
          sellerCancel(text(body, 'order'), text(body, 'item')) ? done : notFound('order item'),
      },
    },
  );
  state.ctx = { ...state.ctx, baseUrl: server.url };
  return {
    url: server.url,
    server,
    orders: state.orders,
    appliedCancels: state.appliedCancels,
    repeatCancels: state.repeatCancels,
    customerIdentifier: customer => `imin-customer-${customer}`,
    sellerCancel,
    close: () => server.close(),
  };
}
