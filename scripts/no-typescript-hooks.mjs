// Loader hooks for no-typescript.mjs: every module the process resolves is checked.
import { fileURLToPath } from 'node:url';

const TYPESCRIPT = /\.[cm]?tsx?$/;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const path = resolved.url.startsWith('file:') ? fileURLToPath(resolved.url) : '';
  if (TYPESCRIPT.test(path) || path.includes('/node_modules/tsx/'))
    throw new Error(`the production build resolved a TypeScript module: ${path}`);
  return resolved;
}
