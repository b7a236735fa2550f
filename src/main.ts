import { startGateway, type DevelopmentHook } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './lib/logger.js';
import { requireAProvider } from './provider-modes.js';

/** The process around the gateway: configuration, logging, start-up and signals. */
export async function runGateway(development?: DevelopmentHook): Promise<void> {
  try {
    await run(development);
  } catch (error) {
    process.stderr.write(
      `orders-gateway: failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`,
    );
    process.exit(1);
  }
}

async function run(development?: DevelopmentHook): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
    requireAProvider(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`orders-gateway: configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, config);
  // Before anything serves: spans need the SDK registered first. Off without an OTLP endpoint, and
  // then not even loaded (the SDK and exporters cost ~10 MiB of resident memory).
  const tracing = config.tracing
    ? (await import('./observability/otel-sdk.js')).startTracing(config.tracing)
    : null;
  if (config.tracing) logger.info({ protocol: config.tracing.protocol }, 'tracing: OTLP export on');
  const running = await startGateway(config, logger, development ? { development } : {});
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    running
      .close()
      // The last spans (the shutdown's own requests among them) are flushed before exit.
      .then(() => tracing?.shutdown())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  // Before the line that says it listens: a supervisor waiting for that line may signal at once, and
  // the log's write can reach it before the next statement runs (then SIGTERM killed it undrained).
  onStopSignals(shutdown);
  logger.info(
    { url: `${running.url}/graphql`, ledger: running.ledger.backend, env: config.env },
    'orders-gateway listening',
  );
  if (running.banner) process.stdout.write(`${running.banner}\n`);
}

/** A repeat of a stop signal within this long of the first is one request delivered twice. */
const REPEATED_SIGNAL_MS = 1_000;

/**
 * SIGINT and SIGTERM call `stop` once. Under `npm run start:prod` (which execs node) a signal to the
 * process group (a terminal's Ctrl-C, `kill %job`, systemd's default KillMode) arrives twice within
 * milliseconds, directly and forwarded by npm: the repeat is ignored, or it would cut the drain. A
 * signal later than that is an operator insisting, and ends the process at once, as the signal does.
 */
function onStopSignals(stop: (signal: NodeJS.Signals) => void): void {
  let firstAt: number | null = null;
  const handle = (signal: NodeJS.Signals) => {
    if (firstAt === null) {
      firstAt = performance.now();
      stop(signal);
    } else if (performance.now() - firstAt >= REPEATED_SIGNAL_MS) {
      process.off('SIGINT', handle);
      process.off('SIGTERM', handle);
      process.kill(process.pid, signal);
    }
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
