// What the production smoke (scripts/prod-smoke.mjs) and the benchmark (bench/) both need to start
// and watch the built gateway as operators do. Plain JavaScript: the smoke itself runs without a loader.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { clearTimeout, setTimeout } from 'node:timers';
import { URL } from 'node:url';

/** The node flags of `npm run start:prod` (heap sizing among them): a check runs what operators run. */
export function productionFlags() {
  return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    .scripts['start:prod'].split(' ')
    .filter(word => word.startsWith('--'));
}

/** A process's resident set in MiB, from /proc (Linux), read from outside the process. */
export function rssMiB(pid) {
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

/**
 * Starts `node <args>` with `env`. `started` resolves once its output (stdout or stderr) contains
 * `ready`, and rejects if it exits first or is not ready within `timeoutMs`. The output is kept (its
 * last 100 000 characters: a long run logs on) for a failure's report.
 */
export function startNode(args, env, ready, timeoutMs = 60_000) {
  return startCommand(process.execPath, args, env, ready, timeoutMs);
}

/** `startNode` for any command (`npm run start:prod`, as the README documents it), `spawn` options added. */
export function startCommand(command, args, env, ready, timeoutMs = 60_000, options = {}) {
  const child = spawn(command, args, { ...options, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const name = args.at(-1);
  const started = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} not ready in ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    const keep = chunk => {
      output = (output + chunk).slice(-100_000);
      if (!output.includes(ready)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('exit', code => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return { process: child, output: () => output, started };
}

/** Every process below `pid` (Linux /proc), children first: what a signal to `pid` should also end. */
export function descendants(pid) {
  let children = '';
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
  } catch {
    return [];
  }
  return children
    .split(' ')
    .filter(Boolean)
    .map(Number)
    .flatMap(child => [child, ...descendants(child)]);
}

/** Whether a process still exists (a zombie awaiting its parent counts as gone). */
export function running(pid) {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}
