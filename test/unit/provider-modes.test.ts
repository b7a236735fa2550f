import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { providersOff, requireAProvider } from '../../src/provider-modes.js';

const PRODUCTION = { GATEWAY_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) };
const IMIN = { IMIN_BASE_URL: 'https://book.imin.co/api/v2', IMIN_API_KEY: 'k' };

describe('providers that are off', () => {
  it('production without any provider is refused by name; one provider is enough; development never', () => {
    expect(() => requireAProvider(loadConfig(PRODUCTION))).toThrow(ConfigError);
    expect(() => requireAProvider(loadConfig(PRODUCTION))).toThrow(/IMIN_BASE_URL.*BOKUN_PLUGIN_URL/);
    expect(() => requireAProvider(loadConfig({ ...PRODUCTION, ...IMIN }))).not.toThrow();
    expect(() => requireAProvider(loadConfig({}))).not.toThrow();
  });

  it('says why each provider that runs nothing is off, in the order of the Provider enum', () => {
    const production = providersOff(loadConfig({ ...PRODUCTION, ...IMIN }), new Set(['IMIN']));
    expect(production.map(off => off.provider)).toEqual(['BOOKING_COM', 'MUSEMENT', 'BOKUN']);
    expect(production[0]?.message).toBe(
      'BOOKING_COM is off: BOOKINGCOM_BASE_URL is not set (set it, with BOOKINGCOM_TOKEN and BOOKINGCOM_AFFILIATE_ID, to turn it on)',
    );
    expect(production[2]?.message).toBe('BOKUN is off: BOKUN_PLUGIN_URL is not set (set it to turn it on)');
    const unsimulated = providersOff(loadConfig({}), new Set());
    expect(unsimulated[0]?.message).toContain('only the development entry (npm start) simulates it');
    expect(providersOff(loadConfig(IMIN), new Set())[0]?.message).toBe(
      'IMIN is off: IMIN_BASE_URL is set, but no plugin started it',
    );
  });
});
