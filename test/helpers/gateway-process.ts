import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { request } from 'undici';
import { authSettings, issueToken, type Scope } from '../../src/auth/tokens.js';
import type { ProviderId } from '../../src/domain/provider.js';
import { operationText, REGISTER, type AnyData, type Operation } from './documents.js';

/** A free loopback port (closed again at once, so the child can take it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface GatewayProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly logs: string[];
  /** The `application_name` its PostgreSQL sessions carry, so a test can find and cut them. */
  readonly applicationName: string;
  alive(): boolean;
  token(subject: string, scopes?: Scope[]): Promise<string>;
  /** `registerOrder` as the booking flow would call it; resolves with the result's `__typename`. */
  register(customerId: string, provider: ProviderId, providerReference: string): Promise<string>;
  graphql<TData = AnyData, TVariables = Record<string, unknown>>(
    query: Operation<TData, TVariables>,
    variables?: TVariables,
    bearer?: string,
  ): Promise<{ status: number; body: { data?: TData | null; errors?: any[] } }>;
  get(
    path: string,
    timeoutMs?: number,
  ): Promise<{ status: number; ms: number } | { status: 'timeout'; ms: number }>;
  kill9(): Promise<void>;
  /** SIGTERM, as a rolling deploy sends it; resolves with the exit code once the process is gone. */
  sigterm(): Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * The gateway as operators run it: its own OS process, started through `src/index.ts` with the given
 * environment, on PostgreSQL `databaseUrl`. Resolves once it logs that it is listening (bounded).
 */
export async function startGatewayProcess(options: {
  /** PostgreSQL; without it the embedded ledger in DATA_DIR (from `env`). */
  databaseUrl?: string;
  env?: Record<string, string>;
  /** `src/dev/main.ts` is what `npm start` runs (simulators, demo data). */
  entry?: 'src/index.ts' | 'src/dev/main.ts';
  /** AUTH_JWT_SECRET; `null` leaves it unset (development's own key). */
  secret?: string | null;
}): Promise<GatewayProcess> {
  const port = await freePort();
  const secret = options.secret === undefined ? randomBytes(32).toString('base64url') : options.secret;
  const applicationName = `og-fault-${randomBytes(4).toString('hex')}`;
  const url = options.databaseUrl ? new URL(options.databaseUrl) : null;
  url?.searchParams.set('application_name', applicationName);
  const env: Record<string, string | undefined> = { ...process.env };
  delete env['DATABASE_URL'];
  delete env['AUTH_JWT_SECRET'];
  // One OS process (node with the tsx loader), not the tsx CLI, which would put a wrapper in front of
  // it: a SIGKILL must reach the gateway itself.
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry ?? 'src/index.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...env,
      PORT: String(port),
      ...(url ? { DATABASE_URL: url.toString() } : {}),
      ...(secret ? { AUTH_JWT_SECRET: secret } : {}),
      LOG_LEVEL: 'info',
      ...options.env,
    },
  });
  const logs: string[] = [];
  let exited = false;
  let stopping = false;
  child.on('exit', (code, signal) => {
    exited = true;
    // An exit nobody asked for is the finding itself: show why.
    if (!stopping)
      process.stderr.write(
        `gateway process exited unexpectedly (${code ?? signal}):\n${logs.join('').slice(-4000)}\n`,
      );
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`gateway did not start: ${logs.join('').slice(-2000)}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString());
      if (chunk.toString().includes('orders-gateway listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`gateway exited ${code} before listening: ${logs.join('').slice(-2000)}`));
    });
  });
  await ready;
  const base = `http://127.0.0.1:${port}`;
  // Without a secret the process uses development's own key; tokens then come from `npm run token`.
  const auth = authSettings(secret, null, null);
  const exit = () => new Promise<void>(resolve => (exited ? resolve() : child.once('exit', () => resolve())));
  const graphql = async <TData, TVariables>(
    query: Operation<TData, TVariables>,
    variables?: TVariables,
    bearer?: string,
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (bearer) headers['authorization'] = `Bearer ${bearer}`;
    const res = await request(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: operationText(query), variables }),
      headersTimeout: 60_000,
    });
    return {
      status: res.statusCode,
      body: (await res.body.json()) as { data?: TData | null; errors?: any[] },
    };
  };
  return {
    url: base,
    child,
    logs,
    applicationName,
    alive: () => !exited,
    token: (subject, scopes = ['orders:read', 'orders:cancel']) => issueToken(auth, subject, scopes),
    async register(customerId, provider, providerReference) {
      const service = await issueToken(auth, 'booking-flow', ['orders:write']);
      const res = await graphql(REGISTER, { input: { customerId, provider, providerReference } }, service);
      return String(res.body?.data?.registerOrder?.__typename ?? JSON.stringify(res.body));
    },
    graphql,
    async get(path, timeoutMs = 10_000) {
      const started = performance.now();
      const signal = AbortSignal.timeout(timeoutMs);
      // One retry for a kept-alive socket the server closed just as it was reused; never for a timeout.
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await request(`${base}${path}`, { signal });
          await res.body.dump();
          return { status: res.statusCode, ms: performance.now() - started };
        } catch (error) {
          if (signal.aborted || attempt > 0) {
            if (!signal.aborted) throw error;
            return { status: 'timeout', ms: performance.now() - started };
          }
        }
      }
    },
    async kill9() {
      stopping = true;
      child.kill('SIGKILL');
      await exit();
    },
    sigterm() {
      stopping = true;
      const code = new Promise<number | null>(resolve =>
        exited ? resolve(child.exitCode) : child.once('exit', c => resolve(c)),
      );
      child.kill('SIGTERM');
      return code;
    },
    async stop() {
      if (exited) return;
      stopping = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exit();
      clearTimeout(timer);
    },
  };
}

/** Terminates every PostgreSQL session a gateway process holds (a failover, a proxy reset, an admin). */
export async function terminateBackends(adminUrl: string, applicationName: string): Promise<number> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const result = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}
