import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node (tsx, the production build) loads graphql's CommonJS entry; Vite would pick its `module`
    // entry for our sources while libraries (Apollo, graphql-ws) get CommonJS: two graphql realms, and
    // a schema from one "cannot be used" by the other. Tests load the one that production loads.
    alias: [
      {
        find: /^graphql$/,
        replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)),
      },
    ],
  },
});
