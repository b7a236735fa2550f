import type { IncomingMessage } from 'node:http';
import type { ProviderId } from '../domain/provider.js';

/** One request as the simulator saw it, for tests to assert exact wire traffic. */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export interface SimRequest extends RecordedCall {
  json(): unknown;
}

export interface SimResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A fault for matching requests; `times` counts down (default: once). */
export interface Fault {
  readonly method?: string;
  readonly pathPrefix?: string;
  readonly times?: number;
  /** Let this many matching requests through untouched first. */
  readonly skip?: number;
  /** Added before the handler runs. */
  readonly latencyMs?: number | readonly [number, number];
  /** Answer with this status (and body) instead of running the handler. */
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Run the handler, then answer with a truncated JSON body. */
  readonly malformed?: boolean;
  /** Run the handler (so a cancel applies), then destroy the socket without answering. */
  readonly dropAfterApply?: boolean;
  /** Run the handler (so a cancel applies), then wait this long before answering. */
  readonly holdAfterApplyMs?: number;
  /** Send headers at once, then drip the body one byte every `dripMs`. */
  readonly dripMs?: number;
  /** Answer with a body of this many bytes. */
  readonly hugeBodyBytes?: number;
  /** Answer 308 to this URL. */
  readonly redirectTo?: string;
}

/** A demo booking a simulator holds, for development to register for a demo customer. */
export interface DemoBooking {
  readonly customer: 'alice' | 'bob';
  readonly provider: ProviderId;
  readonly providerReference: string;
  /** What the booking flow sends with it, for a provider that cannot read a booking back. */
  readonly [registrationField: string]: unknown;
}

/** A simulator started for development, with what points a gateway at it and the bookings it holds. */
export interface SimulatedProvider {
  readonly provider: ProviderId;
  /** The gateway's environment that points the provider at it, in the configuration contract's names. */
  readonly env: Readonly<Record<string, string>>;
  readonly demoBookings: readonly DemoBooking[];
  close(): Promise<void>;
}
