// Fails when the committed generated types differ from what `npm run codegen` would write.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const file = 'src/__generated__/resolvers-types.ts';
const before = readFileSync(file, 'utf8');
execFileSync('npx', ['--no-install', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], {
  stdio: 'inherit',
});
const after = readFileSync(file, 'utf8');
if (before !== after) {
  console.error(`${file} is stale: run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log('codegen output is up to date');
