// The development loop as a frontend developer lives it: `npm start`, `npm run token`, restarts.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../../helpers/gateway-process.js';
import { pollUntil } from '../../helpers/poll.js';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'og-dev-loop-'));
const env = { DATA_DIR: dataDir, GATEWAY_ENV: 'development' };
let gateway: GatewayProcess | null = null;

afterAll(async () => {
  await gateway?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm run token -- <args>`, as the README tells a developer to run it. */
async function mint(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
    env: { ...process.env, ...env, AUTH_JWT_SECRET: '' },
  });
  return stdout.trim();
}

const BOOKINGS = `{ viewer { customerId orders(first: 50) { edges { node { items {
  id status cancellability { cancellable } cancellation { cancelledAt } } } } } } }`;
type Bookings = {
  viewer: {
    customerId: string;
    orders: {
      edges: {
        node: {
          items: {
            id: string;
            status: string;
            cancellability: { cancellable: boolean };
            cancellation: unknown;
          }[];
        };
      }[];
    };
  };
};
const CANCEL = `mutation($id: ID!, $key: String!) { cancelOrderItem(input: {
  orderItemId: $id, reason: CHANGE_OF_PLANS, idempotencyKey: $key, acceptWholeOrder: true }) { __typename } }`;

const itemsOf = (data: Bookings | null | undefined) =>
  (data?.viewer.orders.edges ?? []).flatMap(e => e.node.items);

describe('npm start, npm run token and restarts', () => {
  it('a minted token works, survives a restart, and a restart resets the whole demo (ledger and simulators)', async () => {
    const token = await mint('alice');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    gateway = await startGatewayProcess({ entry: 'src/dev/main.ts', secret: null, env });
    const started = gateway;
    const printed = await pollUntil(
      () => started.logs.join(''),
      text => text.includes('Demo bearer tokens'),
      { tries: 50, everyMs: 50 },
    );
    expect(printed).toContain('kept across restarts');

    const first = await gateway.graphql<Bookings>(BOOKINGS, {}, token);
    expect(first.body.data?.viewer.customerId).toBe('demo-customer-alice');
    const item = itemsOf(first.body.data).find(i => i.cancellability.cancellable);
    if (!item) throw new Error('no cancellable demo item');
    const cancel = await gateway.graphql<{ cancelOrderItem: { __typename: string } }>(
      CANCEL,
      { id: item.id, key: 'dev-loop-1' },
      token,
    );
    expect(cancel.body.data?.cancelOrderItem.__typename).toBe('OrderItemCancelled');

    await gateway.stop();
    gateway = await startGatewayProcess({ entry: 'src/dev/main.ts', secret: null, env });
    const after = await gateway.graphql<Bookings>(BOOKINGS, {}, token);
    expect(after.body.errors).toBeUndefined();
    // The simulators start over, and so does the ledger: the item is bookable again, no stale note.
    expect(itemsOf(after.body.data).find(i => i.id === item.id)).toMatchObject({
      status: item.status,
      cancellability: { cancellable: true },
      cancellation: null,
    });
    const again = await gateway.graphql<{ cancelOrderItem: { __typename: string } }>(
      CANCEL,
      { id: item.id, key: 'dev-loop-1' },
      token,
    );
    expect(again.body.data?.cancelOrderItem.__typename).toBe('OrderItemCancelled');
  }, 120_000);

  it('mints with chosen scopes, and refuses an unknown scope or a missing customer', async () => {
    const token = await mint('someone', 'orders:read');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      sub: string;
      scope: string;
    };
    expect(claims).toMatchObject({ sub: 'someone', scope: 'orders:read' });
    await expect(mint('someone', 'orders:everything')).rejects.toThrow(/unknown scope/);
    await expect(mint()).rejects.toThrow(/usage/);
  }, 60_000);
});
