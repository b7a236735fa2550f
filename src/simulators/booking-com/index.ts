import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import { bookingComSeed, type SimRoom, type SimStay } from './seed.js';

export interface BookingComSimulatorOptions {
  readonly token: string;
  readonly affiliateId: string;
  readonly seed?: SimStay[];
  /** How long after creation cancels are refused with 403. */
  readonly tooSoonMinutes?: number;
}

export interface BookingComSimulator {
  readonly url: string;
  readonly server: SimServer;
  readonly stays: ReadonlyMap<string, SimStay>;
  readonly appliedCancels: Map<string, number>;
  close(): Promise<void>;
}

const DAY = 86_400_000;
let requestCounter = 0;
const requestId = () => `01jsim${(requestCounter++).toString(36).padStart(20, '0')}`;
const failure = (status: number, id: string, message: string): SimResponse => ({
  status,
  body: { request_id: requestId(), errors: [{ id, message }] },
});
const round2 = (n: number) => Math.round(n * 100) / 100;

/** A stateful Booking.com Demand API 3.1 (accommodation orders) on loopback: POST-only, two headers. */
export async function startBookingComSimulator(
  options: BookingComSimulatorOptions,
): Promise<BookingComSimulator> {
  const startedAt = Date.now();
  const stays = new Map((options.seed ?? bookingComSeed()).map(s => [s.id, s]));
  const appliedCancels = new Map<string, number>();

  const dayAt = (days: number) => new Date(startedAt + days * DAY);
  const ymd = (days: number) => dayAt(days).toISOString().slice(0, 10);
  const money2 = (stay: SimStay, amount: number) => ({
    accommodation_currency: amount,
    booker_currency: stay.booker ? round2(amount * stay.booker.rate) : null,
  });
  const feeNow = (r: SimRoom) =>
    [...r.steps].reverse().find(s => s.fromDays === null || Date.now() >= dayAt(s.fromDays).getTime())
      ?.feeShare ?? 0;

  /**
   * The guide's multi-room rule: "the 'stayed' status takes precedence and is applied to both the
   * accommodation and order status".
   */
  const statusOf = (stay: SimStay) => (stay.rooms.some(r => r.status === 'stayed') ? 'stayed' : stay.status);

  const document = (stay: SimStay) => ({
    id: stay.id,
    reservation: Number(stay.rooms[0]?.reservation ?? 0),
    accommodation: 10_000 + Number(stay.id.slice(-2)),
    accommodation_details: { name: stay.hotel },
    checkin: ymd(stay.checkinDays),
    checkout: ymd(stay.checkinDays + stay.nights),
    status: statusOf(stay),
    label: 'gateway-demo',
    booker: { email: `${stay.customer}@example.invalid`, name: { first_name: stay.customer } },
    // As the guide shows it: `at` and `fee` only, and "the fee field is null if the cancelled product
    // has a free cancellation policy".
    cancellation_details: stay.cancellation
      ? {
          at: stay.cancellation.at,
          fee: stay.cancellation.fee > 0 ? money2(stay, stay.cancellation.fee) : null,
        }
      : null,
    price: {
      commissionable: money2(stay, round2(stay.rooms.reduce((s, r) => s + r.price, 0) * 0.9)),
      total: money2(
        stay,
        stay.rooms.reduce((s, r) => s + r.price, 0),
      ),
    },
    currency: { accommodation: stay.accommodationCurrency, booker: stay.booker?.currency ?? null },
    products: stay.rooms.map((r, i) => ({
      room: 500 + i,
      room_reservation: r.reservation,
      allocation: { guests: 2, adults: 2, children: [] },
      guests: [{ name: `${stay.customer} guest`, email: `${stay.customer}@example.invalid` }],
      price: { base: money2(stay, r.price), extra_charges: null, total: money2(stay, r.price) },
      policies: {
        cancellation: r.steps.map(s => ({
          from: s.fromDays === null ? 'now' : dayAt(s.fromDays).toISOString().replace('.000Z', '+00:00'),
          price: money2(stay, round2(r.price * s.feeShare)),
        })),
        meal_plan: 'breakfast_included',
      },
      status: r.status,
    })),
  });

  function handle(req: SimRequest): SimResponse {
    if (req.method !== 'POST') return failure(405, 'method_not_allowed', 'Only POST is supported.');
    if ([...req.query.keys()].length > 0)
      return failure(400, 'invalid_request', 'Query string provided but none expected.');
    if (header(req, 'authorization') !== `Bearer ${options.token}`)
      return failure(401, 'unauthorized', 'Missing or invalid authentication.');
    if (header(req, 'x-affiliate-id') !== options.affiliateId)
      return failure(400, 'invalid_parameter', "Header 'X-Affiliate-Id' is missing or invalid.");
    if (!/^application\/json/.test(header(req, 'content-type') ?? ''))
      return failure(415, 'unsupported_media_type', 'Content-Type must be application/json.');
    let body: Record<string, unknown>;
    try {
      body = req.json() as Record<string, unknown>;
    } catch {
      return failure(400, 'malformed_request', 'The body is not valid JSON.');
    }
    if (req.path === '/orders/details/accommodations') {
      const ids = body['orders'];
      if (!Array.isArray(ids) || ids.length === 0)
        return failure(400, 'missing_parameter', "Parameter 'orders' is missing.");
      if (ids.length > 100)
        return failure(400, 'invalid_parameter', "Parameter 'orders' takes at most 100 values.");
      const data = ids.flatMap(id => {
        const stay = stays.get(String(id));
        return stay ? [document(stay)] : [];
      });
      return {
        status: 200,
        body: { request_id: requestId(), data, metadata: { next_page: null, total_results: data.length } },
      };
    }
    if (req.path === '/orders/cancel') return cancel(body);
    return failure(404, 'not_found', 'Unknown endpoint.');
  }

  function cancel(body: Record<string, unknown>): SimResponse {
    if (typeof body['order'] !== 'string')
      return failure(400, 'missing_parameter', "Parameter 'order' is missing.");
    if (typeof body['reason'] !== 'string' || body['reason'].length === 0)
      return failure(400, 'missing_parameter', "Parameter 'reason' is missing.");
    const stay = stays.get(body['order']);
    if (!stay) return failure(404, 'not_found', 'The order was not found.');
    // The guide's two 400 examples, and its 409 "cannot be cancelled due to its current state".
    const status = statusOf(stay);
    if (status.startsWith('cancelled'))
      return failure(400, 'OrderNotCancellable', 'The order has already been cancelled.');
    if (status === 'stayed')
      return failure(
        400,
        'OrderNotCancellable',
        `The order is no longer cancellable. Checkout was ${ymd(stay.checkinDays + stay.nights)}.`,
      );
    if (status !== 'booked')
      return failure(409, 'order_not_cancellable', 'The order cannot be cancelled due to its current state.');
    if (Date.now() - (startedAt - stay.createdMinutesAgo * 60_000) < (options.tooSoonMinutes ?? 2) * 60_000) {
      return failure(
        403,
        'forbidden',
        'The order was created moments ago; wait a few minutes before cancelling.',
      );
    }
    if (Date.now() >= dayAt(stay.checkinDays).getTime())
      return { status: 200, body: { request_id: requestId(), data: { status: 'failed' } } };
    const original = stay.rooms.reduce((s, r) => s + r.price, 0);
    const fee = round2(stay.rooms.reduce((s, r) => s + r.price * feeNow(r), 0));
    stay.status = 'cancelled_by_guest';
    for (const r of stay.rooms) r.status = 'cancelled_by_guest';
    stay.cancellation = { at: new Date().toISOString().replace('Z', '+00:00'), fee, original };
    appliedCancels.set(stay.id, (appliedCancels.get(stay.id) ?? 0) + 1);
    return { status: 200, body: { request_id: requestId(), data: { status: 'successful' } } };
  }

  const server = await startSimServer(handle, { basePath: '/3.1' });
  return { url: server.url, server, stays, appliedCancels, close: () => server.close() };
}
