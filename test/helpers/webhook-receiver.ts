import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** How the receiver answers its nth request (0-based): it writes the response itself. */
export type Answer = (response: ServerResponse, n: number, received: ReceivedWebhook) => void;

export const status =
  (code: number): Answer =>
  response =>
    response.writeHead(code).end();

/** A real HTTP receiver on loopback that records every request and answers as scripted. */
export async function startReceiver(answer: Answer = status(200)) {
  const received: ReceivedWebhook[] = [];
  let script = answer;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(entry);
      script(response, received.length - 1, entry);
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answerWith(next: Answer) {
      script = next;
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A fresh Standard Webhooks secret. */
export const newSecret = (): string =>
  `whsec_${Buffer.from(crypto.getRandomValues(new Uint8Array(24))).toString('base64')}`;
