import { randomBytes } from 'node:crypto';
import { header, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../kit.js';

export interface BokunSimulatorOptions {
  readonly username: string;
  readonly password: string;
  /** The vendor's plugin configuration: every call but the definition must carry exactly these. */
  readonly parameters: ReadonlyArray<{ name: string; value: string }>;
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

/**
 * An inventory plugin server as Bókun calls it (REST transport): definition, confirm (so demo
 * bookings get real confirmation codes) and cancel, with HTTP Basic auth and vendor parameters.
 */
export async function startBokunSimulator(options: BokunSimulatorOptions): Promise<BokunSimulator> {
  const bookings = new Map<string, SimBooking>();
  const appliedCancels = new Map<string, number>();
  const expectedAuth = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;

  const parametersMatch = (given: unknown): boolean =>
    Array.isArray(given) &&
    given.length === options.parameters.length &&
    options.parameters.every(p =>
      given.some(
        (g: unknown) =>
          typeof g === 'object' &&
          g !== null &&
          (g as Record<string, unknown>)['name'] === p.name &&
          (g as Record<string, unknown>)['value'] === p.value,
      ),
    );

  function handle(req: SimRequest): SimResponse {
    if (header(req, 'authorization') !== expectedAuth)
      return {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="plugin"' },
        body: { error: 'Unauthorized' },
      };
    if (req.method === 'GET' && req.path === '/plugin/definition') {
      return {
        status: 200,
        body: {
          name: 'Fjord Tours inventory plugin (simulated)',
          description: 'Day tours from Bergen',
          capabilities: ['AVAILABILITY', 'RESERVATIONS'],
          parameters: options.parameters.map(p => ({ name: p.name, type: 'STRING', required: true })),
        },
      };
    }
    if (req.method !== 'POST') return { status: 405, body: { error: 'Method not allowed' } };
    if (!/^application\/json/.test(header(req, 'content-type') ?? ''))
      return { status: 415, body: { error: 'JSON expected' } };
    let body: Record<string, unknown>;
    try {
      body = req.json() as Record<string, unknown>;
    } catch {
      return { status: 400, body: { error: 'Malformed JSON' } };
    }
    if (!parametersMatch(body['parameters']))
      return { status: 400, body: { error: 'Unrecognised plugin configuration parameters' } };
    if (req.path === '/booking/confirm') {
      const code = confirm(
        typeof body['reservationConfirmationCode'] === 'string'
          ? body['reservationConfirmationCode']
          : randomBytes(4).toString('hex'),
        typeof body['refuseCancellation'] === 'string' ? body['refuseCancellation'] : null,
      );
      return {
        status: 200,
        body: {
          successfulBooking: {
            bookingConfirmationCode: code,
            bookingTicket: { ticketBarcode: `QR-${code}` },
          },
        },
      };
    }
    if (req.path === '/booking/cancel') {
      lastAnswer = cancel(body);
      return { status: 200, body: lastAnswer };
    }
    return { status: 404, body: { error: 'Unknown endpoint' } };
  }

  /** Derived from the reservation code, so a re-confirmed demo booking keeps its code. */
  function confirm(reservation: string, refusal: string | null = null): string {
    const code = `FJT-${reservation.toUpperCase()}`;
    bookings.set(code, { status: 'CONFIRMED', refusal });
    return code;
  }

  /**
   * CancelBookingResponse as a Java plugin serialising with Jackson's defaults writes it: both fields
   * present, the unset one `null` (guide 004: "Either this or successfulCancellation has to be set").
   */
  function cancel(body: Record<string, unknown>): Record<string, unknown> {
    const failed = (cancellationError: string) => ({
      successfulCancellation: null,
      failedCancellation: { cancellationError },
    });
    const code = body['bookingConfirmationCode'];
    const booking = typeof code === 'string' ? bookings.get(code) : undefined;
    if (!booking || typeof code !== 'string') return failed('Unknown booking confirmation code');
    if (body['agentCode'] !== undefined && typeof body['agentCode'] !== 'string')
      return failed('agentCode must be a string when set');
    if (booking.refusal && booking.status === 'CONFIRMED') return failed(booking.refusal);
    // Idempotent on the confirmation code, as Bókun's docs advise plugin authors.
    if (booking.status === 'CONFIRMED') appliedCancels.set(code, (appliedCancels.get(code) ?? 0) + 1);
    booking.status = 'CANCELLED';
    return { successfulCancellation: {}, failedCancellation: null };
  }

  let lastAnswer: unknown = null;
  const server = await startSimServer(handle);
  return {
    url: server.url,
    server,
    bookings,
    appliedCancels,
    lastCancelAnswer: () => lastAnswer,
    confirm,
    close: () => server.close(),
  };
}
