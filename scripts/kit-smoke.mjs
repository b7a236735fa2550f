// CI: the client kit against a gateway started as a developer starts it (`npm start`, its own
// process), with a token from `npm run token`. Passes when every operation answers and the live
// subscription sees the cancelled item reach CANCELLED_BY_CUSTOMER. Bounded: 90 s in all.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout, clearTimeout } from 'node:timers';
import { promisify } from 'node:util';
import { freePort } from './free-port.mjs';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'og-kit-smoke-'));
const port = await freePort();
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), GATEWAY_ENV: 'development' };
delete env.DATABASE_URL;
delete env.AUTH_JWT_SECRET;

const gateway = spawn(process.execPath, ['--import', 'tsx', 'src/dev/main.ts'], {
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
gateway.stdout.on('data', chunk => (output += chunk));
gateway.stderr.on('data', chunk => (output += chunk));
const deadline = setTimeout(() => fail('timed out'), 90_000);

function fail(why) {
  process.stderr.write(`kit smoke failed: ${why}\n${output.slice(-3000)}\n`);
  gateway.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

await new Promise(resolve => {
  const check = () => (output.includes('orders-gateway listening') ? resolve() : setTimeout(check, 100));
  check();
  gateway.on('exit', code => fail(`gateway exited (${code}) before listening`));
});

try {
  const { stdout: token } = await run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', 'alice'], {
    env,
  });
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'examples/client/run.ts', token.trim(), `http://127.0.0.1:${port}/graphql`],
    { env },
  );
  process.stdout.write(stdout);
  const live = /live status of .*: (.*)/.exec(stdout)?.[1] ?? '';
  if (!/^\d+ orders; read order /m.test(stdout)) fail('the bookings or the order read did not answer');
  if ((stdout.match(/^cancel /gm) ?? []).length !== 2) fail('the two cancels did not both answer');
  if (!live.startsWith('CONFIRMED') || !live.endsWith('CANCELLED_BY_CUSTOMER'))
    fail(`the subscription did not follow the item to CANCELLED_BY_CUSTOMER: ${live}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

clearTimeout(deadline);
gateway.removeAllListeners('exit');
gateway.kill('SIGTERM');
await new Promise(resolve => gateway.once('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
console.log('kit smoke: passed');
