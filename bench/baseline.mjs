// The baseline the gateway is measured against, in its own process and in plain JavaScript like the
// production build: Apollo Server 5 on Express 5 answering `order(id) { id providerReference }` with
// one keep-alive undici call per request for the same upstream document the gateway reads. Nothing
// of ours is in it. Env: PORT, ORDER_URL, API_KEY. Prints "listening" when it serves.
import process from 'node:process';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Agent, request } from 'undici';

const typeDefs = `type Query { order(id: ID!): Order } type Order { id: ID! providerReference: String! }`;
const agent = new Agent({ connections: 20 });
const headers = {
  'x-api-key': process.env.API_KEY ?? '',
  accept: 'application/vnd.openactive.booking+json; version=1, application/json',
};

async function order(_, { id }) {
  const res = await request(process.env.ORDER_URL ?? '', { dispatcher: agent, headers });
  const body = await res.body.json();
  return { id, providerReference: body.identifier };
}

const apollo = new ApolloServer({ typeDefs, resolvers: { Query: { order } } });
await apollo.start();
const app = express();
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
const server = app.listen(Number(process.env.PORT), '127.0.0.1', () =>
  process.stdout.write(`listening ${server.address().port}\n`),
);
