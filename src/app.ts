import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authSettings, type AuthSettings } from './auth/tokens.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import type { ProviderId } from './domain/provider.js';
import { openLedger, type Ledger } from './ledger/index.js';
import type { Logger } from './lib/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { providersOff } from './provider-modes.js';
import { snapshotsOf } from './ledger/index.js';
import { providerPlugins } from './providers/catalogue.js';
import type { ProviderStarter } from './providers/plugin.js';
import { startProviders, type StartedProviders } from './providers/start.js';
import { startCore } from './start-core.js';
import type { Changes } from './services/changes/runtime.js';
import type { Gateway, SandboxOptions } from './server/index.js';
import type { OutcomeOutbox } from './services/cancellation/outbox.js';
import {
  createReconciler,
  type Reconciler,
  type ReconcilerOptions,
} from './services/cancellation/reconciler.js';
import { shutdown } from './shutdown.js';
import type { RegistrationService } from './services/registration-service.js';

/**
 * What development adds (src/dev): simulators behind providers with no base URL, demo data, demo
 * tokens. Production passes none, and no production module imports src/dev or src/simulators.
 */
export interface DevelopmentHook {
  /** Before anything opens: development's kept signing key, and a demo that starts over whole. */
  prepare(config: Config, logger: Logger): Config;
  simulate(
    config: Config,
    logger: Logger,
  ): Promise<{
    /** The configuration pointed at the simulators. */
    readonly config: Config;
    readonly simulated: ReadonlySet<ProviderId>;
    /** Registers demo bookings once the gateway runs. */
    seed(registration: RegistrationService): Promise<void>;
    close(): Promise<void>;
  }>;
  demo(
    config: Config,
    auth: AuthSettings,
  ): Promise<{
    readonly tokens: Readonly<Record<string, string>>;
    readonly sandbox: SandboxOptions;
    banner(url: string): string;
  } | null>;
}

export interface StartOptions {
  clock?: Clock;
  /** The provider plugins to start (default: every provider's). */
  plugins?: readonly ProviderStarter[];
  /** `null` turns the periodic reconciler off (tests drive `reconciler.reconcileOnce()`). */
  reconcileIntervalMs?: number | null;
  /** How often the watcher looks for due bookings (default 1 s); `null` turns it and the feed follower off. */
  watchRoundMs?: number | null;
  reconciler?: ReconcilerOptions;
  development?: DevelopmentHook;
}

export interface RunningGateway {
  readonly url: string;
  readonly gateway: Gateway;
  readonly ledger: Ledger;
  readonly auth: AuthSettings;
  /** Development's demo tokens; `null` in production or when a real secret is configured. */
  readonly demoTokens: Readonly<Record<string, string>> | null;
  /** What the process prints once listening (development: Sandbox URL and tokens). */
  readonly banner: string | null;
  readonly reconciler: Reconciler;
  /** Outcomes waiting for the journal (operators and tests can flush it). */
  readonly outbox: OutcomeOutbox;
  /** The change feed's watcher, follower and recorder (tests drive a watcher round). */
  readonly changes: Changes;
  close(): Promise<void>;
}

/** Opens the ledger, starts providers (simulated ones through the development hook), serves HTTP. */
export async function startGateway(
  given: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningGateway> {
  const config = options.development?.prepare(given, logger) ?? given;
  const clock = options.clock ?? systemClock;
  const auth = authSettings(config.auth.secret, config.auth.issuer, config.auth.audience);
  const ledger = await openLedgerFor(config, logger);
  const metrics = createMetrics();
  const simulation = options.development ? await options.development.simulate(config, logger) : null;
  const providers = await startProvidersFor(simulation?.config ?? config, ledger, metrics, logger, {
    plugins: options.plugins,
    simulated: simulation?.simulated,
  });
  const demo = options.development ? await options.development.demo(config, auth) : null;
  const core = await startCore({
    config,
    ledger,
    providers,
    metrics,
    clock,
    logger,
    auth,
    sandbox: demo?.sandbox,
    watchRoundMs: options.watchRoundMs === undefined ? 1_000 : options.watchRoundMs,
  });
  const reconciler = createReconciler(core.app, options.reconciler ?? {});
  // Every 5 s: rows of a process that died are settled a few seconds after its heartbeat stops.
  if (options.reconcileIntervalMs !== null) reconciler.start(options.reconcileIntervalMs ?? 5_000);
  await simulation?.seed(core.app.services.registration);
  const server = await listen(core.gateway, config.host, config.port, logger);
  core.gateway.attachLive(server);
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  return {
    url,
    gateway: core.gateway,
    ledger,
    auth,
    demoTokens: demo?.tokens ?? null,
    banner: demo?.banner(url) ?? null,
    reconciler,
    outbox: core.outbox,
    changes: core.changes,
    close: () => shutdown({ config, logger, reconciler, core, server, providers, simulation, ledger }),
  };
}

function openLedgerFor(config: Config, logger: Logger): Promise<Ledger> {
  return openLedger({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    timeouts: config.database,
    onConnectionError: error =>
      logger.warn(
        { err: { name: error.name, message: error.message } },
        'ledger connection lost; the pool reconnects',
      ),
  });
}

async function startProvidersFor(
  config: Config,
  ledger: Ledger,
  metrics: Metrics,
  logger: Logger,
  options: { plugins: StartOptions['plugins']; simulated: ReadonlySet<ProviderId> | undefined },
): Promise<StartedProviders> {
  const { maxRequestsPerSecond, ...tuning } = config.providerHttp;
  const deps = (provider: ProviderId) => ({
    logger,
    http: { ...tuning, maxRequestsPerSecond: maxRequestsPerSecond[provider], observer: metrics.http },
    snapshots: snapshotsOf(ledger.snapshots, provider),
  });
  const plugins = options.plugins ?? providerPlugins;
  const started = await startProviders(config.providers, deps, plugins, options.simulated);
  // In every mode, one line per provider that runs nothing, naming the variable that turns it on.
  for (const off of providersOff(config, new Set(started.registry.keys())))
    logger.warn({ provider: off.provider, variable: off.variable }, off.message);
  return started;
}

function listen(gateway: Gateway, host: string, port: number, logger: Logger): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(gateway.app);
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      // Once listening, a failure to accept (EMFILE, say) is logged, never thrown out of the process.
      server.on('error', error =>
        logger.error({ err: { name: error.name, message: error.message } }, 'HTTP server error'),
      );
      resolve(server);
    });
  });
}
