import { describe, expect, it } from 'vitest';
import { parseWebhookEndpoints, webhookEndpointId } from '../../../src/config-webhooks.js';
import { retryWait } from '../../../src/services/webhooks/retry.js';
import { displayUrl } from '../../../src/services/webhooks/service.js';

const secret = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;
const parse = (value: unknown) => parseWebhookEndpoints(JSON.stringify(value));

describe('WEBHOOK_ENDPOINTS', () => {
  it('reads endpoints with one secret or several (rotation) and an optional event filter', () => {
    const { endpoints, error } = parse([
      { url: 'https://backoffice.example/hooks?token=abc', secret },
      {
        url: 'http://127.0.0.1:9000/',
        secret: [secret, secret.replace('whsec_B', 'whsec_C')],
        events: ['order_item.cancelled'],
      },
    ]);
    expect(error).toBeNull();
    expect(endpoints.map(e => e.secrets.length)).toEqual([1, 2]);
    expect(endpoints[0]?.events).toBeNull();
    expect([...(endpoints[1]?.events ?? [])]).toEqual(['order_item.cancelled']);
    expect(endpoints[0]?.id).toBe(webhookEndpointId('https://backoffice.example/hooks?token=abc'));
    expect(endpoints[0]?.id).toMatch(/^ep_[0-9a-f]{16}$/);
  });

  it('is empty when unset', () => {
    expect(parseWebhookEndpoints(undefined)).toEqual({ endpoints: [], error: null });
  });

  it.each([
    ['not JSON', '{oops', 'must be a JSON list'],
    ['not a list', JSON.stringify({ url: 'https://x.example', secret }), 'must be a JSON list of endpoints'],
    ['a bad scheme', JSON.stringify([{ url: 'ftp://x.example/h', secret }]), 'entry 1: url'],
    [
      'credentials in the URL',
      JSON.stringify([{ url: 'https://u:p@x.example/h', secret }]),
      'entry 1: url must not carry credentials',
    ],
    [
      'a secret without whsec_',
      JSON.stringify([{ url: 'https://x.example/h', secret: 'hunter2-hunter2-hunter2-hunter2' }]),
      'entry 1: secret must be whsec_',
    ],
    [
      'an unknown event',
      JSON.stringify([{ url: 'https://x.example/h', secret, events: ['order.exploded'] }]),
      'entry 1: events',
    ],
    ['an unknown field', JSON.stringify([{ url: 'https://x.example/h', secret, retries: 9 }]), 'entry 1'],
    [
      'the same URL twice',
      JSON.stringify([
        { url: 'https://x.example/h', secret },
        { url: 'https://x.example/h', secret },
      ]),
      'entry 2: url is listed twice',
    ],
  ])('names the entry at fault for %s, and never echoes a secret', (_case, text, message) => {
    const { endpoints, error } = parseWebhookEndpoints(text);
    expect(endpoints).toEqual([]);
    expect(error).toContain(message);
    expect(error).not.toContain('hunter2');
    expect(error).not.toContain(secret.slice(6));
  });
});

describe('webhook retries', () => {
  const policy = { baseMs: 5_000, windowMs: 3 * 86_400_000 };
  it('doubles from the base with jitter over the upper half, capped at an hour', () => {
    expect(retryWait(policy, 1, () => 1)).toBe(5_000);
    expect(retryWait(policy, 1, () => 0)).toBe(2_500);
    expect(retryWait(policy, 3, () => 1)).toBe(20_000);
    expect(retryWait(policy, 40, () => 1)).toBe(3_600_000);
  });
});

describe('endpoint URLs shown to operators', () => {
  it('drop the query, which may carry a token', () => {
    expect(displayUrl('https://backoffice.example/hooks?token=abc')).toBe('https://backoffice.example/hooks');
  });
});
