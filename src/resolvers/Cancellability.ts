import type { CancellabilityResolvers } from '../__generated__/resolvers-types.js';

export const Cancellability: CancellabilityResolvers = {
  reason: c => (c.cancellable ? null : c.reason),
  message: c => (c.cancellable ? null : (c.message ?? null)),
};
