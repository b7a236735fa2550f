import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError, Kind, parse, print, type DefinitionNode, type DocumentNode } from 'graphql';
import { z } from 'zod';

/** Apollo's persisted query list format (what `generate-persisted-query-manifest` writes). */
const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{64}$/),
      name: z.string(),
      type: z.enum(['query', 'mutation', 'subscription']),
      body: z.string().min(1),
    }),
  ),
});

export interface TrustedDocuments {
  readonly byId: ReadonlyMap<string, string>;
  /** How many operations the manifest lists (for the start-up log). */
  readonly size: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and checks the manifest at start-up; any fault stops the gateway with a clear message. */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  let parsed;
  try {
    parsed = manifestSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const why = error instanceof z.ZodError ? 'not an Apollo persisted query manifest' : 'unreadable';
    throw new Error(`TRUSTED_DOCUMENTS (${path}) is ${why}.`);
  }
  const byId = new Map<string, string>();
  for (const { id, name, body } of parsed.operations) {
    // An id that is not its body's hash would let a client run a body nobody reviewed under it.
    if (sha256(body) !== id)
      throw new Error(`TRUSTED_DOCUMENTS: ${name}'s id is not the sha256 of its body.`);
    byId.set(id, body);
  }
  return { byId, size: byId.size };
}

export const persistedQueryNotFound = () =>
  new GraphQLError('This persisted operation id is not in the trusted documents.', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
  });
export const operationNotTrusted = () =>
  new GraphQLError('Only the trusted documents run here; this operation is not one of them.', {
    extensions: { code: 'OPERATION_NOT_TRUSTED' },
  });

interface Sent {
  readonly query?: unknown;
  readonly extensions?: unknown;
}

/** The id a client sent in `extensions.persistedQuery.sha256Hash`, if it sent one. */
function sentId(extensions: unknown): string | null {
  if (typeof extensions !== 'object' || extensions === null) return null;
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/** The listed body to run for what a client sent (by id, or a body that is listed), or why not. */
export function trustedBody(docs: TrustedDocuments, sent: Sent): string | GraphQLError {
  const id = sentId(sent.extensions);
  if (id !== null) {
    const body = docs.byId.get(id);
    if (body === undefined) return persistedQueryNotFound();
    return typeof sent.query === 'string' && sent.query !== body ? operationNotTrusted() : body;
  }
  if (typeof sent.query !== 'string') return operationNotTrusted();
  if (docs.byId.get(sha256(sent.query)) === sent.query) return sent.query;
  const listed = canonicalBody(sent.query);
  return listed !== null && docs.byId.get(sha256(listed)) === listed ? listed : operationNotTrusted();
}

/**
 * A body as the manifest lists it: printed with its definitions sorted, operations first, then by
 * name (what `sortTopLevelDefinitions` in `@apollo/persisted-query-lists` does before hashing). A
 * client sends its definitions in its own order (codegen puts a fragment before the one using it),
 * so the same document can arrive in another order; null when it does not parse.
 */
function canonicalBody(query: string): string | null {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  // Kind descending (OperationDefinition before FragmentDefinition), then name ascending.
  const keyOf = (d: DefinitionNode): readonly [string, string] => [
    String(d.kind),
    d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION ? (d.name?.value ?? '') : '',
  ];
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const definitions = [...document.definitions].sort((a, b) => {
    const [kindA, nameA] = keyOf(a);
    const [kindB, nameB] = keyOf(b);
    return compare(kindB, kindA) || compare(nameA, nameB);
  });
  return print({ ...document, definitions });
}

const parseJson = (text: string | null): unknown => {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** What a GraphQL request carries before Apollo reads it: the POST body, or the GET query string. */
export interface SentRequest {
  readonly method: string;
  readonly body: unknown;
  /** `?…` or empty. */
  readonly search: string;
}

/**
 * Before Apollo, POST bodies and GET query strings alike: a trusted operation reaches Apollo as its
 * listed body, with the persistedQuery extension taken off (Apollo's own APQ stays off). A body that
 * is not a GraphQL request object passes unchanged, for Apollo to refuse as it does any other.
 */
export function trustedRequest(docs: TrustedDocuments, sent: SentRequest): SentRequest | GraphQLError {
  const get = sent.method === 'GET';
  if (get) {
    const params = new URLSearchParams(sent.search);
    const answer = trustedBody(docs, {
      query: params.get('query') ?? undefined,
      extensions: parseJson(params.get('extensions')),
    });
    if (answer instanceof GraphQLError) return answer;
    params.delete('extensions');
    params.set('query', answer);
    return { ...sent, search: `?${params.toString()}` };
  }
  const body = sent.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return sent;
  const answer = trustedBody(docs, body);
  if (answer instanceof GraphQLError) return answer;
  const { extensions: _dropped, ...rest } = body as Record<string, unknown>;
  return { ...sent, body: { ...rest, query: answer } };
}
