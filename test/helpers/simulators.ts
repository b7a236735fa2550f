import {
  startBookingComSimulator,
  type BookingComSimulator,
} from '../../src/simulators/booking-com/index.js';
import { startBokunSimulator, type BokunSimulator } from '../../src/simulators/bokun/index.js';
import { startIminSimulator, type IminSimulator } from '../../src/simulators/imin/index.js';
import { startMusementSimulator, type MusementSimulator } from '../../src/simulators/musement/index.js';
import { SENTINEL_CREDENTIALS as C } from './sentinels.js';

export interface AllSimulators {
  readonly imin: IminSimulator;
  readonly booking: BookingComSimulator;
  readonly musement: MusementSimulator;
  readonly bokun: BokunSimulator;
  /** The gateway environment that points every provider at its simulator, as live. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/** All four simulators with sentinel credentials, and the env that makes a gateway use them. */
export async function startAllSimulators(): Promise<AllSimulators> {
  const [imin, booking, musement, bokun] = await Promise.all([
    startIminSimulator({ ...C.imin, pendingMs: 100 }),
    startBookingComSimulator(C.bookingCom),
    startMusementSimulator({ ...C.musement, refundMs: 100 }),
    startBokunSimulator({ ...C.bokun, parameters: [...C.bokun.parameters] }),
  ]);
  return {
    imin,
    booking,
    musement,
    bokun,
    env: simulatorEnv({ imin, booking, musement, bokun }),
    close: async () => {
      await Promise.all([imin.close(), booking.close(), musement.close(), bokun.close()]);
    },
  };
}

/** The env that points each given simulator's provider at it, live, with the sentinel credentials. */
export function simulatorEnv(sims: {
  imin?: { url: string };
  booking?: { url: string };
  musement?: { url: string };
  bokun?: { url: string };
}): Record<string, string> {
  return {
    ...(sims.imin ? { IMIN_BASE_URL: sims.imin.url, IMIN_API_KEY: C.imin.apiKey } : {}),
    ...(sims.booking
      ? {
          BOOKINGCOM_BASE_URL: sims.booking.url,
          BOOKINGCOM_TOKEN: C.bookingCom.token,
          BOOKINGCOM_AFFILIATE_ID: C.bookingCom.affiliateId,
        }
      : {}),
    ...(sims.musement
      ? {
          MUSEMENT_BASE_URL: sims.musement.url,
          MUSEMENT_CLIENT_ID: C.musement.clientId,
          MUSEMENT_CLIENT_SECRET: C.musement.clientSecret,
          MUSEMENT_APPLICATION: C.musement.application,
        }
      : {}),
    ...(sims.bokun
      ? {
          BOKUN_PLUGIN_URL: sims.bokun.url,
          BOKUN_PLUGIN_USERNAME: C.bokun.username,
          BOKUN_PLUGIN_PASSWORD: C.bokun.password,
          BOKUN_PLUGIN_PARAMETERS: JSON.stringify(C.bokun.parameters),
        }
      : {}),
  };
}
