import { Writable } from 'node:stream';
import { request } from 'undici';
import { startGateway, type DevelopmentHook, type RunningGateway, type StartOptions } from '../../src/app.js';
import { issueToken, type Scope } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/domain/clock.js';
import type { ProviderId } from '../../src/domain/provider.js';
import { createLogger } from '../../src/lib/logger.js';
import type { ReconcilerOptions } from '../../src/services/cancellation/reconciler.js';
import { operationText, REGISTER, type AnyData, type Operation } from './documents.js';
import { findLeak } from './sentinels.js';

export interface TestGateway extends RunningGateway {
  /** Every log line the gateway wrote. */
  readonly logs: string[];
  token(subject: string, scopes?: Scope[], ttlSeconds?: number): Promise<string>;
  /** `registerOrder` as the booking flow would call it; resolves with the result's `__typename`. */
  register(
    customerId: string,
    provider: ProviderId,
    providerReference: string,
    extra?: Record<string, unknown>,
  ): Promise<string>;
  graphql<TData = AnyData, TVariables = Record<string, unknown>>(
    query: Operation<TData, TVariables>,
    variables?: TVariables,
    token?: string | null,
  ): Promise<GraphQLResponse<TData>>;
  post(
    path: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ status: number; text: string; headers: Record<string, unknown> }>;
}

export interface GraphQLResponse<TData = AnyData> {
  readonly status: number;
  readonly body: {
    data?: TData | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>;
  };
  readonly text: string;
  readonly headers: Record<string, unknown>;
}

function assertNoLeak(where: string, text: string): void {
  const leak = findLeak(text);
  if (leak)
    throw new Error(`LK-01/LK-02: a sentinel (${leak}) leaked into a ${where}: ${text.slice(0, 300)}`);
}

/** A real gateway on an ephemeral loopback port, with an in-memory ledger unless told otherwise. */
export async function startTestGateway(
  options: {
    env?: Record<string, string>;
    plugins?: StartOptions['plugins'];
    clock?: Clock;
    /** What `npm start` adds (src/dev): simulators, demo bookings, demo tokens. */
    development?: DevelopmentHook;
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
    // Tests drive the reconciler themselves (`reconciler.reconcileOnce()`): a background pass every
    // few seconds, with their short `staleAfterMs`, would race the requests they make.
    reconcileIntervalMs: null,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.development ? { development: options.development } : {}),
  });
  const post: TestGateway['post'] = async (path, body, headers) => {
    const res = await request(`${running.url}${path}`, { method: 'POST', body, headers });
    const answer = { status: res.statusCode, text: await res.body.text(), headers: res.headers };
    assertNoLeak(`response to POST ${path}`, answer.text + JSON.stringify(answer.headers));
    return answer;
  };
  const token: TestGateway['token'] = (subject, scopes = ['orders:read', 'orders:cancel'], ttlSeconds) =>
    issueToken(running.auth, subject, scopes, ttlSeconds);
  const graphql = async <TData, TVariables>(
    query: Operation<TData, TVariables>,
    variables?: TVariables,
    bearer?: string | null,
  ): Promise<GraphQLResponse<TData>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (bearer) headers['authorization'] = `Bearer ${bearer}`;
    const body = JSON.stringify({ query: operationText(query), variables });
    const res = await post('/graphql', body, headers);
    return {
      status: res.status,
      text: res.text,
      headers: res.headers,
      body: JSON.parse(res.text) as GraphQLResponse<TData>['body'],
    };
  };
  return {
    ...running,
    // The sentinel run (LK-01/LK-02) covers every test that uses this gateway: no log line may leak.
    close: async () => {
      await running.close();
      for (const line of logs) assertNoLeak('log line', line);
    },
    logs,
    token,
    graphql,
    register: async (customerId, provider, providerReference, extra = {}) => {
      const service = await token('booking-flow', ['orders:write']);
      const input = { customerId, provider, providerReference, ...extra };
      const res = await graphql(REGISTER, { input }, service);
      return String(res.body.data?.registerOrder?.__typename ?? res.text);
    },
    post,
  };
}
