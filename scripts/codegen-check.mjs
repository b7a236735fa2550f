// Fails when the committed generated files differ from what `npm run codegen` would write
// (a changed, a missing or an extra file in any generated folder).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = ['src/__generated__', 'test/__generated__', 'examples/client/__generated__'];
const GENERATED_FILES = [
  'examples/client/possible-types.ts',
  'examples/client/persisted-query-manifest.json',
  'federation/subgraph.graphql',
];

function snapshot() {
  const files = new Map();
  for (const dir of GENERATED) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) files.set(join(dir, name), readFileSync(join(dir, name), 'utf8'));
  }
  for (const file of GENERATED_FILES) if (existsSync(file)) files.set(file, readFileSync(file, 'utf8'));
  return files;
}

const before = snapshot();
execFileSync('npx', ['--no-install', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  stdio: 'inherit',
});
// The trusted-documents manifest the client kit's operations generate (TRUSTED_DOCUMENTS).
execFileSync('npx', ['--no-install', 'generate-persisted-query-manifest'], { stdio: 'ignore' });
// The subgraph SDL composition reads (npm run schema:subgraph).
execFileSync('npx', ['--no-install', 'tsx', 'scripts/schema-subgraph.ts'], { stdio: 'ignore' });
const after = snapshot();
const stale = [...new Set([...before.keys(), ...after.keys()])].filter(f => before.get(f) !== after.get(f));
if (stale.length > 0) {
  console.error(`stale generated files: ${stale.join(', ')}; run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log('codegen output is up to date');
