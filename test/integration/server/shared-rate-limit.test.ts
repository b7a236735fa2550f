import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { POSTGRES_URL, createPostgresSchema } from '../../helpers/ledgers.js';

const SECRET = 'shared-rate-limit-secret-0123456789abc';
const VIEWER = '{ viewer { customerId } }';

describe.skipIf(POSTGRES_URL === null)(
  'LD-05 across replicas: the per-caller limit is shared on PostgreSQL',
  () => {
    let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
    let replicas: TestGateway[] = [];

    beforeAll(async () => {
      schema = await createPostgresSchema();
      const env = { DATABASE_URL: schema.url, AUTH_JWT_SECRET: SECRET, RATE_LIMIT_PER_MINUTE: '5' };
      // One after the other: the first creates the tables.
      replicas.push(await startTestGateway({ env }));
      replicas.push(await startTestGateway({ env }));
    });
    afterAll(async () => {
      await Promise.all(replicas.map(r => r.close()));
      replicas = [];
      await schema.drop();
    });

    it('counts a caller once however their requests are spread over replicas; others are unaffected', async () => {
      const [a, b] = replicas as [TestGateway, TestGateway];
      const alice = await a.token('alice');
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await (i % 2 ? b : a).graphql(VIEWER, {}, alice)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const refused = await b.graphql(VIEWER, {}, alice);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
      expect(refused.headers['retry-after']).toMatch(/^\d+$/);
      const bob = await b.token('bob');
      expect((await a.graphql(VIEWER, {}, bob)).status).toBe(200);
    });
  },
);
