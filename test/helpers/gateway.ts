import { Writable } from 'node:stream';
import { request } from 'undici';
import { startGateway, type RunningGateway } from '../../src/app.js';
import { issueToken, type Scope } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/domain/clock.js';
import { createLogger } from '../../src/lib/logger.js';
import type { ProviderPlugin } from '../../src/providers/registry.js';
import type { ReconcilerOptions } from '../../src/services/cancellation/reconciler.js';

export interface TestGateway extends RunningGateway {
  /** Every log line the gateway wrote. */
  readonly logs: string[];
  token(subject: string, scopes?: Scope[]): Promise<string>;
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse>;
  post(
    path: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; text: string; headers: Record<string, unknown> }>;
}

export interface GraphQLResponse {
  readonly status: number;
  readonly body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  };
  readonly text: string;
  readonly headers: Record<string, unknown>;
}

/** A real gateway on an ephemeral loopback port, with an in-memory ledger unless told otherwise. */
export async function startTestGateway(
  options: {
    env?: Record<string, string>;
    plugins?: ProviderPlugin[];
    clock?: Clock;
    reconciler?: ReconcilerOptions;
  } = {},
): Promise<TestGateway> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const config = loadConfig({ PORT: '0', DATA_DIR: ':memory:', LOG_LEVEL: 'info', ...options.env });
  const logger = createLogger(config.logLevel, config, sink);
  const running = await startGateway(config, logger, {
    plugins: options.plugins ?? [],
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const post: TestGateway['post'] = async (path, body, headers) => {
    const res = await request(`${running.url}${path}`, { method: 'POST', body, headers });
    return { status: res.statusCode, text: await res.body.text(), headers: res.headers };
  };
  return {
    ...running,
    logs,
    token: (subject, scopes = ['orders:read', 'orders:cancel']) => issueToken(running.auth, subject, scopes),
    post,
    graphql: async (query, variables, token) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers['authorization'] = `Bearer ${token}`;
      const res = await post('/graphql', JSON.stringify({ query, variables }), headers);
      return {
        status: res.status,
        text: res.text,
        headers: res.headers,
        body: JSON.parse(res.text) as GraphQLResponse['body'],
      };
    },
  };
}
