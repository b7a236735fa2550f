// `node --import ./scripts/no-typescript.mjs dist/index.js`: proves the production build runs as plain
// JavaScript. Any TypeScript module, or the tsx loader itself, resolved by the process fails it.
import { register } from 'node:module';

if (process.execArgv.some(arg => /tsx|ts-node|loader/.test(arg)))
  throw new Error(`a TypeScript loader is on the command line: ${process.execArgv.join(' ')}`);
register('./no-typescript-hooks.mjs', import.meta.url);
