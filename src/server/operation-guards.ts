import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode, type DocumentNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { costKey, PAGE_SIZE_ARGUMENT, REPRESENTATIONS_ARGUMENT } from './cost-key.js';

/** A full "my bookings" page of 50 (items, quotes, policy windows, cancellation) costs about 2 600. */
export const MAX_QUERY_COST = 10_000;
/** The schema's default page size, for a `first` that is absent or could not be read. */
const DEFAULT_PAGE = 20;

/** A paged field costs its selection once per requested entry, so a page of 50 costs 50 selections. */
const pagedEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some(arg => arg.name === PAGE_SIZE_ARGUMENT)) return undefined;
  const first: unknown = args[PAGE_SIZE_ARGUMENT];
  const size = typeof first === 'number' && first > 0 ? first : DEFAULT_PAGE;
  return 1 + childComplexity * size;
};

/** A router's `_entities` resolves its selection once per representation, like a page of that many. */
const entitiesEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name !== '_entities') return undefined;
  const representations: unknown = args[REPRESENTATIONS_ARGUMENT];
  return 1 + childComplexity * (Array.isArray(representations) ? representations.length : 1);
};

const ESTIMATORS = [entitiesEstimator, pagedEstimator, simpleEstimator({ defaultComplexity: 1 })];

/**
 * Checks on the resolved operation, before anything runs.
 *
 * Cost is computed after the operation is resolved, with the request's variables, so `first: 50` and
 * `first: $n` with `n = 50` cost the same. (A validation rule sees no variables: graphql-armor's
 * costed literals only, and called its refusal a "Syntax Error".)
 */
export function operationGuardsPlugin<C extends object>(maxCost = MAX_QUERY_COST): ApolloServerPlugin<C> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema, operationName, operation }) {
          // HTTP carries queries and mutations; subscriptions are graphql-ws on the same path
          // (server/live.ts). Apollo would report one over HTTP as an internal error.
          if (operation?.operation === OperationTypeNode.SUBSCRIPTION)
            throw new GraphQLError(
              'Subscription operations are not served over HTTP (POST or GET); connect with graphql-ws (WebSocket) to /graphql.',
              {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              },
            );
          const cost = costOf({ schema, document, variables: request.variables, operationName });
          if (cost <= maxCost) return Promise.resolve();
          throw new GraphQLError(
            `Query cost ${cost} exceeds the limit of ${maxCost}. Ask for smaller pages or fewer fields.`,
            { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } },
          );
        },
      });
    },
  };
}

/** Costs already worked out, per parsed document (Apollo's cache hands the same one back for the same text). */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
/** Distinct page sizes (or representation counts) remembered per document. */
const COSTS_PER_DOCUMENT = 64;

/** The operation's cost, computed once per document and cost-relevant variables (cost-key.ts). */
function costOf(input: Parameters<typeof computeCost>[0]): number {
  const key = costKey(input.document, input.operationName, input.variables);
  let known = costs.get(input.document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = computeCost(input);
  // Variables that do not coerce leave the cost unknown (0, see below). Never remembered: the key
  // ignores variables the cost does not read, so a bad one must not vouch for a later good request.
  if (cost === null) return 0;
  if (!known || known.size >= COSTS_PER_DOCUMENT)
    costs.set(input.document, (known = new Map<string, number>()));
  known.set(key, cost);
  return cost;
}

function computeCost(input: {
  schema: Parameters<typeof getComplexity>[0]['schema'];
  document: Parameters<typeof getComplexity>[0]['query'];
  variables: Record<string, unknown> | undefined;
  operationName: string | null;
}): number | null {
  const base = {
    schema: input.schema,
    query: input.document,
    estimators: ESTIMATORS,
    ...(input.operationName ? { operationName: input.operationName } : {}),
  };
  try {
    return getComplexity({ ...base, variables: input.variables ?? {} });
  } catch {
    // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before anything runs,
    // so nothing is spent; leave that answer to it rather than answer a different error first.
    return null;
  }
}
