// The gateway under test: the production build (`node dist/index.js`, as `npm run start:prod`) in
// production mode in its own process, seeded through its own registerOrder mutation.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettings, issueToken, type Scope } from '../src/auth/tokens.js';
import { productionFlags } from '../scripts/processes.mjs';
import type { UpstreamReady } from './fixture.js';
import { startServer, type Server } from './procs.js';

export interface Gateway extends Server {
  readonly url: string;
  token(sub: string, scopes: readonly Scope[]): Promise<string>;
  graphql(query: string, variables: object, token: string): Promise<{ data?: any; errors?: unknown[] }>;
  cleanUp(): void;
}

export async function startGateway(upstream: UpstreamReady, nodeArgs: string[] = []): Promise<Gateway> {
  const dataDir = mkdtempSync(join(tmpdir(), 'og-bench-'));
  const secret = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...upstream.env };
  // What an operator sets (README, "Running in production"); the rate limits high so that the load
  // generator's single caller is not throttled. Logging stays at its production default.
  Object.assign(env, { NODE_ENV: 'production', GATEWAY_ENV: 'production', AUTH_JWT_SECRET: secret });
  Object.assign(env, { DATA_DIR: dataDir, PORT: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
  const server = await startServer(
    [...nodeArgs, ...productionFlags(), 'dist/index.js'],
    env,
    'orders-gateway listening',
  );
  const listening = server.output().match(/"url":"([^"]+)"/);
  if (!listening) throw new Error(`the gateway did not log its URL:\n${server.output()}`);
  const url = listening[1]!;
  const auth = authSettings(secret, null, null);
  return {
    ...server,
    url,
    token: (sub, scopes) => issueToken(auth, sub, scopes, 2 * 3600),
    graphql: async (query, variables, token) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: any; errors?: unknown[] };
    },
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

const REGISTER = `mutation($i: RegisterOrderInput!) { registerOrder(input: $i) { __typename } }`;
const bokunBooking = (title: string) => ({
  title,
  startsAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
  price: { amount: '1290.00', currency: 'NOK' },
  penaltyRules: [{ cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' }],
});
/** The page customer's 50 orders over four providers: 20 imin, 20 Booking.com, 8 Musement, 2 Bókun. */
const PAGE = { IMIN: 20, BOOKING_COM: 20, MUSEMENT: 8, BOKUN: 2 } as const;

/**
 * alice: one order per provider (the fan-out and order(id) scenarios); bulk: 50 Booking.com stays
 * (batching); page: 50 orders over the four providers.
 */
export async function seed(gateway: Gateway, upstream: UpstreamReady): Promise<void> {
  const service = await gateway.token('bench-flow', ['orders:write']);
  const register = async (customerId: string, provider: string, providerReference: string, extra = {}) => {
    const answer = await gateway.graphql(
      REGISTER,
      { i: { customerId, provider, providerReference, ...extra } },
      service,
    );
    if (answer.data?.registerOrder?.__typename !== 'OrderRegistered')
      throw new Error(`registerOrder ${provider} ${providerReference}: ${JSON.stringify(answer)}`);
  };
  const { references: refs } = upstream;
  await register('alice', 'IMIN', upstream.iminOrder.uuid);
  await register('alice', 'BOOKING_COM', upstream.alice.BOOKING_COM);
  await register('alice', 'MUSEMENT', upstream.alice.MUSEMENT);
  await register('alice', 'BOKUN', 'BENCH-ALICE', { bokunBooking: bokunBooking('Fjord Cruise') });
  for (const id of refs.BOOKING_COM.slice(0, 50)) await register('bulk', 'BOOKING_COM', id);
  for (const id of refs.BOOKING_COM.slice(-PAGE.BOOKING_COM)) await register('page', 'BOOKING_COM', id);
  for (const id of refs.IMIN.slice(-PAGE.IMIN)) await register('page', 'IMIN', id);
  for (const id of refs.MUSEMENT.slice(-PAGE.MUSEMENT)) await register('page', 'MUSEMENT', id);
  for (let i = 0; i < PAGE.BOKUN; i++)
    await register('page', 'BOKUN', `BENCH-PAGE-${i}`, { bokunBooking: bokunBooking(`Tour ${i}`) });
}
