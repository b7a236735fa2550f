// The benchmark's processes and what it reads of them from outside: CPU time and resident memory come
// from /proc (Linux), the same for the gateway and the baseline, so neither measures itself.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startNode } from '../scripts/processes.mjs';
import { KEY, type UpstreamCommand, type UpstreamReady, type UpstreamStats } from './fixture.js';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux architecture Node supports
const started: ChildProcess[] = [];

export interface Server {
  readonly pid: number;
  readonly output: () => string;
}

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
}

/** Starts `node <args>` (scripts/processes.mjs) and resolves once it is ready; stopAll() kills it. */
export async function startServer(args: string[], env: NodeJS.ProcessEnv, ready: string): Promise<Server> {
  const child = startNode(args, env, ready);
  started.push(child.process);
  await child.started;
  return { pid: child.process.pid!, output: child.output };
}

export interface Upstream {
  readonly pid: number;
  readonly ready: UpstreamReady;
  stats(): Promise<UpstreamStats>;
  latency(on: boolean): Promise<UpstreamStats>;
}

/** The four provider simulators in their own process (bench/upstream.ts), driven over IPC. */
export async function startUpstream(): Promise<Upstream> {
  const child = fork(new URL('./upstream.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'] });
  started.push(child);
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`upstream: no ${type} answer`)), 30_000);
      const on = (message: { type: string } & Record<string, unknown>) => {
        if (message.type !== type) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve((message.ready ?? message.stats) as T);
      };
      child.on('message', on);
    });
  const ask = (command: UpstreamCommand) => {
    const answer = next<UpstreamStats>(command.type);
    child.send(command);
    return answer;
  };
  const ready = await next<UpstreamReady>('ready');
  return {
    pid: child.pid!,
    ready,
    stats: () => ask({ type: 'stats' }),
    latency: on => ask({ type: 'latency', on }),
  };
}

/** The baseline ("Apollo Server 5 + one undici call", bench/baseline.mjs) reading the upstream's imin order. */
export async function startBaseline(
  upstream: UpstreamReady,
  nodeArgs: string[] = [],
): Promise<Server & { url: string }> {
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: '0',
    ORDER_URL: upstream.iminOrder.url,
    API_KEY: KEY,
  };
  const server = await startServer([...nodeArgs, 'bench/baseline.mjs'], env, 'listening');
  return { ...server, url: `http://127.0.0.1:${/listening (\d+)/.exec(server.output())![1]}/graphql` };
}

/** Ends a server as an operator would (SIGTERM: it drains, and a --cpu-prof profile is written). */
export function stop(pid: number): Promise<void> {
  const child = started.find(c => c.pid === pid);
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function stopAll(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
}
