import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every handler is: a request and its response, straight from `node:http`. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const JSON_TYPE = 'application/json; charset=utf-8';

/** Answers with a body and its length (one write: headers and body leave in one packet). */
export function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON_TYPE, JSON.stringify(value));
}

/**
 * A GraphQL-shaped error answered before Apollo: a fixed message, its code and the correlation id,
 * as JSON unless the caller negotiated another GraphQL response type.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  type: string = JSON_TYPE,
): void {
  const correlationId = res.getHeader('x-correlation-id');
  send(res, status, type, JSON.stringify({ errors: [{ message, extensions: { code, correlationId } }] }));
}

/**
 * The path without its query string, routed as Express did: any case, one trailing slash forgiven
 * (`/healthz/` is `/healthz`), and an absolute-form target (`GET http://host/healthz`, RFC 9112 §3.2.2)
 * read for its path.
 */
export function pathOf(url: string | undefined): { path: string; search: string } {
  let raw = url ?? '/';
  if (!raw.startsWith('/')) {
    const parsed = URL.parse(raw);
    raw = parsed ? `${parsed.pathname}${parsed.search}` : '/';
  }
  const at = raw.indexOf('?');
  const path = (at < 0 ? raw : raw.slice(0, at)).toLowerCase();
  return {
    path: path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path,
    search: at < 0 ? '' : raw.slice(at),
  };
}

/** A request body that cannot be read, with the status and code it is answered with. */
export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

const tooLarge = () => new BodyRefused(413, 'PAYLOAD_TOO_LARGE', 'Request body too large.');
const malformed = () => new BodyRefused(400, 'BAD_REQUEST', 'Malformed request.');

/** `application/json` (any parameters), as `express.json()` takes it; `+json` types are not requests. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semicolon = contentType.indexOf(';');
  const type = (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return type === 'application/json';
}

/** The declared charset, lowercased (RFC 8259 §8.1: JSON exchanged between systems is UTF-8). */
function charsetOf(contentType: string): string {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return (match?.[1] ?? 'utf-8').toLowerCase();
}

/**
 * A POST body as `express.json({ limit })` read it: `undefined` when there is none or it is not JSON
 * (Apollo then answers, its CSRF check first), `{}` for an empty JSON body, else the parsed object or
 * array. Refused: over `limit` (413, before reading when Content-Length says so), a charset that is
 * not UTF-8 or a compressed body (415), text that is not a JSON object or array (400).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = req.headers['content-type'];
  const declared = req.headers['content-length'];
  // As type-is: a Content-Length, even 0, or chunks mean a body (an empty JSON one reads as {}).
  const hasBody = req.headers['transfer-encoding'] !== undefined || declared !== undefined;
  if (!hasBody || type === undefined || !isJson(type)) return undefined;
  const charset = charsetOf(type);
  if (charset !== 'utf-8' && charset !== 'utf8')
    throw new BodyRefused(415, 'BAD_REQUEST', 'Request body charset not supported; send UTF-8.');
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity')
    throw new BodyRefused(415, 'BAD_REQUEST', 'Compressed request bodies are not accepted.');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge();
  const read = await readText(req, limit, declared === undefined ? null : Number(declared));
  // A byte order mark is allowed before UTF-8 JSON (RFC 8259 §8.1 lets a parser ignore it).
  const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
  if (text.length === 0) return {};
  // Strict, as express.json(): only an object or an array is a request body.
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') throw malformed();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed();
  }
}

/** The body as UTF-8 text, at most `limit` bytes; a body shorter or longer than declared is malformed. */
function readText(req: IncomingMessage, limit: number, declared: number | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const fail = (error: BodyRefused) => {
      cleanUp();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) return fail(tooLarge());
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      if (declared !== null && received !== declared) return reject(malformed());
      resolve(Buffer.concat(chunks, received).toString('utf8'));
    };
    // The client went away mid-body (a reset, or the socket closed before the end).
    const onCut = () => fail(malformed());
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onCut);
      req.off('close', onCut);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onCut);
    req.on('close', onCut);
  });
}

/**
 * What a refused body's rest may cost to read off: past it, the connection is closed instead (a body
 * many times the limit is not worth reading to keep one connection open).
 */
const DISCARD_BYTES = 1024 * 1024;
const DISCARD_MS = 2_000;

/**
 * Reads off and drops what is left of a refused body, as body-parser did, so the answer reaches the
 * client: closing a socket with unread bytes resets it, and the client may never see the 413. True
 * when the body ended within the bounds (the connection can stay open); false when it did not or
 * the client went away (the answer then closes the connection).
 */
export function discardRest(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  if (req.destroyed) return Promise.resolve(false);
  return new Promise(resolve => {
    let dropped = 0;
    const done = (ended: boolean) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
      req.off('error', onClose);
      if (!ended) req.pause();
      resolve(ended);
    };
    const onData = (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > DISCARD_BYTES) done(false);
    };
    const onEnd = () => done(true);
    const onClose = () => done(false);
    const timer = setTimeout(() => done(false), DISCARD_MS);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', onClose);
    req.resume();
  });
}
