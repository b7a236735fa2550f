// Signals as supervisors deliver them, on a real process. Under `npm run start:prod` (which execs
// node) a signal sent to the process group (a terminal's Ctrl-C, `kill %job`, systemd's default
// KillMode) reaches the gateway twice within moments: directly, and forwarded by npm. That is one
// request to stop and must drain once; a second signal a while later still stops it at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../helpers/gateway-process.js';
import { pollUntil } from '../helpers/poll.js';
import { startAllSimulators, type AllSimulators } from '../helpers/simulators.js';

const AS_DEPLOYED = { NODE_ENV: 'production', GATEWAY_ENV: 'production', DATA_DIR: ':memory:' };
const SLOW_ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a03';

/** How the process ended: its exit code, or the signal that killed it. */
function ended(gw: GatewayProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise(resolve =>
    gw.alive()
      ? gw.child.once('exit', (code, signal) => resolve({ code, signal }))
      : resolve({ code: gw.child.exitCode, signal: gw.child.signalCode }),
  );
}

describe('signals', () => {
  let sims: AllSimulators;
  let gw: GatewayProcess | null = null;
  beforeAll(async () => {
    sims = await startAllSimulators();
  });
  afterAll(async () => {
    await gw?.stop();
    await sims?.close();
  });

  /** A gateway with a read held open at the provider, so that its drain lasts (the grace period). */
  async function drainingGateway(graceMs: number) {
    const started = await startGatewayProcess({
      env: { ...sims.env, ...AS_DEPLOYED, SHUTDOWN_GRACE_MS: String(graceMs) },
    });
    gw = started;
    await started.register('alice', 'IMIN', SLOW_ORDER);
    const gets = () => sims.imin.server.calls.filter(c => c.path === `/orders/${SLOW_ORDER}`).length;
    const before = gets();
    sims.imin.server.inject({ method: 'GET', pathPrefix: `/orders/${SLOW_ORDER}`, latencyMs: 8_000 });
    const read = started
      .graphql('{ viewer { orders { edges { node { id } } } } }', {}, await started.token('alice'))
      .catch((error: unknown) => error);
    await pollUntil(gets, n => n > before, { tries: 300, everyMs: 10 });
    return { gateway: started, read, exit: ended(started) };
  }

  it('the same SIGTERM twice within moments (a process group and npm) drains once and exits 0', async () => {
    const { gateway, read, exit } = await drainingGateway(1_000);
    const first = performance.now();
    void gateway.sigterm();
    // As npm's forward follows the group's signal: a few milliseconds later (back to back, the
    // kernel would merge the two into one).
    await new Promise(resolve => setTimeout(resolve, 50));
    gateway.child.kill('SIGTERM');
    expect(await exit).toEqual({ code: 0, signal: null });
    // It waited out the grace period for the held read: the second signal did not cut the drain.
    expect(performance.now() - first).toBeGreaterThan(900);
    expect(gateway.logs.join('').match(/"msg":"shutting down"/g)).toHaveLength(1);
    await read;
  }, 30_000);

  it('a second signal a while into the drain still stops the process at once', async () => {
    const { gateway, read, exit } = await drainingGateway(20_000);
    void gateway.sigterm();
    await new Promise(resolve => setTimeout(resolve, 1_500));
    expect(gateway.alive()).toBe(true);
    const second = performance.now();
    gateway.child.kill('SIGTERM');
    expect(await exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(performance.now() - second).toBeLessThan(1_000);
    await read;
  }, 30_000);
});
