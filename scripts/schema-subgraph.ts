// Writes the subgraph SDL that composition reads (`rover supergraph compose`, @apollo/composition):
// exactly what `_service { sdl }` answers, published so production never has to serve it.
// `npm run schema:subgraph`; `npm run codegen:check` fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { graphql } from 'graphql';
import { buildSchema } from '../src/server/apollo.js';
import { PUBLISHED_SUBGRAPH_SDL } from '../src/server/federation.js';

const result = await graphql({ schema: buildSchema(), source: '{ _service { sdl } }' });
const sdl = (result.data?.['_service'] as { sdl?: unknown } | undefined)?.sdl;
if (typeof sdl !== 'string') throw new Error(`no subgraph SDL: ${JSON.stringify(result.errors)}`);
writeFileSync(PUBLISHED_SUBGRAPH_SDL, sdl);
console.log(`wrote ${PUBLISHED_SUBGRAPH_SDL}`);
