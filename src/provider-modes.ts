import { ConfigError, type Config } from './config.js';
import { PROVIDERS, type ProviderId } from './domain/provider.js';
import { pluginOf } from './providers/catalogue.js';

/** A provider that runs no adapter, with the variable that would turn it on and one line saying so. */
export interface ProviderOff {
  readonly provider: ProviderId;
  readonly variable: string;
  readonly message: string;
}

/** What turns a provider on, in its variables' own names: `set it, with <ITS KEY>, to turn it on`. */
function turnOn(provider: ProviderId): string {
  const { required } = pluginOf(provider).env;
  const along = required.length > 0 ? `, with ${required.join(' and ')},` : '';
  return `set it${along} to turn it on`;
}

/**
 * The providers the gateway runs nothing for, in the order of `PROVIDERS`: the operator reads in the
 * log which are off and why, instead of learning it from answers with those bookings missing.
 */
export function providersOff(config: Config, running: ReadonlySet<ProviderId>): ProviderOff[] {
  return PROVIDERS.filter(provider => !running.has(provider)).map(provider => {
    const mode = config.providers[provider].mode;
    const variable = pluginOf(provider).env.baseUrl;
    const message =
      mode === 'live'
        ? `${variable} is set, but no plugin started it`
        : mode === 'simulated'
          ? `${variable} is not set and only the development entry (npm start) simulates it (${turnOn(provider)})`
          : `${variable} is not set (${turnOn(provider)})`;
    return { provider, variable, message: `${provider} is off: ${message}` };
  });
}

/**
 * A production gateway with no provider answers every query with nothing, and a readiness probe would
 * still call it ready: a misconfiguration (a lost env file, a typo in a variable's name) that must stop
 * the deploy rather than serve empty pages. Development always has the simulators.
 */
export function requireAProvider(config: Config): void {
  if (config.env !== 'production') return;
  if (PROVIDERS.some(provider => config.providers[provider].mode === 'live')) return;
  const names = PROVIDERS.map(provider => pluginOf(provider).env.baseUrl);
  throw new ConfigError(
    `GATEWAY_ENV=production needs at least one provider: set ${names.slice(0, -1).join(', ')} or ${names.at(-1)} (with its credentials); \`npm run simulators\` prints simulated ones.`,
  );
}
