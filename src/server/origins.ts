import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../lib/logger.js';

/** An Origin is a header anyone can write: this much of it is logged or echoed, no more. */
const MAX_ORIGIN_CHARS = 200;
/** Each refused origin is logged once per this long (a long-lived process still hears of it again). */
const ONCE_PER_MS = 60 * 60_000;
/** Distinct refused origins remembered; the oldest is forgotten first. */
const REMEMBERED = 1_000;
/** Whatever the number of distinct origins, at most this many refusal lines a minute. */
const LINES_PER_MINUTE = 10;
/** What a browser may send (Apollo's CSRF-prevention headers included) and read back. */
const ALLOWED_HEADERS = 'authorization,content-type,apollo-require-preflight,x-apollo-operation-name';
const EXPOSED_HEADERS = 'x-correlation-id,retry-after,www-authenticate';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const clip = (origin: string) => origin.slice(0, MAX_ORIGIN_CHARS);

function parse(origin: string): URL | null {
  try {
    return new URL(origin);
  } catch {
    return null;
  }
}

/**
 * Which browser origins may call `/graphql`: `CORS_ORIGINS` for HTTP (`cors()` below) and for
 * WebSocket handshakes, where CORS does not apply and the server must check `Origin` itself. A
 * refusal is logged at info with the origin, once per origin and at most ten lines a minute, so that
 * "my frontend cannot reach the gateway" has an answer in the log that a flood cannot drown.
 */
export class BrowserOrigins {
  readonly #allowed: ReadonlySet<string>;
  readonly #logged = new LRUCache<string, true>({ max: REMEMBERED, ttl: ONCE_PER_MS });
  #windowStart = 0;
  #linesInWindow = 0;
  #suppressed = 0;

  constructor(
    allowed: readonly string[],
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.#allowed = new Set(allowed);
  }

  /** No Origin (not a browser), a listed one, or the gateway's own (Sandbox, the offline page). */
  allows(origin: string | undefined, host: string | undefined): boolean {
    if (!origin || this.#allowed.has(origin)) return true;
    return parse(origin)?.host === host;
  }

  /** The body of a refused WebSocket handshake: the cause and the fix, as a developer reads it. */
  refusal(origin: string): string {
    const because = `Origin ${clip(origin)} is not allowed: add it to CORS_ORIGINS.`;
    // The list itself is not echoed to whoever asks; the log names the lookalike.
    return LOOPBACK.has(parse(origin)?.hostname ?? '')
      ? `${because} (localhost and 127.0.0.1 are different origins to a browser.)`
      : because;
  }

  /** Logs a refusal (rate-limited); `transport` says which door it knocked on. */
  refused(origin: string, transport: 'http' | 'websocket'): void {
    const key = clip(origin);
    if (this.#logged.has(key) || !this.#takeLine()) return;
    this.#logged.set(key, true);
    const lookalike = this.#lookalike(origin);
    const suppressed = this.#suppressed;
    this.#suppressed = 0;
    this.logger.info(
      {
        origin: key,
        transport,
        ...(lookalike ? { allowedLookalike: lookalike } : {}),
        ...(suppressed > 0 ? { suppressedBefore: suppressed } : {}),
      },
      'browser origin refused: not in CORS_ORIGINS',
    );
  }

  /**
   * CORS for `/graphql`, only when a browser sent an `Origin`: a refusal is noted (the answer then
   * carries no CORS headers, and the browser withholds it), even with no CORS_ORIGINS at all, the
   * usual reason a frontend gets nothing back. A listed origin is named back (never `*`: bearer
   * tokens, not cookies, so no credentials either) with the headers a client may read; its preflight
   * is answered here, allowing Apollo's CSRF-prevention headers. True when the request was answered.
   */
  cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return false;
    if (!this.allows(origin, req.headers.host)) this.refused(origin, 'http');
    if (!this.#allowed.has(origin)) return false;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'Origin');
    if (req.method !== 'OPTIONS') {
      res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
      return false;
    }
    res.setHeader('access-control-allow-methods', 'GET,POST,OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
    res.statusCode = 204;
    res.setHeader('content-length', '0');
    res.end();
    return true;
  }

  #takeLine(): boolean {
    const now = this.now();
    if (now - this.#windowStart >= 60_000) {
      this.#windowStart = now;
      this.#linesInWindow = 0;
    }
    if (this.#linesInWindow >= LINES_PER_MINUTE) {
      this.#suppressed += 1;
      return false;
    }
    this.#linesInWindow += 1;
    return true;
  }

  /** The listed origin this one differs from only by its loopback name (localhost vs 127.0.0.1). */
  #lookalike(origin: string): string | null {
    const refused = parse(origin);
    if (!refused || !LOOPBACK.has(refused.hostname)) return null;
    for (const allowed of this.#allowed) {
      const url = parse(allowed);
      if (url && LOOPBACK.has(url.hostname) && url.protocol === refused.protocol && url.port === refused.port)
        return allowed;
    }
    return null;
  }
}
