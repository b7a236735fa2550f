import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addedLatency, answerWithoutHandler, deliver } from './faults.js';
import type { Fault, RecordedCall, SimRequest, SimResponse } from './sim-types.js';

export type {
  DemoBooking,
  Fault,
  RecordedCall,
  SimRequest,
  SimResponse,
  SimulatedProvider,
} from './sim-types.js';

export interface SimServer {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Queue a fault; it applies to the next matching requests. */
  inject(fault: Fault): void;
  clearFaults(): void;
  /** Runs `fn` after `ms` (a provider finishing something later); pending ones are dropped on close. */
  later(ms: number, fn: () => void): void;
  /** A standing added latency on every request (fixed, or random within a range); null removes it. */
  setLatency(ms: number | readonly [number, number] | null): void;
  /** Requests being served right now, and the most at once since the last `resetStats()`. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** TCP connections accepted since start: flat after warm-up when clients keep connections alive. */
  readonly connections: number;
  resetStats(): void;
  close(): Promise<void>;
}

type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

/**
 * Changes a provider makes on its side (a seller cancels, a refund completes), on demand: each is
 * `POST /_simulator/<name>` with a JSON body, outside the provider's API (no credentials: loopback
 * only, and never the provider's own paths). Tests in the same process call them directly.
 */
export type ControlActions = Readonly<Record<string, (body: Record<string, unknown>) => SimResponse>>;

const CONTROL = /^\/_simulator\/([a-z-]+)$/;

function matches(fault: Fault, method: string, path: string): boolean {
  return (
    (!fault.method || fault.method === method) && (!fault.pathPrefix || path.startsWith(fault.pathPrefix))
  );
}

type ArmedFault = Fault & { remaining: number; skipping: number };

/**
 * A provider simulator's HTTP shell: a real server on a loopback port, a call log, and the fault
 * injection every simulator shares. `basePath` is the API root (e.g. `/api/v2`).
 */
class SimHttpServer implements SimServer {
  readonly calls: RecordedCall[] = [];
  url = '';
  inFlight = 0;
  maxInFlight = 0;
  connections = 0;
  private faults: ArmedFault[] = [];
  private latency: number | readonly [number, number] | null = null;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server: Server;

  constructor(
    private readonly handler: Handler,
    private readonly basePath: string,
    private readonly control: ControlActions = {},
  ) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.inFlight += 1;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        res.on('close', () => (this.inFlight -= 1));
        void this.serve(req, res, Buffer.concat(chunks).toString('utf8'));
      });
    });
    this.server.on('connection', () => (this.connections += 1));
  }

  async listen(port: number): Promise<void> {
    // A fixed port already taken rejects (EADDRINUSE) instead of throwing from an unhandled event.
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${this.basePath}`;
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1, skipping: fault.skip ?? 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  setLatency(ms: number | readonly [number, number] | null): void {
    this.latency = ms;
  }

  resetStats(): void {
    this.maxInFlight = this.inFlight;
  }

  close(): Promise<void> {
    return new Promise<void>(resolve => {
      for (const timer of this.timers) clearTimeout(timer);
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** A control action (not the provider's API): never recorded, never faulted. */
  private serveControl(action: string, method: string, body: string, res: ServerResponse): void {
    const run = this.control[action];
    let answer: SimResponse;
    if (method !== 'POST' || !run) answer = { status: 404, body: { error: 'no such control action' } };
    else {
      try {
        answer = run((body ? JSON.parse(body) : {}) as Record<string, unknown>);
      } catch {
        answer = { status: 400, body: { error: 'the body must be a JSON object' } };
      }
    }
    res
      .writeHead(answer.status, { 'content-type': 'application/json' })
      .end(JSON.stringify(answer.body ?? {}));
  }

  /** The next fault armed for this request, counted down (skips let matching requests through first). */
  private take(method: string, path: string): Fault | undefined {
    const candidate = this.faults.find(f => f.remaining > 0 && matches(f, method, path));
    const fault = candidate && candidate.skipping > 0 ? undefined : candidate;
    if (candidate && candidate.skipping > 0) candidate.skipping -= 1;
    if (fault) fault.remaining -= 1;
    this.faults = this.faults.filter(f => f.remaining > 0);
    return fault;
  }

  private async serve(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.local');
    const method = req.method ?? 'GET';
    const action = CONTROL.exec(url.pathname)?.[1];
    if (action !== undefined) return this.serveControl(action, method, body, res);
    const base = this.basePath;
    const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
    const call: RecordedCall = { method, path, query: url.searchParams, headers: req.headers, body };
    this.calls.push(call);
    const fault = this.take(method, path);
    await addedLatency(this.latency, fault?.latencyMs);
    if (answerWithoutHandler(res, fault)) return;
    let response: SimResponse;
    try {
      response = await this.handler({ ...call, json: () => JSON.parse(body) as unknown });
    } catch {
      response = { status: 500, body: { error: 'simulator handler failed' } };
    }
    await deliver(req, res, response, fault);
  }
}

export async function startSimServer(
  handler: Handler,
  options: { basePath?: string; port?: number; control?: ControlActions } = {},
): Promise<SimServer> {
  const server = new SimHttpServer(handler, options.basePath ?? '', options.control);
  await server.listen(options.port ?? 0);
  return server;
}

/** Checks one header; the simulators answer auth faults the way their provider documents. */
export function header(req: RecordedCall, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** A credential made up for one process, for a simulator and the gateway pointed at it alike. */
export const madeUpSecret = (bytes = 24): string => randomBytes(bytes).toString('base64url');
