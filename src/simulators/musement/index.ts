import { randomBytes } from 'node:crypto';
import { done, notFound, text } from '../provider-side.js';
import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import { orderDocument, policiesDocument, tierNow, type SimClock } from './documents.js';
import { musementSeed, type SimItem, type SimOrder } from './seed.js';

export interface MusementSimulatorOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly application: string;
  readonly tokenTtlSeconds?: number;
  /** How long a cancelled item stays REFUND_STARTED before REFUNDED. */
  readonly refundMs?: number;
  readonly seed?: SimOrder[];
  /** The loopback port to listen on (default: any free one). */
  readonly port?: number;
}

export interface MusementSimulator {
  readonly url: string;
  readonly server: SimServer;
  readonly orders: ReadonlyMap<string, SimOrder>;
  readonly appliedCancels: Map<string, number>;
  readonly logins: () => number;
  /** Expires every issued token now (tests of the refresh path). */
  expireTokens(): void;
  /**
   * Musement finishes the refund of a cancelled item (`REFUNDED`) on its side: also
   * `POST /_simulator/refund {"order", "item"}`.
   */
  refund(order: string, item: string): boolean;
  close(): Promise<void>;
}

const REASONS = new Set([
  'API-ISSUE',
  'CANCELLED-BY-CUSTOMER',
  'GRACE-PERIOD',
  'MISSING-MEETING-POINT-DETAILS',
  'MISSING-PASSENGER-INFO',
  'REJECTED-ORDER',
  'REJECTED-SCHEDULE-CHANGE',
  'TECHNICAL-ISSUE',
  'VENUE-CLOSED',
]);
const error = (status: number, code: string, message: string): SimResponse => ({
  status,
  body: { code, message },
});

interface MusementState extends SimClock {
  readonly orders: Map<string, SimOrder>;
  readonly appliedCancels: Map<string, number>;
  readonly tokens: Map<string, number>;
  readonly options: MusementSimulatorOptions;
  logins: number;
  later(ms: number, fn: () => void): void;
}

const jsonOf = (req: SimRequest): Record<string, unknown> | null => {
  try {
    return req.json() as Record<string, unknown>;
  } catch {
    return null;
  }
};

/** `POST /login` with client credentials: a bearer token for `tokenTtlSeconds`. */
function login(state: MusementState, req: SimRequest): SimResponse {
  const body = jsonOf(req) ?? {};
  const { clientId, clientSecret } = state.options;
  if (
    body['grant_type'] !== 'client_credentials' ||
    body['client_id'] !== clientId ||
    body['client_secret'] !== clientSecret
  )
    return error(401, '0', 'Invalid client credentials');
  state.logins += 1;
  const token = randomBytes(24).toString('hex');
  const ttl = state.options.tokenTtlSeconds ?? 3600;
  state.tokens.set(token, Date.now() + ttl * 1000);
  return { status: 200, body: { access_token: token, expires_in: ttl, token_type: 'bearer', scope: null } };
}

function authorise(state: MusementState, req: SimRequest): SimResponse | null {
  if (!header(req, 'x-musement-application')) return error(400, '0', 'Missing X-Musement-Application header');
  if (header(req, 'x-musement-version') !== '3.4.0')
    return error(400, '0', 'Unsupported or missing X-Musement-Version');
  const token = /^Bearer (.+)$/.exec(header(req, 'authorization') ?? '')?.[1];
  const expires = token ? state.tokens.get(token) : undefined;
  return expires !== undefined && Date.now() < expires
    ? null
    : error(401, '0', 'Invalid or expired access token');
}

function route(state: MusementState, req: SimRequest): SimResponse {
  if (req.method === 'POST' && req.path === '/login') return login(state, req);
  const denied = authorise(state, req);
  if (denied) return denied;
  const match = /^\/orders\/([^/]+)(?:\/items\/([^/]+)(\/refund-policies)?)?$/.exec(req.path);
  const order = match ? state.orders.get(match[1] ?? '') : undefined;
  if (!match || !order) return error(404, '1400', 'Resource does not exist');
  if (!match[2] && req.method === 'GET') return { status: 200, body: orderDocument(state, order) };
  const item = order.items.find(i => i.uuid === match[2]);
  if (!item) return error(404, '1400', 'Resource does not exist');
  if (match[3] && req.method === 'GET')
    return item.tiers.length === 0
      ? error(404, '1400', 'No refund policy version for the activity')
      : { status: 200, body: policiesDocument(state, item) };
  if (!match[3] && req.method === 'DELETE') return cancel(state, item, req);
  return error(405, '0', 'Method not allowed');
}

/** Why the item cannot be cancelled now; null when it can. */
function refusalOf(
  state: MusementState,
  item: SimItem,
  body: Record<string, unknown> | null,
): SimResponse | null {
  if (!body) return error(400, '0', 'The body must be JSON');
  if (typeof body['cancellation_reason'] !== 'string' || !REASONS.has(body['cancellation_reason']))
    return error(400, '0', 'Invalid cancellation_reason');
  const info = body['cancellation_additional_info'];
  if (info !== undefined && (typeof info !== 'string' || info.length > 255))
    return error(400, '0', 'cancellation_additional_info is too long');
  // The refusal codes below are this simulator's own: Musement's docs do not list them.
  if (item.status === 'REFUND_STARTED' || item.status === 'REFUNDED')
    return error(400, '2004', 'Order item already cancelled');
  if (item.status !== 'OK') return error(400, '2005', 'Order item cannot be cancelled in its current status');
  if (item.manualOnly)
    return error(403, '2003', 'This activity can only be cancelled by Musement customer care');
  if (item.tiers.length === 0) return error(400, '2002', 'This order item is not refundable');
  if (!tierNow(state, item)) return error(400, '2001', 'The refund cut-off for this order item has passed');
  return null;
}

function cancel(state: MusementState, item: SimItem, req: SimRequest): SimResponse {
  const refusal = refusalOf(state, item, jsonOf(req));
  if (refusal) return refusal;
  item.status = 'REFUND_STARTED';
  state.appliedCancels.set(item.uuid, (state.appliedCancels.get(item.uuid) ?? 0) + 1);
  state.later(state.options.refundMs ?? 2_000, () => {
    item.status = 'REFUNDED';
  });
  return { status: 204 };
}

/** A stateful Musement Partner API v3 on loopback: login, orders, frozen refund policies, item DELETE. */
export async function startMusementSimulator(options: MusementSimulatorOptions): Promise<MusementSimulator> {
  const state: MusementState = {
    startedAt: Date.now(),
    orders: new Map((options.seed ?? musementSeed()).map(o => [o.uuid, o])),
    appliedCancels: new Map(),
    tokens: new Map(),
    options,
    logins: 0,
    // Called only while serving, after `server` below exists.
    later: (ms, fn) => server.later(ms, fn),
  };
  const refund = (order: string, item: string) => {
    const found = state.orders.get(order)?.items.find(i => i.uuid === item);
    if (found) found.status = 'REFUNDED';
    return found !== undefined;
  };
  const server = await startSimServer(req => route(state, req), {
    basePath: '/api/v3',
    port: options.port ?? 0,
    control: {
      refund: body => (refund(text(body, 'order'), text(body, 'item')) ? done : notFound('order item')),
    },
  });
  return {
    url: server.url,
    server,
    orders: state.orders,
    appliedCancels: state.appliedCancels,
    logins: () => state.logins,
    expireTokens: () => {
      for (const token of state.tokens.keys()) state.tokens.set(token, 0);
    },
    refund,
    close: () => server.close(),
  };
}
