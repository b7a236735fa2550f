import { REASON_LABELS } from './mapper.js';
import { startLive, type ProviderPlugin } from '../plugin.js';
import { bookingComRefusal } from './detail.js';
import { createBookingComAdapter } from './adapter.js';

/** Live with the `BOOKINGCOM_*` variables. */
export const bookingComPlugin: ProviderPlugin = {
  id: 'BOOKING_COM',
  // Booking.com's numeric order ids.
  orderReference: /^\d{1,20}$/,
  refusalDetail: bookingComRefusal,
  cancellationReasons: REASON_LABELS,
  start: (config, deps) =>
    startLive(config.providers.bookingCom, (baseUrl, credentials) =>
      createBookingComAdapter({ baseUrl, ...credentials, http: deps.http }),
    ),
};
