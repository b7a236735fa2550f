import { defineRefusalDetail } from '../refusal-detail.js';

/** Booking.com's error envelope (or a cancel result that was not `successful`), with its request id. */
export const bookingComRefusal = defineRefusalDetail({
  kind: 'booking-com',
  graphqlType: 'BookingComErrorDetail',
  fields: { id: 'required', message: 'nullable', requestId: 'nullable' },
  words: 'message',
});
