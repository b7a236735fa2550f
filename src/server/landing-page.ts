import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

/** Pre-filled in Sandbox in development. */
export interface SandboxOptions {
  readonly token: string;
  readonly document: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

/**
 * What the page shows when Sandbox (served from Apollo's CDN) cannot load: a curl command, the demo
 * token, the SDL and a small runner, all from this server. Its script runs under the page's own CSP
 * nonce. Apollo's page already reveals this block when the Sandbox never draws over it.
 */
function offlineFallback(nonce: string, sandbox: SandboxOptions | undefined): string {
  const token = sandbox?.token ?? '<your token>';
  const document = sandbox?.document ?? '{ viewer { customerId } }';
  return `<div class="fallback" id="og-fallback">
  <style nonce="${nonce}">
    #og-fallback { font-family: system-ui, sans-serif; }
    /* Apollo's page hides horizontal overflow: a long line would be cut, so the blocks wrap, anywhere
       in a token if need be, and stay whole to read and to copy. */
    #og-fallback pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: 0.5em; }
    #og-fallback textarea { box-sizing: border-box; max-width: 100%; }
    #og-fallback pre:empty { display: none; }
  </style>
  <h1>orders-gateway</h1>
  <p>Apollo Sandbox could not be loaded: it comes from Apollo's CDN, and this machine may be offline.
  Everything below is served by the gateway itself.</p>
  <h2>curl</h2><pre id="og-curl"></pre>
  <h2>Demo bearer token${sandbox ? ' (Alice)' : ''}</h2><pre id="og-token">${escapeHtml(token)}</pre>
  <p>Schema (SDL): <a href="/schema.graphql">/schema.graphql</a>. More tokens: <code>npm run token -- &lt;customer&gt;</code>.</p>
  <h2>Run an operation</h2>
  <textarea id="og-doc" rows="14" cols="100">${escapeHtml(document)}</textarea><br />
  <textarea id="og-vars" rows="3" cols="100">{}</textarea><br />
  <button id="og-run">Run</button>
  <pre id="og-out"></pre>
  <script nonce="${nonce}">
    // The Sandbox never came (its CDN is unreachable): take its empty overlay away and let the page scroll.
    window.addEventListener('load', function () {
      if (window.EmbeddedSandbox) return;
      document.getElementById('embeddableSandbox').style.display = 'none';
      document.body.style.overflowY = 'auto';
    });
    (function () {
      var token = document.getElementById('og-token').textContent;
      var endpoint = location.origin + location.pathname;
      document.getElementById('og-curl').textContent =
        "curl -s " + endpoint + " -H 'content-type: application/json' -H 'authorization: Bearer " + token +
        "' --data '{\\"query\\":\\"{ viewer { customerId } }\\"}'";
      document.getElementById('og-run').onclick = function () {
        var out = document.getElementById('og-out');
        out.textContent = '…';
        var variables;
        try { variables = JSON.parse(document.getElementById('og-vars').value || '{}'); }
        catch (e) { out.textContent = 'Variables are not JSON: ' + e.message; return; }
        fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
          body: JSON.stringify({ query: document.getElementById('og-doc').value, variables: variables })
        }).then(function (res) { return res.json(); })
          .then(function (json) { out.textContent = JSON.stringify(json, null, 2); },
                function (error) { out.textContent = String(error); });
      };
    })();
  </script>
</div>`;
}

/**
 * Apollo's page with its bare "cannot be loaded" block replaced by the offline fallback, and its
 * Sandbox start guarded: offline the CDN script never defines `EmbeddedSandbox`, and the unguarded
 * `new window.EmbeddedSandbox(…)` threw an uncaught TypeError on every load.
 */
export function withOfflineFallback(html: string, sandbox: SandboxOptions | undefined): string {
  const nonce = /'nonce-([0-9a-f]+)'/.exec(html)?.[1];
  if (!nonce) return html;
  return html
    .replace(/<div class="fallback">[\s\S]*?<\/div>/, () => offlineFallback(nonce, sandbox))
    .replace('new window.EmbeddedSandbox(', 'if (window.EmbeddedSandbox) new window.EmbeddedSandbox(');
}

/** Sandbox in development (pre-filled), with the offline fallback; nothing at all when turned off. */
export function landingPage<TContext extends object>(
  enabled: boolean,
  sandbox: SandboxOptions | undefined,
): ApolloServerPlugin<TContext> {
  if (!enabled) return ApolloServerPluginLandingPageDisabled();
  const apollos = ApolloServerPluginLandingPageLocalDefault({
    embed: true,
    includeCookies: false,
    ...(sandbox ? { document: sandbox.document, headers: { Authorization: `Bearer ${sandbox.token}` } } : {}),
  }) as ApolloServerPlugin<TContext>;
  return {
    async serverWillStart(service) {
      const started = await apollos.serverWillStart?.(service);
      const render = started?.renderLandingPage?.bind(started);
      if (!render) return started;
      return {
        ...started,
        async renderLandingPage() {
          const page = await render();
          const html = typeof page.html === 'function' ? await page.html() : page.html;
          return { html: withOfflineFallback(html, sandbox) };
        },
      };
    },
  };
}
