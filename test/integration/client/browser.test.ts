// A real browser (headless Chromium) on another origin: CORS for the query, Origin for the WebSocket.
// CI installs Debian's chromium (.ci/run); locally the suite says so and skips when it is missing.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CUSTOMERS } from '../../../src/dev/demo.js';
import { developmentHook } from '../../../src/dev/index.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { freePort } from '../../helpers/gateway-process.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`SKIPPED: headless Chromium tests need ${CHROMIUM} (apt-get install chromium).`);

/** The page a frontend team would ship: my bookings over fetch, then one live event over graphql-ws. */
const page = (gateway: string, token: string) => `<!doctype html><meta charset="utf-8"><script type="module">
const query = '{ viewer { orders(first: 50) { edges { node { provider items { id status cancellability { cancellable } } } } } } }';
const result = {};
try {
  const res = await fetch('${gateway}/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ${token}' },
    body: JSON.stringify({ query }),
  });
  result.status = res.status;
  result.correlationId = res.headers.get('x-correlation-id');
  result.body = await res.json();
} catch (error) { result.fetchError = String(error); }
const item = result.body?.data?.viewer.orders.edges[0]?.node.items[0]?.id ?? 'none';
result.live = await new Promise(resolve => {
  const socket = new WebSocket('${gateway.replace(/^http/, 'ws')}/graphql', 'graphql-transport-ws');
  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer ${token}' } }));
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    if (message.type === 'connection_ack')
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription($id: ID!) { orderItemUpdated(id: $id) { id status } }', variables: { id: item } } }));
    if (message.type === 'next') { resolve(message.payload); socket.close(1000); }
  };
  socket.onerror = () => resolve({ socketError: true });
  setTimeout(() => resolve({ timedOut: true }), 8000);
});
window.__result = result;
</script>`;

describe.skipIf(!available)('headless Chromium on another origin', () => {
  let gw: TestGateway;
  let browser: Browser;
  let allowedPage: Server;
  let foreignPage: Server;
  const serve = (html: () => string, port: number) =>
    new Promise<Server>(resolve => {
      const server = createServer((_req, res) => res.setHeader('content-type', 'text/html').end(html()));
      server.listen(port, '127.0.0.1', () => resolve(server));
    });
  const origin = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  beforeAll(async () => {
    const allowedPort = await freePort();
    gw = await startTestGateway({
      plugins: providerPlugins,
      development: developmentHook,
      env: { CORS_ORIGINS: `http://127.0.0.1:${allowedPort}` },
    });
    const token = await gw.token(DEMO_CUSTOMERS.alice);
    allowedPage = await serve(() => page(gw.url, token), allowedPort);
    foreignPage = await serve(() => page(gw.url, token), await freePort());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    allowedPage?.close();
    foreignPage?.close();
    await gw?.close();
  });

  const resultOn = async (server: Server) => {
    const tab = await browser.newPage();
    const console: string[] = [];
    tab.on('console', message => console.push(message.text()));
    await tab.goto(origin(server));
    // These run in the page, where globalThis is the window.
    await tab.waitForFunction(() => '__result' in globalThis, undefined, { timeout: 20_000 });
    const result = await tab.evaluate(() => (globalThis as unknown as { __result: any }).__result);
    await tab.close();
    return { ...result, console: console.join('\n') };
  };

  it('an allowed origin runs "my bookings" over fetch, reads x-correlation-id, and gets a live event over graphql-ws', async () => {
    const result = await resultOn(allowedPage);
    expect(result.status).toBe(200);
    expect(result.correlationId).toEqual(expect.any(String));
    const edges = result.body.data.viewer.orders.edges;
    expect(new Set(edges.map((e: { node: { provider: string } }) => e.node.provider)).size).toBe(4);
    expect(result.live).toMatchObject({
      data: { orderItemUpdated: { id: expect.any(String), status: expect.any(String) } },
    });
  }, 40_000);

  it('another origin is blocked by the browser (no allow-origin) and its WebSocket is refused', async () => {
    const result = await resultOn(foreignPage);
    expect(result.fetchError).toMatch(/Failed to fetch/);
    expect(result.live).toEqual({ socketError: true });
    // What the developer sees in the console: a refusal (403), not an authentication failure.
    expect(result.console).toMatch(/WebSocket connection to .* failed.*403/);
    expect(result.console).not.toMatch(/HTTP Authentication failed/);
  }, 40_000);

  it("the landing page, with Apollo's CDN unreachable (no internet here), falls back to a runner that works", async () => {
    const tab = await browser.newPage();
    await tab.route(/apollographql\.com|googleapis\.com/, route => route.abort());
    await tab.goto(`${gw.url}/graphql`);
    await tab.click('#og-run');
    await tab.waitForFunction(
      () => (globalThis as any).document.getElementById('og-out').textContent.includes('viewer'),
      undefined,
      {
        timeout: 20_000,
      },
    );
    const out = await tab.textContent('#og-out');
    expect(JSON.parse(out ?? '{}').data.viewer.customerId).toBe(DEMO_CUSTOMERS.alice);
    await tab.close();
  }, 40_000);

  it('offline at 1280 px, the curl command and the token are whole on screen, and the page throws nothing', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    tab.on('pageerror', error => pageErrors.push(error.message));
    await tab.route(/apollographql\.com|googleapis\.com|gstatic\.com/, route => route.abort());
    await tab.goto(`${gw.url}/graphql`, { waitUntil: 'load' });
    // In the page: each block's own overflow, and whether it reaches past the window's edge.
    const blocks = await tab.evaluate(() => {
      const { document } = globalThis as any;
      return ['og-curl', 'og-token'].map(id => {
        const element = document.getElementById(id);
        const box = element.getBoundingClientRect();
        return {
          id,
          text: element.textContent as string,
          overflow: element.scrollWidth - element.clientWidth,
          pastTheEdge: box.right - document.documentElement.clientWidth,
        };
      });
    });
    const token = gw.demoTokens?.['alice'] ?? '';
    expect(token.length).toBeGreaterThan(100);
    for (const block of blocks) {
      expect(block.text).toContain(token);
      expect({ id: block.id, overflow: block.overflow }).toEqual({ id: block.id, overflow: 0 });
      expect(block.pastTheEdge).toBeLessThanOrEqual(0);
    }
    expect(pageErrors).toEqual([]);
    await tab.close();
  }, 40_000);
});
