import { startGateway } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './lib/logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`orders-gateway: configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, config);
  const running = await startGateway(config, logger);
  logger.info(
    { url: `${running.url}/graphql`, ledger: running.ledger.backend, env: config.env },
    'orders-gateway listening',
  );
  if (running.demoTokens) {
    process.stdout.write(
      [
        '',
        `  Apollo Sandbox:  ${running.url}/graphql  (pre-filled with Alice's token)`,
        '',
        '  Demo bearer tokens (valid 12 h, signed with a key generated for this process):',
        `    alice   (orders:read orders:cancel)  ${running.demoTokens.alice}`,
        `    bob     (orders:read orders:cancel)  ${running.demoTokens.bob}`,
        `    service (orders:write)               ${running.demoTokens.service}`,
        '',
      ].join('\n') + '\n',
    );
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `orders-gateway: failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`,
  );
  process.exit(1);
});
