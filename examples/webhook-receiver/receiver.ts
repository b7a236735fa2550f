/**
 * A small webhook receiver for the gateway's signed events (Standard Webhooks): it verifies every
 * signature with the reference library, answers 2xx at once, skips a `webhook-id` it has seen (a
 * retry after a crash), and prints each event. Run it beside `npm start`:
 *
 *   npm run webhook:receiver            # prints the WEBHOOK_ENDPOINTS line to start the gateway with
 *   WEBHOOK_ENDPOINTS='…' npm start     # in another terminal
 *
 * Options (environment): PORT (default 4400), WEBHOOK_SECRET (default: a new one, printed).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

const port = Number(process.env['PORT'] ?? 4400);
const secret = process.env['WEBHOOK_SECRET'] ?? `whsec_${randomBytes(24).toString('base64')}`;
const webhook = new Webhook(secret);
/** Seen ids: a real receiver keeps these durably (a table with a unique key), for as long as retries last. */
const seen = new Set<string>();
const MAX_BODY = 256 * 1024;

const server = createServer((req, res) => {
  if (req.method !== 'POST') return void res.writeHead(405).end();
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    let event: { type: string; timestamp: string; data: Record<string, unknown> };
    try {
      event = webhook.verify(body, req.headers as Record<string, string>) as typeof event;
    } catch (error) {
      // A forged, tampered or replayed-too-late message: refuse it (the gateway retries a 4xx too).
      res.writeHead(error instanceof WebhookVerificationError ? 401 : 400).end();
      return;
    }
    const id = String(req.headers['webhook-id']);
    res.writeHead(204).end();
    if (seen.has(id)) return void console.log(`duplicate ${id} (already handled)`);
    seen.add(id);
    const { data } = event;
    console.log(
      `${event.timestamp} ${event.type} ${String(data['provider'])} ${JSON.stringify(data['providerReference'])} → ${String(data['statusAfter'])} (${id})`,
    );
  });
});

server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/hooks`;
  console.log(`webhook receiver on ${url}`);
  console.log(`start the gateway with:\nWEBHOOK_ENDPOINTS='${JSON.stringify([{ url, secret }])}'`);
});
process.once('SIGTERM', () => server.close());
process.once('SIGINT', () => server.close(() => process.exit(0)));
