import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseWebhookEndpoints, type WebhookEndpointConfig } from '../../../src/config-webhooks.js';
import type { ChangeInput } from '../../../src/domain/changes.js';
import { systemClock } from '../../../src/domain/clock.js';
import type { Ledger } from '../../../src/ledger/index.js';
import { createLogger } from '../../../src/lib/logger.js';
import { createWebhookSender } from '../../../src/services/webhooks/send.js';
import { Webhooks } from '../../../src/services/webhooks/service.js';
import { change } from '../../helpers/changes.js';
import { LEDGER_BACKENDS, openTestLedger } from '../../helpers/ledgers.js';
import { pollUntil } from '../../helpers/poll.js';
import { newSecret, startReceiver, status, type Receiver } from '../../helpers/webhook-receiver.js';

const logger = createLogger('silent');

function endpoint(url: string, secrets: string[], events?: string[]): WebhookEndpointConfig {
  const { endpoints, error } = parseWebhookEndpoints(JSON.stringify([{ url, secret: secrets, events }]));
  if (error || !endpoints[0]) throw new Error(error ?? 'no endpoint');
  return endpoints[0];
}

describe.each(LEDGER_BACKENDS)('webhook delivery on $name', ({ name, skip }) => {
  let ledger: Ledger;
  let dispose: () => Promise<void>;
  const running: Array<{ stop(): Promise<void> }> = [];
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    if (!skip) ({ ledger, dispose } = await openTestLedger(name));
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map(r => r.stop()));
    await Promise.all(receivers.splice(0).map(r => r.close()));
  });
  afterAll(async () => {
    if (!skip) await dispose();
  });

  async function serve(
    endpoints: WebhookEndpointConfig[],
    policy = { baseMs: 20, windowMs: 60_000 },
    sender = createWebhookSender({ timeoutMs: 2_000 }),
  ) {
    const hooks = new Webhooks(
      endpoints,
      { ledger, sender, clock: systemClock, logger, instanceId: `test-${name}`, policy, leaseMs: 5_000 },
      50,
    );
    await hooks.ready;
    running.push({ stop: async () => (await hooks.stop(), await sender.close()) });
    return hooks;
  }
  const record = (...changes: ChangeInput[]) =>
    ledger.transact(trx => ledger.changes.append(trx, changes, new Date()));
  const receiver = async (...args: Parameters<typeof startReceiver>) => {
    const r = await startReceiver(...args);
    receivers.push(r);
    return r;
  };

  it.skipIf(skip)(
    'WH-01: a receiver that fails 3 times then succeeds gets the change, one webhook-id, verified by the reference library',
    async () => {
      const rx = await receiver((res, n) => res.writeHead(n < 3 ? 500 : 204).end());
      const secret = newSecret();
      await serve([endpoint(rx.url, [secret])]);
      await record(change({ orderRef: 'wh-01', kind: 'CANCELLED' }));
      await pollUntil(
        () => rx.received.length,
        n => n >= 4,
        { tries: 200, everyMs: 25 },
      );
      expect(rx.received).toHaveLength(4);
      const ids = new Set(rx.received.map(r => r.headers['webhook-id']));
      expect(ids.size).toBe(1);
      for (const attempt of rx.received) {
        const event = new Webhook(secret).verify(attempt.body, attempt.headers as Record<string, string>);
        expect(event).toMatchObject({
          type: 'order_item.cancelled',
          data: { kind: 'CANCELLED', providerReference: { order: 'wh-01', item: 'item-1' } },
        });
      }
      await new Promise(resolve => setTimeout(resolve, 200));
      expect(rx.received).toHaveLength(4);
    },
  );

  it.skipIf(skip)(
    'rotation: two secrets sign every message; a receiver with either one verifies it',
    async () => {
      const rx = await receiver();
      const [oldSecret, newOne] = [newSecret(), newSecret()];
      await serve([endpoint(rx.url, [oldSecret, newOne])]);
      await record(change({ orderRef: 'rotation' }));
      await pollUntil(
        () => rx.received.length,
        n => n >= 1,
        { tries: 200, everyMs: 25 },
      );
      const [got] = rx.received;
      expect(String(got!.headers['webhook-signature']).split(' ')).toHaveLength(2);
      for (const secret of [oldSecret, newOne])
        expect(() =>
          new Webhook(secret).verify(got!.body, got!.headers as Record<string, string>),
        ).not.toThrow();
      expect(() =>
        new Webhook(newSecret()).verify(got!.body, got!.headers as Record<string, string>),
      ).toThrow();
    },
  );

  it.skipIf(skip)(
    'changes to one item arrive in feed order: a later one waits for the earlier to get through',
    async () => {
      const rx = await receiver((res, n) => res.writeHead(n < 2 ? 503 : 200).end());
      await serve([endpoint(rx.url, [newSecret()])]);
      await record(
        change({ orderRef: 'ordered', kind: 'CANCELLATION_REQUESTED' }),
        change({ orderRef: 'ordered', kind: 'CANCELLED' }),
      );
      await pollUntil(
        () => rx.received.length,
        n => n >= 4,
        { tries: 200, everyMs: 25 },
      );
      const kinds = rx.received.map(r => (JSON.parse(r.body) as { data: { kind: string } }).data.kind);
      expect(kinds).toEqual([
        'CANCELLATION_REQUESTED',
        'CANCELLATION_REQUESTED',
        'CANCELLATION_REQUESTED',
        'CANCELLED',
      ]);
    },
  );

  it.skipIf(skip)(
    'WH-02: down past the window: dead-lettered, counted; redelivery through the operators works',
    async () => {
      const rx = await receiver(status(500));
      const ep = endpoint(rx.url, [newSecret()]);
      const hooks = await serve([ep], { baseMs: 20, windowMs: 400 });
      await record(change({ orderRef: 'dead-1' }));
      const dead = await pollUntil(
        () => hooks.statuses(),
        s => s[0]?.dead === 1,
        { tries: 200, everyMs: 25 },
      );
      expect(dead[0]).toMatchObject({ dead: 1, pending: 0, lastStatus: 500, lastError: 'status 500' });
      const attempts = rx.received.length;
      await new Promise(resolve => setTimeout(resolve, 200));
      expect(rx.received.length).toBe(attempts);

      rx.answerWith(status(200));
      expect(await hooks.redeliver(ep.id)).toBe(1);
      const after = await pollUntil(
        () => hooks.statuses(),
        s => s[0]?.dead === 0 && s[0]?.pending === 0,
        {
          tries: 200,
          everyMs: 25,
        },
      );
      expect(after[0]).toMatchObject({ dead: 0, pending: 0, lastStatus: 200 });
      expect(new Set(rx.received.map(r => r.headers['webhook-id'])).size).toBe(1);
      expect(await hooks.redeliver('ep_unknown')).toBeNull();
    },
  );

  it.skipIf(skip)(
    '410 Gone disables the endpoint: nothing more is sent until an operator turns it back on',
    async () => {
      const rx = await receiver(status(410));
      const ep = endpoint(rx.url, [newSecret()]);
      const hooks = await serve([ep]);
      await record(change({ orderRef: 'gone-1' }));
      const off = await pollUntil(
        () => hooks.statuses(),
        s => s[0]?.disabledAt != null,
        { tries: 200, everyMs: 25 },
      );
      expect(off[0]).toMatchObject({ disabledReason: 'answered 410 Gone', pending: 1 });
      await record(change({ orderRef: 'gone-2' }));
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(rx.received).toHaveLength(1);

      rx.answerWith(status(200));
      await hooks.redeliver(ep.id);
      await pollUntil(
        () => rx.received.length,
        n => n >= 3,
        { tries: 200, everyMs: 25 },
      );
      const refs = rx.received.map(
        r =>
          (JSON.parse(r.body) as { data: { providerReference: { order: string } } }).data.providerReference
            .order,
      );
      expect(refs).toEqual(['gone-1', 'gone-1', 'gone-2']);
    },
  );

  it.skipIf(skip)('an endpoint gets only the event types it asked for', async () => {
    const rx = await receiver();
    await serve([endpoint(rx.url, [newSecret()], ['order_item.cancelled_by_provider'])]);
    await record(
      change({ orderRef: 'f1', kind: 'STATUS_CHANGED' }),
      change({ orderRef: 'f2', kind: 'CANCELLED_BY_PROVIDER' }),
    );
    await pollUntil(
      () => rx.received.length,
      n => n >= 1,
      { tries: 200, everyMs: 25 },
    );
    await new Promise(resolve => setTimeout(resolve, 150));
    expect(rx.received.map(r => (JSON.parse(r.body) as { type: string }).type)).toEqual([
      'order_item.cancelled_by_provider',
    ]);
  });

  it.skipIf(skip)(
    'WH-04: a receiver that redirects, answers 10 MB or hangs is cut off and stalls neither the others nor the gateway',
    async () => {
      const target = await receiver();
      const redirect = await receiver(res => res.writeHead(307, { location: target.url }).end());
      const huge = await receiver(res => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(Buffer.alloc(10 * 1024 * 1024, 120));
      });
      const hang = await receiver(() => undefined);
      const good = await receiver();
      const sender = createWebhookSender({ timeoutMs: 500 });
      const hooks = await serve(
        [redirect, huge, hang, good].map(r => endpoint(r.url, [newSecret()])),
        { baseMs: 10_000, windowMs: 60_000 },
        sender,
      );
      await record(change({ orderRef: 'hostile' }));
      await pollUntil(
        () => good.received.length,
        n => n >= 1,
        { tries: 200, everyMs: 10 },
      );
      expect(good.received).toHaveLength(1);
      const statuses = await pollUntil(
        () => hooks.statuses(),
        s => s.filter(e => e.lastAttemptAt).length === 4,
        { tries: 200, everyMs: 25 },
      );
      const byUrl = Object.fromEntries(statuses.map(s => [s.url, s]));
      expect(byUrl[redirect.url]).toMatchObject({
        lastStatus: 307,
        lastError: 'redirect not followed',
        pending: 1,
      });
      expect(target.received).toHaveLength(0);
      expect(byUrl[huge.url]).toMatchObject({ lastStatus: 200, pending: 0 });
      expect(byUrl[hang.url]).toMatchObject({ lastStatus: null, lastError: 'timed out', pending: 1 });
    },
    20_000,
  );
});
