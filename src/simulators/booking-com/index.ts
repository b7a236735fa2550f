import { done, notFound, text } from '../provider-side.js';
import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';
import { dayAt, documentOf, feeNow, round2, statusOf, ymd, type StayClock } from './documents.js';
import { bookingComSeed, type SimStay } from './seed.js';

export interface BookingComSimulatorOptions {
  readonly token: string;
  readonly affiliateId: string;
  readonly seed?: SimStay[];
  /** How long after creation cancels are refused with 403. */
  readonly tooSoonMinutes?: number;
  /** The loopback port to listen on (default: any free one). */
  readonly port?: number;
}

export interface BookingComSimulator {
  readonly url: string;
  readonly server: SimServer;
  readonly stays: ReadonlyMap<string, SimStay>;
  readonly appliedCancels: Map<string, number>;
  /**
   * The property cancels the stay on its side (`cancelled_by_accommodation`, no fee): also
   * `POST /_simulator/cancel-by-accommodation {"order"}`.
   */
  cancelByAccommodation(order: string): boolean;
  close(): Promise<void>;
}

let requestCounter = 0;
const requestId = () => `01jsim${(requestCounter++).toString(36).padStart(20, '0')}`;
const failure = (status: number, id: string, message: string): SimResponse => ({
  status,
  body: { request_id: requestId(), errors: [{ id, message }] },
});

interface StayState extends StayClock {
  readonly stays: Map<string, SimStay>;
  readonly appliedCancels: Map<string, number>;
  readonly tooSoonMinutes: number;
}

type Checked =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly answer: SimResponse };

/** What every call must carry: POST, no query string, both headers, a JSON body. */
function checkRequest(req: SimRequest, options: BookingComSimulatorOptions): Checked {
  const refuse = (status: number, id: string, message: string): Checked => ({
    ok: false,
    answer: failure(status, id, message),
  });
  if (req.method !== 'POST') return refuse(405, 'method_not_allowed', 'Only POST is supported.');
  if ([...req.query.keys()].length > 0)
    return refuse(400, 'invalid_request', 'Query string provided but none expected.');
  if (header(req, 'authorization') !== `Bearer ${options.token}`)
    return refuse(401, 'unauthorized', 'Missing or invalid authentication.');
  if (header(req, 'x-affiliate-id') !== options.affiliateId)
    return refuse(400, 'invalid_parameter', "Header 'X-Affiliate-Id' is missing or invalid.");
  if (!/^application\/json/.test(header(req, 'content-type') ?? ''))
    return refuse(415, 'unsupported_media_type', 'Content-Type must be application/json.');
  try {
    return { ok: true, body: req.json() as Record<string, unknown> };
  } catch {
    return refuse(400, 'malformed_request', 'The body is not valid JSON.');
  }
}

function details(state: StayState, body: Record<string, unknown>): SimResponse {
  const ids = body['orders'];
  if (!Array.isArray(ids) || ids.length === 0)
    return failure(400, 'missing_parameter', "Parameter 'orders' is missing.");
  if (ids.length > 100)
    return failure(400, 'invalid_parameter', "Parameter 'orders' takes at most 100 values.");
  const data = ids.flatMap(id => {
    const stay = state.stays.get(String(id));
    return stay ? [documentOf(state, stay)] : [];
  });
  return {
    status: 200,
    body: { request_id: requestId(), data, metadata: { next_page: null, total_results: data.length } },
  };
}

/** Why this stay cannot be cancelled now, as the guide answers it; null when it can. */
function refusalOf(state: StayState, stay: SimStay): SimResponse | null {
  // The guide's two 400 examples, and its 409 "cannot be cancelled due to its current state".
  const status = statusOf(stay);
  if (status.startsWith('cancelled'))
    return failure(400, 'OrderNotCancellable', 'The order has already been cancelled.');
  if (status === 'stayed') {
    const checkout = ymd(state, stay.checkinDays + stay.nights);
    return failure(
      400,
      'OrderNotCancellable',
      `The order is no longer cancellable. Checkout was ${checkout}.`,
    );
  }
  if (status !== 'booked')
    return failure(409, 'order_not_cancellable', 'The order cannot be cancelled due to its current state.');
  if (Date.now() - (state.startedAt - stay.createdMinutesAgo * 60_000) < state.tooSoonMinutes * 60_000)
    return failure(
      403,
      'forbidden',
      'The order was created moments ago; wait a few minutes before cancelling.',
    );
  if (Date.now() >= dayAt(state, stay.checkinDays).getTime())
    return { status: 200, body: { request_id: requestId(), data: { status: 'failed' } } };
  return null;
}

function cancel(state: StayState, body: Record<string, unknown>): SimResponse {
  if (typeof body['order'] !== 'string')
    return failure(400, 'missing_parameter', "Parameter 'order' is missing.");
  if (typeof body['reason'] !== 'string' || body['reason'].length === 0)
    return failure(400, 'missing_parameter', "Parameter 'reason' is missing.");
  const stay = state.stays.get(body['order']);
  if (!stay) return failure(404, 'not_found', 'The order was not found.');
  const refusal = refusalOf(state, stay);
  if (refusal) return refusal;
  const original = stay.rooms.reduce((s, r) => s + r.price, 0);
  const fee = round2(stay.rooms.reduce((s, r) => s + r.price * feeNow(state, r), 0));
  stay.status = 'cancelled_by_guest';
  for (const r of stay.rooms) r.status = 'cancelled_by_guest';
  stay.cancellation = { at: new Date().toISOString().replace('Z', '+00:00'), fee, original };
  state.appliedCancels.set(stay.id, (state.appliedCancels.get(stay.id) ?? 0) + 1);
  return { status: 200, body: { request_id: requestId(), data: { status: 'successful' } } };
}

/** A stateful Booking.com Demand API 3.1 (accommodation orders) on loopback: POST-only, two headers. */
export async function startBookingComSimulator(
  options: BookingComSimulatorOptions,
): Promise<BookingComSimulator> {
  const state: StayState = {
    startedAt: Date.now(),
    stays: new Map((options.seed ?? bookingComSeed()).map(s => [s.id, s])),
    appliedCancels: new Map(),
    tooSoonMinutes: options.tooSoonMinutes ?? 2,
  };
  const handle = (req: SimRequest): SimResponse => {
    const checked = checkRequest(req, options);
    if (!checked.ok) return checked.answer;
    if (req.path === '/orders/details/accommodations') return details(state, checked.body);
    if (req.path === '/orders/cancel') return cancel(state, checked.body);
    return failure(404, 'not_found', 'Unknown endpoint.');
  };
  const cancelByAccommodation = (order: string) => {
    const stay = state.stays.get(order);
    if (!stay) return false;
    stay.status = 'cancelled_by_accommodation';
    for (const r of stay.rooms) r.status = 'cancelled_by_accommodation';
    const original = stay.rooms.reduce((s, r) => s + r.price, 0);
    stay.cancellation = { at: new Date().toISOString().replace('Z', '+00:00'), fee: 0, original };
    return true;
  };
  const control = {
    'cancel-by-accommodation': (body: Record<string, unknown>) =>
      cancelByAccommodation(text(body, 'order')) ? done : notFound('order'),
  };
  const server = await startSimServer(handle, { basePath: '/3.1', port: options.port ?? 0, control });
  const { stays, appliedCancels } = state;
  return {
    url: server.url,
    server,
    stays,
    appliedCancels,
    cancelByAccommodation,
    close: () => server.close(),
  };
}
