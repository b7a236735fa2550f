import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault, SimResponse } from './sim-types.js';

export const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits the standing latency and the fault's own, each fixed or random within a range. */
export async function addedLatency(
  ...added: ReadonlyArray<number | readonly [number, number] | null | undefined>
) {
  for (const ms of added) {
    if (ms === null || ms === undefined) continue;
    const [min, max] = typeof ms === 'number' ? [ms, ms] : ms;
    await delay(min + Math.random() * (max - min));
  }
}

/** Answers a fault that replaces the handler altogether; false when the handler must run. */
export function answerWithoutHandler(res: ServerResponse, fault: Fault | undefined): boolean {
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
export async function deliver(
  req: IncomingMessage,
  res: ServerResponse,
  response: SimResponse,
  fault?: Fault,
) {
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
