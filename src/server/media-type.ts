import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

/**
 * The media types Apollo answers a single result with, in Apollo's order (its own chooser is not
 * exported). Negotiating over the same list with the same library gives the type Apollo would pick.
 */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
const CANDIDATES = [JSON_TYPE, GRAPHQL_RESPONSE_TYPE, 'application/json; callbackSpec=1.0; charset=utf-8'];

/** The response's media type for this `Accept`, or null when it takes none of them (406). No Accept is JSON. */
export function responseMediaType(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType(CANDIDATES) ?? null;
}

/**
 * GraphQL over HTTP: a GraphQL request error (the document does not parse or validate, no operation
 * can be picked, variables do not coerce) answers 200 under `application/json`, where a client cannot
 * tell a 4xx of ours from an intermediary's, and 400 under `application/graphql-response+json`, whose
 * body is always a GraphQL response.
 */
export function requestErrorStatus(mediaType: string): 200 | 400 {
  return mediaType.startsWith('application/graphql-response+json') ? 400 : 200;
}

/**
 * The codes that are GraphQL request errors. `QUERY_TOO_COSTLY` is a validation rule of ours (the spec
 * lets a server add rules), decided on the document and variables before anything runs; an APQ hash
 * sent while persisted queries are off names no document this server can run. Not here:
 * `BAD_REQUEST` (a body that is not a GraphQL request, or a subscription over HTTP, which the
 * transport refuses as the spec's GET refuses a mutation), auth (401) and throttling (429).
 */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_USER_INPUT',
  'QUERY_TOO_COSTLY',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Apollo answers request errors 400 whatever the media type (and an APQ refusal 200); this sets the
 * spec's status for the type negotiated, and that type itself (Apollo keeps a content-type already
 * set), so the two cannot disagree. Only answers without `data` whose every error is a request error
 * are touched: BAD_USER_INPUT there is variable coercion, never a resolver's (those come with `data`).
 */
export function mediaTypeStatusPlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ request, response }) {
          const { body, http } = response;
          if (body?.kind !== 'single') return Promise.resolve();
          const { data, errors } = body.singleResult;
          const requestErrors =
            data === undefined &&
            errors !== undefined &&
            errors.length > 0 &&
            errors.every(e => REQUEST_ERRORS.has(String(e.extensions?.['code'])));
          const type = requestErrors ? responseMediaType(request.http?.headers.get('accept')) : null;
          if (type) {
            http.headers.set('content-type', type);
            http.status = requestErrorStatus(type);
          }
          return Promise.resolve();
        },
      }),
  };
}
