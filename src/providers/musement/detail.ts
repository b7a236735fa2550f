import { defineRefusalDetail } from '../refusal-detail.js';

/** Musement's error body: its code (read as text) and message. */
export const musementRefusal = defineRefusalDetail({
  kind: 'musement',
  graphqlType: 'MusementErrorDetail',
  fields: { code: 'required', message: 'nullable' },
  words: 'message',
});
