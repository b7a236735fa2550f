// A production start with no provider at all is a misconfiguration: the real entry (src/index.ts, in
// its own process) refuses with one line naming the variables, and never listens.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { freePort } from '../../helpers/gateway-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'og-prod-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the production entry until it exits or listens (bounded); what it wrote, and how it ended. */
async function start(env: Record<string, string>) {
  const inherited: Record<string, string | undefined> = { ...process.env };
  for (const { baseUrl, required } of providerPlugins.map(plugin => plugin.env))
    for (const name of [baseUrl, ...required]) delete inherited[name];
  delete inherited['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...inherited, DATA_DIR: dataDir, PORT: String(await freePort()), LOG_LEVEL: 'info', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = await new Promise<number | 'listening'>(resolve => {
    const timer = setTimeout(() => resolve('listening'), 30_000);
    child.stdout.on('data', () => {
      if (stdout.includes('orders-gateway listening')) resolve('listening');
    });
    child.once('close', code => {
      clearTimeout(timer);
      resolve(code ?? -1);
    });
  });
  if (ended === 'listening') child.kill('SIGKILL');
  return { ended, stdout, stderr };
}

describe('GATEWAY_ENV=production with no provider configured', () => {
  it('refuses to start: exit code 1 and one line naming the four variables', async () => {
    const { ended, stdout, stderr } = await start({
      GATEWAY_ENV: 'production',
      AUTH_JWT_SECRET: randomBytes(32).toString('base64url'),
    });
    expect(stdout).not.toContain('listening');
    expect(ended).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^orders-gateway: configuration error: /);
    for (const name of ['IMIN_BASE_URL', 'BOOKINGCOM_BASE_URL', 'MUSEMENT_BASE_URL', 'BOKUN_PLUGIN_URL'])
      expect(lines[0]).toContain(name);
  }, 40_000);
});
