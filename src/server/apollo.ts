import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import type { AppDeps, Context } from '../context.js';
import { createFormatError } from '../format-error.js';
import { graphqlMetricsPlugin } from '../observability/graphql-metrics-plugin.js';
import { graphqlTracingPlugin } from '../observability/graphql-tracing-plugin.js';
import { resolvers } from '../resolvers/index.js';
import { noSubgraphSdlRule } from './federation.js';
import { landingPage, type SandboxOptions } from './landing-page.js';
import { MAX_TOKENS } from './limits.js';
import { mediaTypeStatusPlugin } from './media-type.js';
import { operationGuardsPlugin } from './operation-guards.js';

export type { SandboxOptions } from './landing-page.js';

export interface ApolloOptions {
  readonly production: boolean;
  readonly introspection: boolean;
  readonly landingPage: boolean;
  readonly sandbox?: SandboxOptions;
  /** The server's own (shutdown's drain bookkeeping). */
  readonly extraPlugins?: readonly ApolloServerPlugin<Context>[];
}

export function loadTypeDefs(dir = join(import.meta.dirname, '..', '..', 'schema')): string {
  return readdirSync(dir)
    .filter(name => name.endsWith('.graphql'))
    .sort()
    .map(name => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

type SubgraphResolvers = Extract<
  Parameters<typeof buildSubgraphSchema>[0],
  { resolvers?: unknown }
>['resolvers'];

/**
 * The executable schema, shared by HTTP (Apollo) and WebSocket (graphql-ws): a Federation 2 subgraph
 * (`_service`, `_entities`) that serves standalone clients unchanged.
 */
export function buildSchema(): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs: parse(loadTypeDefs()),
    // Codegen's resolver signatures are narrower than @apollo/subgraph's resolver map, which has no
    // generics to take them; graphql calls them the same either way.
    resolvers: resolvers as unknown as SubgraphResolvers,
  });
}

/** Query limits (graphql-armor): depth through the order ⇄ item cycle, alias and directive floods, token floods, cost. */
export function queryLimits(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: 10, allowList: ['__typename'] },
    maxDirectives: { n: 20 },
    // Tokens are limited by graphql's own parser (parseOptions below), which answers 400, not 500.
    maxTokens: { enabled: false },
    // Cost is ours (query-cost.ts): armor's sees literal page sizes only, not variables.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** The Apollo server, started. Every security option is explicit; none is derived from NODE_ENV. */
export async function startApollo(
  deps: AppDeps,
  schema: GraphQLSchema,
  options: ApolloOptions,
): Promise<ApolloServer<Context>> {
  const limits = queryLimits(options.production);
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // Outside tests Apollo would stop itself on SIGTERM and then re-kill the process, cutting the
    // drain (and a cancel in flight) short. Shutdown is ours: src/main.ts → src/shutdown.ts.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: options.production,
    persistedQueries: false,
    formatError: createFormatError(deps.logger),
    validationRules: [...limits.validationRules, ...(options.introspection ? [] : [noSubgraphSdlRule])],
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      // armor's plugins read no context, so they serve any context type.
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      operationGuardsPlugin<Context>(),
      mediaTypeStatusPlugin<Context>(),
      graphqlMetricsPlugin<Context>(deps.metrics),
      graphqlTracingPlugin<Context>(),
      landingPage<Context>(options.landingPage, options.sandbox),
      // Apollo turns on federated inline traces (ftv1) for any subgraph schema: they would hand a router
      // unmasked error messages and per-field timings. Traces are ours to export (OpenTelemetry).
      ApolloServerPluginInlineTraceDisabled(),
      // Nothing here is cacheable by a CDN (every answer is one customer's), and the default cache-control
      // plugin's willResolveField hook made Apollo wrap every field resolver of every request.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.extraPlugins ?? []),
    ],
  });
  await apollo.start();
  return apollo;
}
