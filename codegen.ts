import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for client operations. Scalars are what arrives over the wire (JSON). */
const clientTypes = (documents: string) =>
  ({
    documents,
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      strictScalars: true,
      scalars: { DateTime: 'string', Date: 'string', ID: 'string' },
      emitLegacyCommonJSImports: false,
    },
  }) as const;

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'Date', Date: 'string', ID: 'string', _FieldSet: 'string' },
        contextType: '../context.js#Context',
        // Entities (`@key`) get a typed `__resolveReference`.
        federation: true,
        emitLegacyCommonJSImports: false,
        resolversNonOptionalTypename: { unionMember: true, interfaceImplementingType: true },
        // Every model behind a GraphQL type, in one module.
        mappers: {
          Order: '../resolvers/mappers.js#OrderModel',
          OrderItem: '../resolvers/mappers.js#OrderItemModel',
          CancellationRecord: '../resolvers/mappers.js#CancellationRecordModel',
          Money: '../resolvers/mappers.js#MoneyModel',
          CancellationPolicy: '../resolvers/mappers.js#CancellationPolicyModel',
          CancellationWindow: '../resolvers/mappers.js#CancellationWindowModel',
          RefundQuote: '../resolvers/mappers.js#RefundQuoteModel',
          Cancellability: '../resolvers/mappers.js#CancellabilityModel',
          ProviderHealth: '../resolvers/mappers.js#ProviderHealthModel',
          Viewer: '../resolvers/mappers.js#ViewerModel',
          Customer: '../resolvers/mappers.js#CustomerModel',
          OrderConnection: '../resolvers/mappers.js#OrderConnectionModel',
          OrderEdge: '../resolvers/mappers.js#OrderEdgeModel',
          OrderItemConnection: '../resolvers/mappers.js#OrderItemConnectionModel',
          BookingChange: '../resolvers/mappers.js#BookingChangeModel',
          WebhookEndpointStatus: '../resolvers/mappers.js#WebhookEndpointStatusModel',
          OrderCancellationQuote: '../resolvers/mappers.js#OrderCancellationQuoteModel',
          BookingChangeConnection: '../resolvers/mappers.js#ChangeConnectionModel',
          BookingChangeEdge: '../resolvers/mappers.js#ChangeEdgeModel',
          OrderItemChangeConnection: '../resolvers/mappers.js#ChangeConnectionModel',
          OrderItemChangeEdge: '../resolvers/mappers.js#ChangeEdgeModel',
        },
      },
    },
    // The schema's enums as constant lists in declared order, for the domain: the provider ids are the
    // `Provider` enum's values, so a new provider starts in the schema.
    'src/__generated__/enums.ts': { plugins: ['./scripts/codegen-enums.cjs'] },
    // Tests send their operations as typed documents: a renamed field or variable fails typecheck,
    // not a test run.
    'test/__generated__/': {
      ...clientTypes('test/documents/*.graphql'),
    },
    // The client kit: what a frontend team generates from its own operations.
    'examples/client/__generated__/': {
      ...clientTypes('examples/client/operations/*.graphql'),
    },
    // Apollo Client's InMemoryCache needs these to match `... on ErrorResult` and other abstract types.
    'examples/client/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
