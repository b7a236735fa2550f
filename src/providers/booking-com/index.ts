import { defineProviderPlugin } from '../plugin.js';
import { createBookingComAdapter } from './adapter.js';
import { bookingComRefusal } from './detail.js';
import { bookingComEnv } from './env.js';
import { REASON_LABELS } from './mapper.js';

/** Booking.com Demand API: accommodation. */
export const bookingComPlugin = defineProviderPlugin({
  id: 'BOOKING_COM',
  name: 'Booking.com',
  env: bookingComEnv,
  // Booking.com's numeric order ids.
  orderReference: /^\d{1,20}$/,
  refusalDetail: bookingComRefusal,
  cancellationReasons: REASON_LABELS,
  live: ({ baseUrl, credentials }, deps) =>
    createBookingComAdapter({ baseUrl, ...credentials, http: deps.http }),
});
