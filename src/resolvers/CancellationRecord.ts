import type { CancellationRecordResolvers } from '../__generated__/resolvers-types.js';

export const CancellationRecord: CancellationRecordResolvers = {
  // Reads complete the record with its state (`items.cancellation`); a record is always a cancelled item's.
  refundState: record => record.refundState ?? 'UNKNOWN',
};
