import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'Date', ID: 'string' },
        contextType: '../context.js#Context',
        emitLegacyCommonJSImports: false,
        resolversNonOptionalTypename: { unionMember: true, interfaceImplementingType: true },
        mappers: {
          Order: '../domain/order.js#OrderModel',
          OrderItem: '../domain/order.js#OrderItemModel',
          CancellationRecord: '../domain/order.js#CancellationRecordModel',
          Money: '../domain/money.js#MoneyModel',
          CancellationPolicy: '../domain/policy.js#CancellationPolicyModel',
          CancellationWindow: '../domain/policy.js#CancellationWindowModel',
          RefundQuote: '../domain/policy.js#RefundQuoteModel',
          Cancellability: '../domain/policy.js#CancellabilityModel',
          ProviderHealth: '../providers/port.js#ProviderHealthModel',
          Viewer: '../services/orders-service.js#ViewerModel',
          OrderConnection: '../services/orders-service.js#OrderConnectionModel',
          OrderEdge: '../services/orders-service.js#OrderEdgeModel',
          OrderItemConnection: '../services/orders-service.js#OrderItemConnectionModel',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
