/**
 * LK-01/LK-02: provider credentials in tests are sentinel strings, and simulators' personal data uses
 * the reserved `example.invalid` domain, so a leak anywhere (response, header, log line) is a substring
 * match. Every test gateway checks each response and log line against these (see `gateway.ts`).
 */
export const SENTINEL = 'SENTINEL-KEY';
export const SENTINEL_PII = '@example.invalid';

export const SENTINEL_CREDENTIALS = {
  imin: { apiKey: `${SENTINEL}-imin` },
  bookingCom: { token: `${SENTINEL}-bdc`, affiliateId: '4242' },
  musement: { clientId: 'gw', clientSecret: `${SENTINEL}-mus`, application: 'gw-app' },
  bokun: {
    username: 'gw',
    password: `${SENTINEL}-bokun`,
    parameters: [{ name: 'vendorApiKey', value: `${SENTINEL}-vendor` }],
  },
} as const;

/** The first sentinel found in `text`, or null. */
export function findLeak(text: string): string | null {
  if (text.includes(SENTINEL)) return SENTINEL;
  if (text.includes(SENTINEL_PII)) return SENTINEL_PII;
  return null;
}
