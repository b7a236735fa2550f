import { z } from 'zod';
import { defineProviderEnv, providerVariable } from '../plugin-env.js';

/** Booking.com's variables: live with `BOOKINGCOM_BASE_URL`, its token and the affiliate id. */
export const bookingComEnv = defineProviderEnv({
  schema: z.object({
    BOOKINGCOM_BASE_URL: providerVariable.baseUrl,
    BOOKINGCOM_TOKEN: providerVariable.secret,
    BOOKINGCOM_AFFILIATE_ID: providerVariable.secret,
    BOOKINGCOM_MAX_RPS: providerVariable.maxRps,
  }),
  baseUrl: 'BOOKINGCOM_BASE_URL',
  required: ['BOOKINGCOM_TOKEN', 'BOOKINGCOM_AFFILIATE_ID'],
  maxRps: 'BOOKINGCOM_MAX_RPS',
  credentials: (_variables, need) => ({
    token: need('BOOKINGCOM_TOKEN'),
    affiliateId: need('BOOKINGCOM_AFFILIATE_ID'),
  }),
});
