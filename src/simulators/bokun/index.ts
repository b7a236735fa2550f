import { randomBytes } from 'node:crypto';
import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';

export interface BokunSimulatorOptions {
  readonly username: string;
  readonly password: string;
  /** The vendor's plugin configuration: every call but the definition must carry exactly these. */
  readonly parameters: ReadonlyArray<{ name: string; value: string }>;
  /** The loopback port to listen on (default: any free one). */
  readonly port?: number;
}

interface SimBooking {
  status: 'CONFIRMED' | 'CANCELLED';
  /** The plugin refuses to cancel with this text (e.g. the tour already departed). */
  refusal: string | null;
}

export interface BokunSimulator {
  readonly url: string;
  readonly server: SimServer;
  readonly bookings: ReadonlyMap<string, SimBooking>;
  readonly appliedCancels: Map<string, number>;
  /** The body of the last `/booking/cancel` answer. */
  lastCancelAnswer(): unknown;
  /**
   * Confirms a booking as `/booking/confirm` does and returns its confirmation code (development
   * seeds demo tours this way); `refusal` makes the plugin refuse to cancel it with that text.
   */
  confirm(reservationCode: string, refusal?: string | null): string;
  close(): Promise<void>;
}

interface BokunState {
  readonly options: BokunSimulatorOptions;
  readonly bookings: Map<string, SimBooking>;
  readonly appliedCancels: Map<string, number>;
  lastAnswer: unknown;
}

const basicAuth = (o: BokunSimulatorOptions) =>
  `Basic ${Buffer.from(`${o.username}:${o.password}`).toString('base64')}`;

/** Every call but the definition carries exactly the vendor's configured parameters. */
function parametersMatch(options: BokunSimulatorOptions, given: unknown): boolean {
  const entries = Array.isArray(given) ? (given as unknown[]) : null;
  const has = (p: { name: string; value: string }) =>
    entries?.some(g => {
      const record = typeof g === 'object' && g !== null ? (g as Record<string, unknown>) : {};
      return record['name'] === p.name && record['value'] === p.value;
    }) ?? false;
  return entries !== null && entries.length === options.parameters.length && options.parameters.every(has);
}

/** Derived from the reservation code, so a re-confirmed demo booking keeps its code. */
function confirm(state: BokunState, reservation: string, refusal: string | null = null): string {
  const code = `FJT-${reservation.toUpperCase()}`;
  state.bookings.set(code, { status: 'CONFIRMED', refusal });
  return code;
}

/**
 * CancelBookingResponse as a Java plugin serialising with Jackson's defaults writes it: both fields
 * present, the unset one `null` (guide 004: "Either this or successfulCancellation has to be set").
 */
function cancel(state: BokunState, body: Record<string, unknown>): Record<string, unknown> {
  const failed = (cancellationError: string) => ({
    successfulCancellation: null,
    failedCancellation: { cancellationError },
  });
  const code = body['bookingConfirmationCode'];
  const booking = typeof code === 'string' ? state.bookings.get(code) : undefined;
  if (!booking || typeof code !== 'string') return failed('Unknown booking confirmation code');
  if (body['agentCode'] !== undefined && typeof body['agentCode'] !== 'string')
    return failed('agentCode must be a string when set');
  if (booking.refusal && booking.status === 'CONFIRMED') return failed(booking.refusal);
  // Idempotent on the confirmation code, as Bókun's docs advise plugin authors.
  if (booking.status === 'CONFIRMED')
    state.appliedCancels.set(code, (state.appliedCancels.get(code) ?? 0) + 1);
  booking.status = 'CANCELLED';
  return { successfulCancellation: {}, failedCancellation: null };
}

const definition = (options: BokunSimulatorOptions): SimResponse => ({
  status: 200,
  body: {
    name: 'Fjord Tours inventory plugin (simulated)',
    description: 'Day tours from Bergen',
    capabilities: ['AVAILABILITY', 'RESERVATIONS'],
    parameters: options.parameters.map(p => ({ name: p.name, type: 'STRING', required: true })),
  },
});

/** A POST's JSON body with the vendor parameters checked, or the plugin's answer to a bad one. */
type Posted =
  | { readonly ok: true; readonly body: Record<string, unknown> }
  | { readonly ok: false; readonly answer: SimResponse };

function postBody(state: BokunState, req: SimRequest): Posted {
  const refuse = (status: number, error: string): Posted => ({
    ok: false,
    answer: { status, body: { error } },
  });
  if (req.method !== 'POST') return refuse(405, 'Method not allowed');
  if (!/^application\/json/.test(header(req, 'content-type') ?? '')) return refuse(415, 'JSON expected');
  let body: Record<string, unknown>;
  try {
    body = req.json() as Record<string, unknown>;
  } catch {
    return refuse(400, 'Malformed JSON');
  }
  return parametersMatch(state.options, body['parameters'])
    ? { ok: true, body }
    : refuse(400, 'Unrecognised plugin configuration parameters');
}

function route(state: BokunState, req: SimRequest): SimResponse {
  if (header(req, 'authorization') !== basicAuth(state.options))
    return {
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="plugin"' },
      body: { error: 'Unauthorized' },
    };
  if (req.method === 'GET' && req.path === '/plugin/definition') return definition(state.options);
  const posted = postBody(state, req);
  if (!posted.ok) return posted.answer;
  const { body } = posted;
  if (req.path === '/booking/confirm') {
    const reservation = body['reservationConfirmationCode'];
    const refusal = body['refuseCancellation'];
    const code = confirm(
      state,
      typeof reservation === 'string' ? reservation : randomBytes(4).toString('hex'),
      typeof refusal === 'string' ? refusal : null,
    );
    const successfulBooking = {
      bookingConfirmationCode: code,
      bookingTicket: { ticketBarcode: `QR-${code}` },
    };
    return { status: 200, body: { successfulBooking } };
  }
  if (req.path === '/booking/cancel') {
    state.lastAnswer = cancel(state, body);
    return { status: 200, body: state.lastAnswer };
  }
  return { status: 404, body: { error: 'Unknown endpoint' } };
}

/**
 * An inventory plugin server as Bókun calls it (REST transport): definition, confirm (so demo
 * bookings get real confirmation codes) and cancel, with HTTP Basic auth and vendor parameters.
 */
export async function startBokunSimulator(options: BokunSimulatorOptions): Promise<BokunSimulator> {
  const state: BokunState = { options, bookings: new Map(), appliedCancels: new Map(), lastAnswer: null };
  const server = await startSimServer(req => route(state, req), { port: options.port ?? 0 });
  return {
    url: server.url,
    server,
    bookings: state.bookings,
    appliedCancels: state.appliedCancels,
    lastCancelAnswer: () => state.lastAnswer,
    confirm: (reservation, refusal) => confirm(state, reservation, refusal ?? null),
    close: () => server.close(),
  };
}
