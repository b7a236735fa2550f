import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { BodyRefused, discardRest, readJsonBody, sendError } from './http-io.js';
import { BODY_LIMIT_BYTES } from './limits.js';
import { requestErrorStatus, responseMediaType } from './media-type.js';
import { trustedRequest, type TrustedDocuments } from './trusted-documents.js';

/** Apollo's request headers: every header once, repeated ones joined as RFC 9110 §5.3 allows. */
function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  return headers;
}

/** A document the server will not run: a GraphQL request error, its status following the media type. */
function refuseUntrusted(req: IncomingMessage, res: ServerResponse, refusal: GraphQLError): void {
  const type = responseMediaType(req.headers.accept) ?? 'application/json; charset=utf-8';
  sendError(res, requestErrorStatus(type), refusal.message, String(refusal.extensions['code']), type);
}

/**
 * `/graphql` on `node:http` through Apollo Server's own integration API (`executeHTTPGraphQLRequest`,
 * what every Apollo integration calls): the body read as `express.json()` did, the trusted-documents
 * gate, then Apollo, whose answer is written as it gives it (one write, or chunks for incremental
 * delivery).
 */
export function graphqlHandler(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  trusted: TrustedDocuments | null,
) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readJsonBody(req, BODY_LIMIT_BYTES) : undefined;
    } catch (error) {
      if (!(error instanceof BodyRefused)) throw error;
      // The rest of a refused body is read off (within bounds) so that the answer is not lost to a reset.
      if (!(await discardRest(req))) res.setHeader('connection', 'close');
      sendError(res, error.status, error.message, error.code);
      return;
    }
    let sent = { method: req.method ?? 'GET', body, search };
    if (trusted) {
      const gated = trustedRequest(trusted, sent);
      if (gated instanceof GraphQLError) return refuseUntrusted(req, res, gated);
      sent = gated;
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: sent.method.toUpperCase(),
      headers: headerMap(req),
      search: sent.search,
      body: sent.body,
    };
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: () => context(req),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
