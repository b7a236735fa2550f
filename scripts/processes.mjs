// What the production smoke (scripts/prod-smoke.mjs) and the benchmark (bench/) both need to run and
// watch the built gateway as operators do. Plain JavaScript: the smoke itself runs without a loader.
import { readFileSync } from 'node:fs';
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
