// The README's operations are copied by people: they must validate against the schema as written.
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/server/apollo.js';

const schema = buildSchema();
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map(m => m[1] ?? '');

describe('README examples', () => {
  it('has GraphQL examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((block, i) => [i, block] as const))(
    'block %i validates, with no placeholders',
    (_i, block) => {
      expect(validate(schema, parse(block)).map(e => e.message)).toEqual([]);
      expect(block).not.toMatch(/…/);
    },
  );
});
