/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Cancel($input: CancelOrderItemInput!) {\n  cancelOrderItem(input: $input) {\n    __typename\n    ... on OrderItemCancelled {\n      status\n      refund {\n        amount\n        currency\n      }\n      fee {\n        amount\n      }\n      cancelledItemIds\n      orderItem {\n        id\n        status\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n      retryable\n      provider\n    }\n    ... on CancellationNotPermittedError {\n      providerDetail {\n        __typename\n        ... on OpenActiveErrorDetail {\n          type\n          description\n        }\n        ... on MusementErrorDetail {\n          code\n          message\n        }\n      }\n    }\n    ... on CancellationWindowClosedError {\n      closedAt\n    }\n    ... on InvalidCancellationRequestError {\n      field\n    }\n    ... on RefundChangedError {\n      expectedRefund {\n        amount\n      }\n      currentRefund {\n        amount\n      }\n    }\n    ... on WholeOrderCancellationRequiredError {\n      affectedItems {\n        id\n      }\n    }\n  }\n}": typeof types.CancelDocument,
    "mutation Register($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n        items {\n          id\n          title\n          price {\n            amount\n            currency\n          }\n          refundQuote {\n            refund {\n              amount\n            }\n            fee {\n              amount\n            }\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}\n\nmutation RegisterBrief($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}": typeof types.RegisterDocument,
};
const documents: Documents = {
    "mutation Cancel($input: CancelOrderItemInput!) {\n  cancelOrderItem(input: $input) {\n    __typename\n    ... on OrderItemCancelled {\n      status\n      refund {\n        amount\n        currency\n      }\n      fee {\n        amount\n      }\n      cancelledItemIds\n      orderItem {\n        id\n        status\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n      retryable\n      provider\n    }\n    ... on CancellationNotPermittedError {\n      providerDetail {\n        __typename\n        ... on OpenActiveErrorDetail {\n          type\n          description\n        }\n        ... on MusementErrorDetail {\n          code\n          message\n        }\n      }\n    }\n    ... on CancellationWindowClosedError {\n      closedAt\n    }\n    ... on InvalidCancellationRequestError {\n      field\n    }\n    ... on RefundChangedError {\n      expectedRefund {\n        amount\n      }\n      currentRefund {\n        amount\n      }\n    }\n    ... on WholeOrderCancellationRequiredError {\n      affectedItems {\n        id\n      }\n    }\n  }\n}": types.CancelDocument,
    "mutation Register($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n        items {\n          id\n          title\n          price {\n            amount\n            currency\n          }\n          refundQuote {\n            refund {\n              amount\n            }\n            fee {\n              amount\n            }\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}\n\nmutation RegisterBrief($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}": types.RegisterDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Cancel($input: CancelOrderItemInput!) {\n  cancelOrderItem(input: $input) {\n    __typename\n    ... on OrderItemCancelled {\n      status\n      refund {\n        amount\n        currency\n      }\n      fee {\n        amount\n      }\n      cancelledItemIds\n      orderItem {\n        id\n        status\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n      retryable\n      provider\n    }\n    ... on CancellationNotPermittedError {\n      providerDetail {\n        __typename\n        ... on OpenActiveErrorDetail {\n          type\n          description\n        }\n        ... on MusementErrorDetail {\n          code\n          message\n        }\n      }\n    }\n    ... on CancellationWindowClosedError {\n      closedAt\n    }\n    ... on InvalidCancellationRequestError {\n      field\n    }\n    ... on RefundChangedError {\n      expectedRefund {\n        amount\n      }\n      currentRefund {\n        amount\n      }\n    }\n    ... on WholeOrderCancellationRequiredError {\n      affectedItems {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["mutation Cancel($input: CancelOrderItemInput!) {\n  cancelOrderItem(input: $input) {\n    __typename\n    ... on OrderItemCancelled {\n      status\n      refund {\n        amount\n        currency\n      }\n      fee {\n        amount\n      }\n      cancelledItemIds\n      orderItem {\n        id\n        status\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n      retryable\n      provider\n    }\n    ... on CancellationNotPermittedError {\n      providerDetail {\n        __typename\n        ... on OpenActiveErrorDetail {\n          type\n          description\n        }\n        ... on MusementErrorDetail {\n          code\n          message\n        }\n      }\n    }\n    ... on CancellationWindowClosedError {\n      closedAt\n    }\n    ... on InvalidCancellationRequestError {\n      field\n    }\n    ... on RefundChangedError {\n      expectedRefund {\n        amount\n      }\n      currentRefund {\n        amount\n      }\n    }\n    ... on WholeOrderCancellationRequiredError {\n      affectedItems {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Register($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n        items {\n          id\n          title\n          price {\n            amount\n            currency\n          }\n          refundQuote {\n            refund {\n              amount\n            }\n            fee {\n              amount\n            }\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}\n\nmutation RegisterBrief($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}"): (typeof documents)["mutation Register($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n        items {\n          id\n          title\n          price {\n            amount\n            currency\n          }\n          refundQuote {\n            refund {\n              amount\n            }\n            fee {\n              amount\n            }\n          }\n        }\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}\n\nmutation RegisterBrief($input: RegisterOrderInput!) {\n  registerOrder(input: $input) {\n    __typename\n    ... on OrderRegistered {\n      created\n      order {\n        id\n      }\n    }\n    ... on ErrorResult {\n      code\n      message\n    }\n    ... on InvalidRegistrationRequestError {\n      field\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;