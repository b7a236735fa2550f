import { defineRefusalDetail } from '../refusal-detail.js';

/** imin refuses in the OpenActive error model: the error's type, and the seller's words. */
export const iminRefusal = defineRefusalDetail({
  kind: 'openactive',
  graphqlType: 'OpenActiveErrorDetail',
  fields: { type: 'required', description: 'nullable' },
  words: 'description',
});
