import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import {
  collection,
  isPresentlyCancellable,
  itemDocument,
  itemIri,
  openActiveError,
  orderDocument,
  startOf,
  type Clocked,
} from './documents.js';
import { iminSeed, type SimOrder } from './seed.js';

export interface IminSimulatorOptions {
  readonly apiKey: string;
  /** How long an accepted cancel stays `CustomerCancellationPending`. */
  readonly pendingMs?: number;
  readonly now?: () => number;
  readonly seed?: SimOrder[];
  readonly itemsPerPage?: number;
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
  close(): Promise<void>;
}

const CANCELLED = 'https://openactive.io/CustomerCancelled';
/** The Open Booking API's media type: served on every answer, accepted (with plain JSON) on a PATCH. */
export const BOOKING_MEDIA_TYPE = 'application/vnd.openactive.booking+json; version=1';
const PATCH_KEYS = new Set(['@context', '@type', 'orderedItem']);
const ITEM_KEYS = new Set(['@type', '@id', 'orderItemStatus']);
// Custom-namespace properties (prefix:name) are allowed in a PATCH; anything else is excessive.
const isCustom = (key: string) => /^[a-z][a-z0-9-]*:[A-Za-z]/.test(key) && !key.startsWith('http');

/** A stateful imin Booking Platform on loopback, speaking the OpenActive Open Booking API as imin serves it. */
export async function startIminSimulator(options: IminSimulatorOptions): Promise<IminSimulator> {
  const startedAt = Date.now();
  const now = options.now ?? Date.now;
  const orders = new Map((options.seed ?? iminSeed()).map(o => [o.uuid, o]));
  const appliedCancels = new Map<string, number>();
  const repeatCancels = new Map<string, number>();
  const perPage = options.itemsPerPage ?? 10;
  let ctx: Clocked = { baseUrl: '', startedAt, now };

  const customerOf = (identifier: string | null) =>
    identifier?.startsWith('imin-customer-') ? identifier.slice('imin-customer-'.length) : null;

  function handle(req: SimRequest): SimResponse {
    const response = route(req);
    return { ...response, headers: { 'content-type': BOOKING_MEDIA_TYPE, ...response.headers } };
  }

  function route(req: SimRequest): SimResponse {
    const key = header(req, 'x-api-key');
    if (!key) return { status: 403, body: openActiveError('NoAPITokenError', 'An API key is required.') };
    if (key !== options.apiKey)
      return { status: 401, body: openActiveError('InvalidAPITokenError', 'The API key is not valid.') };

    const orderMatch = /^\/orders\/([^/]+)$/.exec(req.path);
    if (req.method === 'GET' && orderMatch) {
      const order = orders.get(decodeURIComponent(orderMatch[1] ?? ''));
      return order
        ? { status: 200, body: orderDocument(ctx, order) }
        : { status: 404, body: openActiveError('UnknownOrderError', 'No such Order.') };
    }
    if (req.method === 'PATCH' && orderMatch) return patch(decodeURIComponent(orderMatch[1] ?? ''), req);
    if (req.method === 'GET' && req.path === '/orders') {
      const customer = customerOf(req.query.get('customerIdentifier'));
      const mine = [...orders.values()]
        .filter(o => o.customer === customer)
        .sort((a, b) => a.orderedHoursAgo - b.orderedHoursAgo);
      return {
        status: 200,
        body: collection(
          ctx,
          req.path,
          req.query,
          mine.map(o => orderDocument(ctx, o)),
          perPage,
        ),
      };
    }
    if (req.method === 'GET' && req.path === '/order-items') {
      const customer = customerOf(req.query.get('customerIdentifier'));
      const upcoming = [...orders.values()]
        .filter(o => o.customer === customer)
        .flatMap(order => order.items.map(item => ({ order, item })))
        .filter(({ item }) => startOf(ctx, item).getTime() > now())
        .sort((a, b) => startOf(ctx, a.item).getTime() - startOf(ctx, b.item).getTime())
        .map(({ order, item }) => ({
          ...itemDocument(ctx, order, item),
          'imin:order': { type: 'Order', identifier: order.uuid },
        }));
      return { status: 200, body: collection(ctx, req.path, req.query, upcoming, perPage) };
    }
    return { status: 404, body: openActiveError('UnknownOrIncorrectEndpointError', 'Unknown endpoint.') };
  }

  function patch(uuid: string, req: SimRequest): SimResponse {
    const order = orders.get(uuid);
    if (!order) return { status: 404, body: openActiveError('UnknownOrderError', 'No such Order.') };
    const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim();
    if (type !== 'application/json' && type !== 'application/vnd.openactive.booking+json')
      return { status: 415, body: openActiveError('UnsupportedMediaTypeError', 'Send JSON.') };
    let body: unknown;
    try {
      body = req.json();
    } catch {
      return { status: 400, body: openActiveError('InvalidRequestError', 'The body is not JSON.') };
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return { status: 400, body: openActiveError('InvalidRequestError', 'The body must be an Order.') };
    const record = body as Record<string, unknown>;
    const excessive = Object.keys(record).some(k => !PATCH_KEYS.has(k) && !isCustom(k));
    const items = Array.isArray(record['orderedItem']) ? (record['orderedItem'] as unknown[]) : null;
    if (excessive || record['@type'] !== 'Order' || !items || items.length === 0) {
      return {
        status: 400,
        body: openActiveError(
          'PatchContainsExcessivePropertiesError',
          'The PATCH contains properties that may not be changed.',
        ),
      };
    }
    const targets = [];
    for (const raw of items) {
      const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      if (Object.keys(entry).some(k => !ITEM_KEYS.has(k) && !isCustom(k)) || entry['@type'] !== 'OrderItem') {
        return {
          status: 400,
          body: openActiveError(
            'PatchContainsExcessivePropertiesError',
            'The PATCH contains properties that may not be changed.',
          ),
        };
      }
      if (entry['orderItemStatus'] !== CANCELLED) {
        return {
          status: 400,
          body: openActiveError(
            'PatchNotAllowedOnPropertyError',
            'Only orderItemStatus CustomerCancelled may be set.',
          ),
        };
      }
      // Exactly an @id this simulator served, byte for byte: any host, path or fragment difference is invalid.
      const named = entry['@id'];
      const item = order.items.find(i => itemIri(ctx, order, i) === named);
      if (!item) {
        const elsewhere = [...orders.values()].some(
          o => o.uuid !== uuid && o.items.some(i => itemIri(ctx, o, i) === named),
        );
        return elsewhere
          ? {
              status: 500,
              body: openActiveError('OrderItemNotWithinOrderError', 'An OrderItem is not within this Order.'),
            }
          : {
              status: 500,
              body: openActiveError('OrderItemIdInvalidError', 'An OrderItem @id is not valid.'),
            };
      }
      targets.push(item);
    }
    // Atomic: every listed item must be cancellable (or already cancelled) before any changes.
    for (const item of targets) {
      if (item.status === 'CustomerCancelled' || item.status === 'CustomerCancellationPending') continue;
      const refusal = item.refusal ?? (isPresentlyCancellable(ctx, item) ? null : refusalText(item));
      if (refusal) return { status: 400, body: openActiveError('CancellationNotPermittedError', refusal) };
    }
    for (const item of targets) {
      if (item.status !== 'OrderItemConfirmed') {
        repeatCancels.set(item.identifier, (repeatCancels.get(item.identifier) ?? 0) + 1);
        continue;
      }
      item.status = 'CustomerCancellationPending';
      appliedCancels.set(item.identifier, (appliedCancels.get(item.identifier) ?? 0) + 1);
      server.later(options.pendingMs ?? 1_500, () => {
        item.status = 'CustomerCancelled';
      });
    }
    return { status: 204 };
  }

  function refusalText(item: SimOrder['items'][number]): string {
    if (item.status === 'AttendeeAttended' || item.status === 'AttendeeAbsent')
      return 'This session has already taken place.';
    if (item.status === 'SellerCancelled') return 'This session was cancelled by the organiser.';
    if (!item.allowFullRefund) return 'This booking is non-refundable and cannot be cancelled.';
    return 'Cancellations are not accepted within 24 hours of the session start.';
  }

  const server = await startSimServer(handle, { basePath: '/api/v2' });
  ctx = { baseUrl: server.url, startedAt, now };
  return {
    url: server.url,
    server,
    orders,
    appliedCancels,
    repeatCancels,
    customerIdentifier: customer => `imin-customer-${customer}`,
    close: () => server.close(),
  };
}
