// `npm ci` on Node 20 must not warn EBADENGINE: every locked package accepts the oldest Node we support.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const ours = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;

describe('engines', () => {
  it('every package in the lock file runs on the oldest Node the gateway supports', () => {
    const oldest = semver.minVersion(ours)?.version ?? '';
    expect(oldest).toBe('20.19.0');
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return node && !semver.satisfies(oldest, node) ? [`${path} (${node})`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
