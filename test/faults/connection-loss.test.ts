import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_URL, createPostgresSchema } from '../helpers/ledgers.js';
import { startGatewayProcess, terminateBackends, type GatewayProcess } from '../helpers/gateway-process.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';
import { pollUntil } from '../helpers/poll.js';

const VIEWER = '{ viewer { orders(first: 5) { edges { node { id } } } } }';

describe.skipIf(POSTGRES_URL === null)('a lost PostgreSQL connection (real process, real PostgreSQL)', () => {
  let sims: AllSimulators;
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  let gw: GatewayProcess;
  beforeAll(async () => {
    sims = await startAllSimulators();
    schema = await createPostgresSchema();
    gw = await startGatewayProcess({ databaseUrl: schema.url, env: sims.env });
  }, 40_000);
  afterAll(async () => {
    await gw?.stop();
    await schema?.drop();
    await sims?.close();
  });

  it('terminating its idle sessions does not kill the process, and it serves again by itself', async () => {
    const alice = await gw.token('alice');
    expect((await gw.graphql(VIEWER, {}, alice)).status).toBe(200);
    for (let round = 0; round < 3; round++) {
      expect(await terminateBackends(POSTGRES_URL!, gw.applicationName)).toBeGreaterThan(0);
      await new Promise(resolve => setTimeout(resolve, 300));
      expect(gw.alive()).toBe(true);
      // Bounded: the pool replaces the lost connections on the next request.
      const ready = await pollUntil(
        () => gw.get('/readyz'),
        r => r.status === 200,
        { tries: 20, everyMs: 100 },
      );
      expect(ready.status).toBe(200);
      expect((await gw.graphql(VIEWER, {}, alice)).status).toBe(200);
    }
    expect(gw.alive()).toBe(true);
  }, 30_000);
});
