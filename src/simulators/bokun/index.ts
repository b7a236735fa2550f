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
      // Derived from the reservation code when given, so a re-confirmed demo booking keeps its code.
      const reservation =
        typeof body['reservationConfirmationCode'] === 'string'
          ? body['reservationConfirmationCode']
          : randomBytes(4).toString('hex');
      const code = `FJT-${reservation.toUpperCase()}`;
      bookings.set(code, {
        status: 'CONFIRMED',
        refusal: typeof body['refuseCancellation'] === 'string' ? body['refuseCancellation'] : null,
      });
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
      const code = body['bookingConfirmationCode'];
      const booking = typeof code === 'string' ? bookings.get(code) : undefined;
      if (!booking || typeof code !== 'string')
        return {
          status: 200,
          body: { failedCancellation: { cancellationError: 'Unknown booking confirmation code' } },
        };
      if (booking.refusal && booking.status === 'CONFIRMED')
        return { status: 200, body: { failedCancellation: { cancellationError: booking.refusal } } };
      // Idempotent on the confirmation code, as Bókun's docs advise plugin authors.
      if (booking.status === 'CONFIRMED') appliedCancels.set(code, (appliedCancels.get(code) ?? 0) + 1);
      booking.status = 'CANCELLED';
      return { status: 200, body: { successfulCancellation: {} } };
    }
    return { status: 404, body: { error: 'Unknown endpoint' } };
  }

  const server = await startSimServer(handle);
  return { url: server.url, server, bookings, appliedCancels, close: () => server.close() };
}
