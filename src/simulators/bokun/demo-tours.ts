import type { DemoBooking } from '../sim-types.js';
import type { BokunSimulator } from './index.js';

const HOUR = 3_600_000;

/** Demo tours: free, partly refundable, non-refundable (Bókun's "100 % from 1000 days" workaround), refused by the plugin. */
const DEMO_TOURS = [
  {
    reservation: 'demo-fjord',
    customer: 'alice',
    title: 'Fjord Cruise and Glacier Walk',
    inHours: 24 * 9,
    price: '1290',
    rules: [{ cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' }],
  },
  {
    reservation: 'demo-northern-lights',
    customer: 'alice',
    title: 'Northern Lights Chase',
    inHours: 24 * 3,
    price: '990',
    rules: [
      { cutoffHours: 168, charge: '25', chargeType: 'PERCENTAGE' },
      { cutoffHours: 24, charge: '100', chargeType: 'PERCENTAGE' },
    ],
  },
  {
    reservation: 'demo-whale',
    customer: 'alice',
    title: 'Whale Safari (non-refundable)',
    inHours: 24 * 14,
    price: '1850',
    rules: [{ cutoffHours: 24_000, charge: '100', chargeType: 'PERCENTAGE' }],
  },
  {
    reservation: 'demo-kayak',
    customer: 'bob',
    title: 'Sea Kayak Day Trip',
    inHours: 24 * 6,
    price: '1400',
    rules: [{ cutoffHours: 48, charge: '300', chargeType: 'AMOUNT' }],
    refuse: 'The group has already been assigned a guide; contact the operator.',
  },
] as const;

/**
 * Confirms the demo tours on the simulated plugin, so each has a real confirmation code, and returns
 * them with the snapshot the booking flow would register (the plugin API cannot read one back).
 */
export function confirmDemoTours(simulator: BokunSimulator): DemoBooking[] {
  return DEMO_TOURS.map(tour => {
    const code = simulator.confirm(tour.reservation, 'refuse' in tour ? tour.refuse : null);
    const startsAt = new Date(Date.now() + tour.inHours * HOUR);
    return {
      customer: tour.customer,
      provider: 'BOKUN',
      providerReference: code,
      bokunBooking: {
        title: tour.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 6 * HOUR),
        timeZone: 'Europe/Oslo',
        price: { amount: tour.price, currency: 'NOK' },
        penaltyRules: tour.rules.map(r => ({ ...r })),
      },
    };
  });
}
