// The simulators' environment lines must read the same through the shell (`set -a; . ./file`) and
// Node's own env-file parser (`node --env-file`), including Bókun's JSON parameters.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv, promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { envLines } from '../../../src/dev/standalone.js';

const dir = mkdtempSync(join(tmpdir(), 'og-env-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENV = {
  IMIN_BASE_URL: 'http://127.0.0.1:4100/api/v2',
  IMIN_API_KEY: 'a-B_c9',
  BOKUN_PLUGIN_PARAMETERS: '[{"name":"vendorApiKey","value":"4a29 c198"}]',
};

describe('envLines', () => {
  it('reads back the same through sh and through node --env-file', async () => {
    const file = join(dir, 'sims.env');
    writeFileSync(file, `${envLines(ENV)}\n`);
    expect(parseEnv(envLines(ENV))).toEqual(ENV);
    const printed = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(ENV))}.map(n => [n, process.env[n]]))))`;
    const viaShell = await promisify(execFile)('sh', [
      '-c',
      `set -a; . "$0"; exec node -e '${printed}'`,
      file,
    ]);
    expect(JSON.parse(viaShell.stdout)).toEqual(ENV);
    const viaNode = await promisify(execFile)(process.execPath, [`--env-file=${file}`, '-e', printed]);
    expect(JSON.parse(viaNode.stdout)).toEqual(ENV);
  });

  it('refuses a value no quoting would carry the same way', () => {
    expect(() => envLines({ X: "it's" })).toThrow(/X/);
  });
});
