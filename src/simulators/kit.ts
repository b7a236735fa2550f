import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

function matches(fault: Fault, method: string, path: string): boolean {
  return (
    (!fault.method || fault.method === method) && (!fault.pathPrefix || path.startsWith(fault.pathPrefix))
  );
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

type ArmedFault = Fault & { remaining: number; skipping: number };

/** Waits the standing latency and the fault's own, each fixed or random within a range. */
async function addedLatency(...added: ReadonlyArray<number | readonly [number, number] | null | undefined>) {
  for (const ms of added) {
    if (ms === null || ms === undefined) continue;
    const [min, max] = typeof ms === 'number' ? [ms, ms] : ms;
    await delay(min + Math.random() * (max - min));
  }
}

/** Answers a fault that replaces the handler altogether; false when the handler must run. */
function answerWithoutHandler(res: ServerResponse, fault: Fault | undefined): boolean {
  if (fault?.redirectTo) {
    res.writeHead(308, { location: fault.redirectTo }).end();
    return true;
  }
  if (fault?.status !== undefined) {
    send(res, {
      status: fault.status,
      body: fault.body,
      ...(fault.headers ? { headers: fault.headers } : {}),
    });
    return true;
  }
  if (fault?.hugeBodyBytes) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(fault.hugeBodyBytes)}"`);
    return true;
  }
  return false;
}

/** Delivers the handler's answer as the fault says: held, dropped, cut short, dripped, or whole. */
async function deliver(req: IncomingMessage, res: ServerResponse, response: SimResponse, fault?: Fault) {
  if (fault?.holdAfterApplyMs) await delay(fault.holdAfterApplyMs);
  if (fault?.dropAfterApply) {
    req.socket.destroy();
    return;
  }
  if (fault?.malformed) {
    res
      .writeHead(response.status, { 'content-type': 'application/json' })
      .end(JSON.stringify(response.body ?? {}).slice(0, 7));
    return;
  }
  if (fault?.dripMs) return drip(res, response, fault.dripMs);
  send(res, response);
}

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
    await new Promise<void>(resolve => this.server.listen(port, '127.0.0.1', resolve));
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
  options: { basePath?: string; port?: number } = {},
): Promise<SimServer> {
  const server = new SimHttpServer(handler, options.basePath ?? '');
  await server.listen(options.port ?? 0);
  return server;
}

function send(res: ServerResponse, response: SimResponse): void {
  if (response.body === undefined) {
    res.writeHead(response.status, response.headers ?? {}).end();
    return;
  }
  const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
  res.writeHead(response.status, { 'content-type': 'application/json', ...response.headers }).end(text);
}

async function drip(res: ServerResponse, response: SimResponse, everyMs: number): Promise<void> {
  const text = JSON.stringify(response.body ?? {});
  res.writeHead(response.status, { 'content-type': 'application/json' });
  for (const char of text) {
    if (res.destroyed) return;
    res.write(char);
    await delay(everyMs);
  }
  res.end();
}

/** Checks one header; the simulators answer auth faults the way their provider documents. */
export function header(req: RecordedCall, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
