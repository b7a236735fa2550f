import { defineRefusalDetail } from '../refusal-detail.js';

/** A plugin's `failedCancellation`: its `cancellationError` text, for the customer. */
export const bokunRefusal = defineRefusalDetail({
  kind: 'bokun',
  graphqlType: 'BokunErrorDetail',
  fields: { cancellationError: 'required' },
  words: 'cancellationError',
});
