// The example receiver (examples/webhook-receiver) as a developer runs it: it verifies a message the
// gateway's sender signed, answers at once, and takes a repeated webhook-id as a duplicate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand } from '../../../scripts/processes.mjs';
import { signedHeaders } from '../../../src/services/webhooks/send.js';
import { freePort } from '../../helpers/gateway-process.js';
import { pollUntil } from '../../helpers/poll.js';
import { newSecret } from '../../helpers/webhook-receiver.js';

const secret = newSecret();
let receiver: ReturnType<typeof startCommand>;
let url: string;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/hooks`;
  const env = { ...process.env, PORT: String(port), WEBHOOK_SECRET: secret };
  receiver = startCommand(
    process.execPath,
    ['--import', 'tsx', 'examples/webhook-receiver/receiver.ts'],
    env,
    'webhook receiver on',
  );
  await receiver.started;
});
afterAll(() => {
  receiver.process.kill('SIGTERM');
});

const post = (body: string, headers: Record<string, string>) =>
  fetch(url, { method: 'POST', body, headers }).then(r => r.status);

describe('the example webhook receiver', () => {
  it('prints the line to start the gateway with, verifies, deduplicates, and refuses a bad signature', async () => {
    await pollUntil(
      () => receiver.output(),
      out => out.includes('WEBHOOK_ENDPOINTS'),
      { tries: 50, everyMs: 20 },
    );
    expect(receiver.output()).toContain(`WEBHOOK_ENDPOINTS='[{"url":"${url}","secret":"${secret}"}]'`);
    const body = JSON.stringify({
      type: 'order_item.cancelled',
      timestamp: new Date().toISOString(),
      data: {
        provider: 'IMIN',
        providerReference: { order: 'o-1', item: 'i-1' },
        statusAfter: 'CANCELLED_BY_CUSTOMER',
      },
    });
    const message = { url, secrets: [secret], id: 'msg_example_1', body };
    expect(await post(body, signedHeaders(message, new Date()))).toBe(204);
    expect(await post(body, signedHeaders(message, new Date()))).toBe(204);
    const forged = signedHeaders({ ...message, secrets: [newSecret()] }, new Date());
    expect(await post(body, forged)).toBe(401);
    const out = await pollUntil(
      () => receiver.output(),
      o => o.includes('duplicate'),
      { tries: 50, everyMs: 20 },
    );
    expect(out).toContain(
      'order_item.cancelled IMIN {"order":"o-1","item":"i-1"} → CANCELLED_BY_CUSTOMER (msg_example_1)',
    );
    expect(out).toContain('duplicate msg_example_1');
  });
});
