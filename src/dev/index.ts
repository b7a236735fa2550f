import type { DevelopmentHook } from '../app.js';
import { demoBanner, EXAMPLE_OPERATION, issueDemoTokens, registerDemoOrders } from './demo.js';
import { demoStartsOver, resetDemoLedger } from './demo-reset.js';
import { developmentSecret, developmentSecretFile } from './dev-secret.js';
import { startSimulators } from './simulators.js';

/**
 * Everything `npm start` adds in development, and nothing production needs: simulators behind the
 * providers with no base URL, demo bookings registered for two demo customers, demo tokens and a
 * Sandbox pre-filled with one of them.
 */
export const developmentHook: DevelopmentHook = {
  prepare(config, logger) {
    if (config.env !== 'development') return config;
    resetDemoLedger(config, logger);
    const secret = config.auth.secret ?? developmentSecret(config.dataDir);
    return { ...config, auth: { ...config.auth, secret } };
  },
  async simulate(config, logger) {
    const simulation = await startSimulators(config);
    return {
      config: simulation.config,
      simulated: simulation.simulated,
      seed: registration => registerDemoOrders(registration, simulation.demoOrders, logger),
      close: () => simulation.close(),
    };
  },
  async demo(config, auth) {
    const tokens = await issueDemoTokens(config, auth);
    return tokens
      ? {
          tokens,
          sandbox: { token: tokens.alice, document: EXAMPLE_OPERATION },
          banner: url =>
            demoBanner(url, tokens, developmentSecretFile(config.dataDir), demoStartsOver(config)),
        }
      : null;
  },
};
