import type { ResolversTypes } from '../__generated__/resolvers-types.js';
import type { ProviderFailureDetailModel } from '../domain/provider-failure.js';

type DetailType = ResolversTypes['ProviderFailureDetail'];

/** Each provider's refusal detail as its `ProviderFailureDetail` member. */
const MEMBERS: {
  [K in ProviderFailureDetailModel['kind']]: (
    d: Extract<ProviderFailureDetailModel, { kind: K }>,
  ) => DetailType;
} = {
  openactive: d => ({ __typename: 'OpenActiveErrorDetail', type: d.type, description: d.description }),
  'booking-com': d => ({
    __typename: 'BookingComErrorDetail',
    id: d.id,
    message: d.message,
    requestId: d.requestId,
  }),
  musement: d => ({ __typename: 'MusementErrorDetail', code: d.code, message: d.message }),
  bokun: d => ({ __typename: 'BokunErrorDetail', cancellationError: d.cancellationError }),
};

export function toProviderDetail(detail: ProviderFailureDetailModel | null): DetailType | null {
  if (!detail) return null;
  const build = MEMBERS[detail.kind] as (d: ProviderFailureDetailModel) => DetailType;
  return build(detail);
}
