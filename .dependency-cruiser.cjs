/**
 * Layering rules for src/ (issue #15). `.ci/run` fails on any violation.
 *
 *   domain      ← vocabulary and rules; imports nothing outside itself but the schema's enums
 *   lib         ← small helpers with no project knowledge
 *   ledger      ← persistence; never providers or services
 *   providers   ← the port and its adapters; never services, resolvers, simulators or dev
 *   services    ← use cases over the port and the ledger
 *   resolvers   ← GraphQL glue; only the domain, services and generated types
 *   observability ← metrics and security events; told about events, never reaching into emitters
 *   simulators  ← stand-in providers that follow the guides; never our adapters
 *   dev         ← what `npm start` adds in development; production code never imports it
 */
const layer = name => `^src/${name}/`;

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make load order matter and hide which module owns what.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      comment:
        'The domain is the shared vocabulary; it depends on nothing else in the project but the ' +
        "schema's enums (src/__generated__/enums.ts: constants generated from schema/, importing nothing), " +
        "so the provider ids are the GraphQL `Provider` enum's values and a new provider starts in the schema.",
      from: { path: layer('domain') },
      to: { path: '^src/', pathNot: [layer('domain'), layer('lib'), '^src/__generated__/enums\\.ts$'] },
    },
    {
      name: 'lib-imports-only-lib',
      severity: 'error',
      from: { path: layer('lib') },
      to: { path: '^src/', pathNot: layer('lib') },
    },
    {
      name: 'resolvers-only-domain-and-services',
      severity: 'error',
      comment: 'Resolvers are thin: they reach providers and the ledger only through services.',
      from: { path: layer('resolvers') },
      to: { path: [layer('providers'), layer('ledger'), layer('simulators'), layer('dev')] },
    },
    {
      name: 'providers-stay-below-services',
      severity: 'error',
      from: { path: layer('providers') },
      to: {
        path: [layer('services'), layer('resolvers'), layer('simulators'), layer('dev'), layer('loaders')],
      },
    },
    {
      name: 'simulators-never-import-adapters',
      severity: 'error',
      comment: 'A simulator follows the provider guide, not our reading of it.',
      from: { path: layer('simulators') },
      to: {
        path: [layer('providers'), layer('services'), layer('resolvers'), layer('ledger'), layer('dev')],
      },
    },
    {
      name: 'ledger-below-providers-and-services',
      severity: 'error',
      from: { path: layer('ledger') },
      to: {
        path: [layer('providers'), layer('services'), layer('resolvers'), layer('simulators'), layer('dev')],
      },
    },
    {
      name: 'observability-below-providers-and-services',
      severity: 'error',
      comment: 'Metrics and logs are told about events; they never reach into the layers that emit them.',
      from: { path: layer('observability') },
      to: { path: [layer('providers'), layer('services'), layer('resolvers'), layer('ledger')] },
    },
    {
      name: 'services-never-import-resolvers',
      severity: 'error',
      from: { path: layer('services') },
      to: { path: [layer('resolvers'), layer('server')] },
    },
    {
      name: 'production-never-imports-dev-or-simulators',
      severity: 'error',
      comment: 'Only the dev wiring may start simulators or seed demo data.',
      from: { path: '^src/', pathNot: [layer('dev'), layer('simulators')] },
      to: { path: [layer('dev'), layer('simulators')] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The resolver types import the request context (and through it most of the gateway): left out.
    // The enums are cruised, so the domain's one import of them is checked by the rule above.
    exclude: { path: '^src/__generated__/resolvers-types\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
