// The operations tests send, as typed documents generated from test/documents/*.graphql
// (`npm run codegen`). A renamed field, type or variable fails typecheck instead of a test run.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export {
  CancelDocument as CANCEL,
  CancelItemsDocument as CANCEL_ITEMS,
  CancellationQuoteDocument as CANCELLATION_QUOTE,
  RegisterDocument as REGISTER,
  RegisterBriefDocument as REGISTER_BRIEF,
} from '../__generated__/graphql.js';
export type {
  CancelItemsMutation,
  CancelMutation,
  CancelOrderItemInput,
  CancellationReason,
  Provider,
  RegisterMutation,
  RegisterOrderInput,
} from '../__generated__/graphql.js';

/** A query as either a typed document or, for one-off shapes, a string. */
export type Operation<TData, TVariables> = string | TypedDocumentNode<TData, TVariables>;

/** Loose data for string queries; the document's own result type for typed ones. */
export type AnyData = Record<string, any>;

const printed = new WeakMap<object, string>();

/** The wire text of an operation, printed once per document. */
export function operationText(query: Operation<any, any>): string {
  if (typeof query === 'string') return query;
  let text = printed.get(query);
  if (text === undefined) {
    text = print(query);
    printed.set(query, text);
  }
  return text;
}
