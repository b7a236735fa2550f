import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A provider fixture from `test/fixtures/<provider>/<name>` (taken from the providers' own guides). */
export function fixture<T = unknown>(provider: string, name: string): T {
  const path = fileURLToPath(new URL(`../fixtures/${provider}/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
