import type { ChildProcess } from 'node:child_process';

export function productionFlags(): string[];
export function rssMiB(pid: number): number;
export function startNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string,
  timeoutMs?: number,
): { process: ChildProcess; output(): string; started: Promise<void> };
export function startCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: string,
  timeoutMs?: number,
  options?: import('node:child_process').SpawnOptions,
): { process: ChildProcess; output(): string; started: Promise<void> };
export function descendants(pid: number): number[];
export function running(pid: number): boolean;
