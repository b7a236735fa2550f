import { issueToken, type AuthSettings } from '../auth/tokens.js';
import { DEMO_CUSTOMERS, DEMO_SERVICE, type DemoOrder } from './demo.js';

const REGISTER = `mutation RegisterDemoOrder($input: RegisterOrderInput!) {
  registerOrder(input: $input) {
    __typename
    ... on ErrorResult { code message }
  }
}`;

export interface RemoteRegistration {
  readonly registered: number;
  /** One line per booking the gateway did not take: provider, reference and what it answered. */
  readonly failures: readonly string[];
}

/** Until the gateway's `/readyz` answers 200, or `timeoutMs` has passed (then it throws). */
export async function waitUntilReady(gatewayUrl: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`${gatewayUrl}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      res => res.status,
      () => null,
    );
    if (status === 200) return;
    if (Date.now() > until) throw new Error(`${gatewayUrl}/readyz did not answer 200 within ${timeoutMs} ms`);
    await new Promise(resolve => setTimeout(resolve, 500));
  }
}

async function registerOne(gatewayUrl: string, token: string, order: DemoOrder): Promise<string | null> {
  const { customer, ...rest } = order;
  // A Bókun snapshot's dates serialise as RFC 3339 (Date#toJSON), which `DateTime` takes.
  const input = { ...rest, customerId: DEMO_CUSTOMERS[customer] };
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REGISTER, variables: { input } }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  const body = JSON.parse(text) as {
    data?: { registerOrder?: { __typename: string; code?: string; message?: string } } | null;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const result = body.data?.registerOrder;
  if (result?.__typename === 'OrderRegistered') return null;
  const why = result
    ? `${result.__typename}: ${result.message ?? ''}`
    : `HTTP ${res.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? text.slice(0, 200)}`;
  return `${order.provider} ${order.providerReference}: ${why.trim()}`;
}

/**
 * Registers the demo bookings through a running gateway's GraphQL API, as the booking flow would:
 * `registerOrder` with an `orders:write` token signed with the gateway's own key, Bókun bookings with
 * the snapshot their plugin cannot give back. Idempotent, so registering again changes nothing.
 */
export async function registerThroughGateway(
  gatewayUrl: string,
  auth: AuthSettings,
  orders: readonly DemoOrder[],
): Promise<RemoteRegistration> {
  const token = await issueToken(auth, DEMO_SERVICE, ['orders:write'], 600);
  const failures: string[] = [];
  for (const order of orders) {
    const failure = await registerOne(gatewayUrl, token, order);
    if (failure) failures.push(failure);
  }
  return { registered: orders.length - failures.length, failures };
}

/** Tokens for the demo customers (`orders:read orders:cancel`, 12 h), as env lines' values. */
export async function demoCustomerTokens(auth: AuthSettings): Promise<Record<string, string>> {
  return {
    DEMO_ALICE_TOKEN: await issueToken(auth, DEMO_CUSTOMERS.alice, ['orders:read', 'orders:cancel']),
    DEMO_BOB_TOKEN: await issueToken(auth, DEMO_CUSTOMERS.bob, ['orders:read', 'orders:cancel']),
  };
}
