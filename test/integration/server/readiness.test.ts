// What an operator sees of the providers: one log line per provider that is off (naming the variable
// that turns it on), and /readyz listing all four with their mode, the running ones with their circuit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentHook } from '../../../src/dev/index.js';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { startIminSimulator, type IminSimulator } from '../../../src/simulators/imin/index.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const API_KEY = 'readiness-imin-key-0001';

/** The gateway's warnings that name a provider, as parsed JSON lines. */
function providerWarnings(gw: TestGateway): Array<{ provider: string; variable?: string; msg: string }> {
  return gw.logs
    .flatMap(chunk => chunk.split('\n').filter(Boolean))
    .map(line => JSON.parse(line) as { level: number; provider?: string; variable?: string; msg: string })
    .filter(line => line.level === 40 && typeof line.provider === 'string')
    .map(({ provider, variable, msg }) => ({ provider: provider ?? '', variable, msg }));
}

async function readyz(gw: TestGateway): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${gw.url}/readyz`);
  return { status: res.status, body: await res.json() };
}

describe('production with one provider configured: the others are off, and say so', () => {
  let imin: IminSimulator;
  let gw: TestGateway;
  beforeAll(async () => {
    imin = await startIminSimulator({ apiKey: API_KEY });
    gw = await startTestGateway({
      plugins: providerPlugins,
      env: {
        GATEWAY_ENV: 'production',
        AUTH_JWT_SECRET: 'r'.repeat(40),
        IMIN_BASE_URL: imin.url,
        IMIN_API_KEY: API_KEY,
      },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await imin?.close();
  });

  it('logs one line per provider that is off, naming the variable that would turn it on', () => {
    const warnings = providerWarnings(gw);
    expect(warnings.map(w => [w.provider, w.variable])).toEqual([
      ['BOOKING_COM', 'BOOKINGCOM_BASE_URL'],
      ['MUSEMENT', 'MUSEMENT_BASE_URL'],
      ['BOKUN', 'BOKUN_PLUGIN_URL'],
    ]);
    for (const warning of warnings) expect(warning.msg).toContain(warning.variable);
    expect(warnings.find(w => w.msg.includes('BOOKINGCOM'))?.msg).toContain('BOOKINGCOM_AFFILIATE_ID');
  });

  it('/readyz lists all four providers with their mode; the running one keeps its circuit', async () => {
    expect(await readyz(gw)).toEqual({
      status: 200,
      body: {
        status: 'ready',
        ledger: 'sqlite',
        providers: [
          { provider: 'IMIN', mode: 'live', circuit: 'CLOSED', lastFailureAt: null, simulated: false },
          { provider: 'BOOKING_COM', mode: 'off' },
          { provider: 'MUSEMENT', mode: 'off' },
          { provider: 'BOKUN', mode: 'off' },
        ],
      },
    });
  });
});

describe('npm start: every provider simulated, none off', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ plugins: providerPlugins, development: developmentHook });
  });
  afterAll(() => gw?.close());

  it('logs no provider as off, and /readyz says each is simulated', async () => {
    expect(providerWarnings(gw)).toEqual([]);
    const { body } = await readyz(gw);
    expect(body).toMatchObject({
      status: 'ready',
      providers: ['IMIN', 'BOOKING_COM', 'MUSEMENT', 'BOKUN'].map(provider => ({
        provider,
        mode: 'simulated',
        circuit: 'CLOSED',
        simulated: true,
      })),
    });
  });
});
