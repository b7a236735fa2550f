// The landing page without internet: Sandbox comes from Apollo's CDN, so the page must stand alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentHook } from '../../../src/dev/index.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

describe('development landing page', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: providerPlugins, development: developmentHook });
  });
  afterAll(() => gw.close());

  it('carries an offline fallback: a curl command, the demo token, the SDL link and a runner', async () => {
    const res = await fetch(`${gw.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(html).toContain('embeddable-sandbox');
    expect(html).toContain('Apollo Sandbox could not be loaded');
    expect(html).toContain(gw.demoTokens?.['alice']);
    expect(html).toContain('href="/schema.graphql"');
    expect(html).toMatch(/curl -s/);
    expect(html).toContain('id="og-run"');
    // The runner's script carries the page's CSP nonce, or the browser would refuse to run it.
    const nonce = /'nonce-([0-9a-f]+)'/.exec(html)?.[1];
    expect(html).toContain(`<script nonce="${nonce}">`);
    // Offline, Apollo's script has no EmbeddedSandbox to construct: its one start is guarded, so the
    // page throws nothing (browser.test.ts sees it in Chromium), and its blocks wrap rather than clip.
    expect(html.split('new window.EmbeddedSandbox(')).toHaveLength(2);
    expect(html).toContain('if (window.EmbeddedSandbox) new window.EmbeddedSandbox(');
    expect(html).toMatch(/#og-fallback pre \{ white-space: pre-wrap; overflow-wrap: anywhere;/);
  });

  it('serves the schema as SDL at /schema.graphql while introspection is on', async () => {
    const res = await fetch(`${gw.url}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const sdl = await res.text();
    expect(sdl).toContain('type Query');
    expect(sdl).toContain('orderItemUpdated');
  });
});

describe('production', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      env: { GATEWAY_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) },
    });
  });
  afterAll(() => gw.close());

  it('serves no SDL when introspection is off', async () => {
    expect((await fetch(`${gw.url}/schema.graphql`)).status).toBe(404);
  });
});
