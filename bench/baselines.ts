import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Agent, request } from 'undici';

const typeDefs = `type Query { order(id: ID!): Order } type Order { id: ID! providerReference: String! }`;

export interface Baseline {
  readonly url: string;
  close(): Promise<void>;
}

/** The same framework as the gateway (Apollo Server 5 on Express 5) with nothing of ours in it. */
async function serve(resolve: (id: string) => unknown, extraClose = async () => {}) {
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: { Query: { order: (_: unknown, { id }: { id: string }) => resolve(id) } },
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
  const server = await new Promise<Server>(done => {
    const s = app.listen(0, '127.0.0.1', () => done(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise(done => server.close(done));
      await apollo.stop();
      await extraClose();
    },
  };
}

/** Baseline 1: a bare Apollo Server answering from memory. */
export const memoryBaseline = (): Promise<Baseline> => serve(id => ({ id, providerReference: 'in-memory' }));

/** Baseline 2: the same, making one keep-alive undici call to the provider simulator per request. */
export function oneCallBaseline(orderUrl: (id: string) => string, headers: Record<string, string>) {
  const agent = new Agent({ connections: 20 });
  return serve(
    async id => {
      const res = await request(orderUrl(id), { dispatcher: agent, headers });
      const body = (await res.body.json()) as { identifier: string };
      return { id, providerReference: body.identifier };
    },
    () => agent.close(),
  );
}
