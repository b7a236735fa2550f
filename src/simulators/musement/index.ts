import { randomBytes } from 'node:crypto';
import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import { musementSeed, type SimItem, type SimOrder } from './seed.js';

export interface MusementSimulatorOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly application: string;
  readonly tokenTtlSeconds?: number;
  /** How long a cancelled item stays REFUND_STARTED before REFUNDED. */
  readonly refundMs?: number;
  readonly seed?: SimOrder[];
}

export interface MusementSimulator {
  readonly url: string;
  readonly server: SimServer;
  readonly orders: ReadonlyMap<string, SimOrder>;
  readonly appliedCancels: Map<string, number>;
  readonly logins: () => number;
  /** Expires every issued token now (tests of the refresh path). */
  expireTokens(): void;
  close(): Promise<void>;
}

const HOUR = 3_600_000;
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

/** `2024-08-17T15:59:43+0000`: Musement's offset without a colon, in the given zone. */
function offsetDateTime(at: Date, timeZone: string): string {
  const local = new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);
  const offset =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find(p => p.type === 'timeZoneName')?.value ?? 'GMT';
  const hhmm = offset === 'GMT' ? '+0000' : offset.replace('GMT', '').replace(':', '');
  return `${local.replace(' ', 'T')}${hhmm}`;
}

/** `2021-11-26 09:00`: local wall-clock time with no zone, as `applicable_until` is sent. */
const localMinutes = (at: Date, timeZone: string) =>
  offsetDateTime(at, timeZone).slice(0, 16).replace('T', ' ');

/** `P10DT22H26M37S`, as the guide's example writes `remaining_time`; `PT0S` once the cutoff passed. */
function isoRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [d, h, m, sec] = [
    Math.floor(total / 86_400),
    Math.floor(total / 3600) % 24,
    Math.floor(total / 60) % 60,
    total % 60,
  ];
  return `P${d}DT${h}H${m}M${sec}S`;
}

const money = (value: number, currency: string) => ({
  currency,
  value,
  formatted_value: `€ ${value.toFixed(2)}`,
  formatted_iso_value: `€${value.toFixed(2)}`,
});

/** A stateful Musement Partner API v3 on loopback: login, orders, frozen refund policies, item DELETE. */
export async function startMusementSimulator(options: MusementSimulatorOptions): Promise<MusementSimulator> {
  const startedAt = Date.now();
  const orders = new Map((options.seed ?? musementSeed()).map(o => [o.uuid, o]));
  const appliedCancels = new Map<string, number>();
  const tokens = new Map<string, number>();
  let logins = 0;

  const startOf = (item: SimItem) => new Date(startedAt + item.startOffsetHours * HOUR);
  const untilOf = (item: SimItem, hoursBefore: number) =>
    new Date(startOf(item).getTime() - hoursBefore * HOUR);
  const tierNow = (item: SimItem) =>
    [...item.tiers]
      .sort((a, b) => b.hoursBefore - a.hoursBefore)
      .find(t => Date.now() < untilOf(item, t.hoursBefore).getTime());

  const itemDocument = (order: SimOrder, item: SimItem) => ({
    uuid: item.uuid,
    code: `MOI${item.uuid.slice(-8)}`,
    quantity: item.quantity,
    status: item.status,
    product: {
      type: 'musement',
      title: item.title,
      ...(item.omitDate ? {} : { date: offsetDateTime(startOf(item), item.timeZone) }),
      max_confirmation_time: 'PT30M',
      retail_price: money(item.unitPrice, order.currency),
    },
    retail_price_in_order_currency: money(item.unitPrice, order.currency),
    total_retail_price_in_order_currency: money(
      Math.round(item.unitPrice * item.quantity * 100) / 100,
      order.currency,
    ),
    ...(item.status === 'OK'
      ? { vouchers: [{ url: `https://vouchers.example.invalid/${item.uuid}?pdf=1` }] }
      : {}),
  });

  const orderDocument = (order: SimOrder) => ({
    identifier: order.identifier,
    uuid: order.uuid,
    date: offsetDateTime(new Date(startedAt - order.orderedHoursAgo * HOUR), 'UTC'),
    status: order.items.every(i => i.status === 'OK') ? 'OK' : 'PENDING',
    customer: { email: `${order.customer}@example.invalid`, firstname: order.customer },
    items: order.items.map(i => itemDocument(order, i)),
  });

  function authorise(req: SimRequest): SimResponse | null {
    if (!header(req, 'x-musement-application'))
      return error(400, '0', 'Missing X-Musement-Application header');
    if (header(req, 'x-musement-version') !== '3.4.0')
      return error(400, '0', 'Unsupported or missing X-Musement-Version');
    const token = /^Bearer (.+)$/.exec(header(req, 'authorization') ?? '')?.[1];
    const expires = token ? tokens.get(token) : undefined;
    return expires !== undefined && Date.now() < expires
      ? null
      : error(401, '0', 'Invalid or expired access token');
  }

  function handle(req: SimRequest): SimResponse {
    if (req.method === 'POST' && req.path === '/login') {
      const body = (() => {
        try {
          return req.json() as Record<string, unknown>;
        } catch {
          return {};
        }
      })();
      if (
        body['grant_type'] !== 'client_credentials' ||
        body['client_id'] !== options.clientId ||
        body['client_secret'] !== options.clientSecret
      ) {
        return error(401, '0', 'Invalid client credentials');
      }
      logins += 1;
      const token = randomBytes(24).toString('hex');
      const ttl = options.tokenTtlSeconds ?? 3600;
      tokens.set(token, Date.now() + ttl * 1000);
      return {
        status: 200,
        body: { access_token: token, expires_in: ttl, token_type: 'bearer', scope: null },
      };
    }
    const denied = authorise(req);
    if (denied) return denied;
    const match = /^\/orders\/([^/]+)(?:\/items\/([^/]+)(\/refund-policies)?)?$/.exec(req.path);
    const order = match ? orders.get(match[1] ?? '') : undefined;
    if (!match || !order) return error(404, '1400', 'Resource does not exist');
    if (!match[2] && req.method === 'GET') return { status: 200, body: orderDocument(order) };
    const item = order.items.find(i => i.uuid === match[2]);
    if (!item) return error(404, '1400', 'Resource does not exist');
    if (match[3] && req.method === 'GET') {
      if (item.tiers.length === 0) return error(404, '1400', 'No refund policy version for the activity');
      return {
        status: 200,
        body: item.tiers.map((t, i) => ({
          uuid: `7d4f0707-0000-4000-8000-${String(i).padStart(12, '0')}`,
          period: t.period,
          type: t.type,
          value: t.value,
          applicable_until: localMinutes(untilOf(item, t.hoursBefore), item.timeZone),
          remaining_time: isoRemaining(untilOf(item, t.hoursBefore).getTime() - Date.now()),
        })),
      };
    }
    if (!match[3] && req.method === 'DELETE') return cancel(item, req);
    return error(405, '0', 'Method not allowed');
  }

  function cancel(item: SimItem, req: SimRequest): SimResponse {
    let body: Record<string, unknown>;
    try {
      body = req.json() as Record<string, unknown>;
    } catch {
      return error(400, '0', 'The body must be JSON');
    }
    if (typeof body['cancellation_reason'] !== 'string' || !REASONS.has(body['cancellation_reason']))
      return error(400, '0', 'Invalid cancellation_reason');
    const info = body['cancellation_additional_info'];
    if (info !== undefined && (typeof info !== 'string' || info.length > 255))
      return error(400, '0', 'cancellation_additional_info is too long');
    // The refusal codes below are this simulator's own: Musement's docs do not list them.
    if (item.status === 'REFUND_STARTED' || item.status === 'REFUNDED')
      return error(400, '2004', 'Order item already cancelled');
    if (item.status !== 'OK')
      return error(400, '2005', 'Order item cannot be cancelled in its current status');
    if (item.manualOnly)
      return error(403, '2003', 'This activity can only be cancelled by Musement customer care');
    if (item.tiers.length === 0) return error(400, '2002', 'This order item is not refundable');
    if (!tierNow(item)) return error(400, '2001', 'The refund cut-off for this order item has passed');
    item.status = 'REFUND_STARTED';
    appliedCancels.set(item.uuid, (appliedCancels.get(item.uuid) ?? 0) + 1);
    server.later(options.refundMs ?? 2_000, () => {
      item.status = 'REFUNDED';
    });
    return { status: 204 };
  }

  const server = await startSimServer(handle, { basePath: '/api/v3' });
  return {
    url: server.url,
    server,
    orders,
    appliedCancels,
    logins: () => logins,
    expireTokens: () => {
      for (const token of tokens.keys()) tokens.set(token, 0);
    },
    close: () => server.close(),
  };
}
