import { issueToken, type AuthSettings } from '../auth/tokens.js';
import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import type { DemoBooking } from '../simulators/kit.js';
import type { RegistrationService } from '../services/registration-service.js';

export const DEMO_CUSTOMERS = { alice: 'demo-customer-alice', bob: 'demo-customer-bob' } as const;
export const DEMO_SERVICE = 'demo-booking-flow';

/** A demo booking a simulator holds, registered for a demo customer at development start-up. */
export type DemoOrder = DemoBooking;

export type DemoTokens = {
  readonly alice: string;
  readonly bob: string;
  readonly service: string;
};

/** The operation Sandbox opens with in development. */
export const EXAMPLE_OPERATION = `query MyBookings {
  viewer {
    customerId
    orders(first: 10) {
      edges {
        node {
          id provider providerReference status
          total { amount currency }
          items {
            id title startsAt status
            cancellability { cancellable reason deadline }
            refundQuote { refund { amount currency } fee { amount currency } validUntil }
          }
        }
      }
      providerOutages { provider code }
    }
  }
}`;

/** Tokens for the demo customers, in development only (signed with whatever key the gateway uses). */
export async function issueDemoTokens(config: Config, auth: AuthSettings): Promise<DemoTokens | null> {
  if (config.env !== 'development') return null;
  return {
    alice: await issueToken(auth, DEMO_CUSTOMERS.alice, ['orders:read', 'orders:cancel']),
    bob: await issueToken(auth, DEMO_CUSTOMERS.bob, ['orders:read', 'orders:cancel']),
    service: await issueToken(auth, DEMO_SERVICE, ['orders:write']),
  };
}

/** Registers the simulators' demo bookings for the demo customers, as the booking flow would. */
export async function registerDemoOrders(
  registration: RegistrationService,
  demoOrders: readonly DemoOrder[],
  logger: Logger,
): Promise<void> {
  for (const { customer, ...order } of demoOrders) {
    const outcome = await registration.register({ ...order, customerId: DEMO_CUSTOMERS[customer] });
    if (outcome.kind !== 'registered')
      logger.warn({ provider: order.provider, outcome: outcome.kind }, 'demo order not registered');
  }
}

/** What `npm start` prints once the gateway listens. */
export function demoBanner(
  url: string,
  tokens: DemoTokens,
  keyFile: string | null,
  startsOver: boolean,
): string {
  const key = keyFile
    ? `the development key in ${keyFile} (or AUTH_JWT_SECRET), kept across restarts`
    : 'a key generated for this process';
  return [
    '',
    `  Apollo Sandbox:  ${url}/graphql  (pre-filled with Alice's token)`,
    '',
    `  Demo bearer tokens (valid 12 h, signed with ${key}):`,
    `    alice   (orders:read orders:cancel)  ${tokens.alice}`,
    `    bob     (orders:read orders:cancel)  ${tokens.bob}`,
    `    service (orders:write)               ${tokens.service}`,
    '',
    `  More: npm run token -- <customer> [scope ...]   ${
      startsOver ? 'A restart starts the demo over.' : 'The ledger keeps its rows across restarts.'
    }`,
    '',
  ].join('\n');
}
