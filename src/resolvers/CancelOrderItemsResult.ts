import type { ResolversTypes } from '../__generated__/resolvers-types.js';
import type { BatchCancellationOutcome } from '../domain/cancellation.js';
import { toCancellationResult } from './CancellationResult.js';

type Result = ResolversTypes['CancelOrderItemsResult'];

/**
 * `cancelOrderItems`' answer: each item's outcome as the `CancellationResult` member
 * `cancelOrderItem` would give, or the whole request's refusal as that same member.
 */
export function toCancelOrderItemsResult(outcome: BatchCancellationOutcome): Result {
  if (outcome.kind !== 'results') return toCancellationResult(outcome) as Result;
  return {
    __typename: 'CancellationResults',
    results: outcome.results.map(toCancellationResult),
    totalRefund: outcome.totalRefund,
    totalFee: outcome.totalFee,
    appliedAtomically: outcome.appliedAtomically,
  };
}
