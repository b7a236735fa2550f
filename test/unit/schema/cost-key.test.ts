// The query-cost cache's key (issue #19): two requests share a cost only when nothing the cost
// estimators read differs between them.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costKey } from '../../../src/server/cost-key.js';

describe('costKey', () => {
  const byId = parse('query Read($id: ID!) { order(id: $id) { id status } }');
  const page = parse(`
    query Page($n: Int, $p: [ProviderId!], $withItems: Boolean!) {
      viewer { orders(first: $n, filter: { providers: $p }) { edges { node { id ...Items } } } }
    }
    fragment Items on Order { items @include(if: $withItems) { id } }
  `);
  const entities = parse('query($r: [_Any!]!) { _entities(representations: $r) { __typename } }');

  it('ignores variables no estimator reads: every order(id) read of one document shares a key', () => {
    expect(costKey(byId, 'Read', { id: 'a' })).toBe(costKey(byId, 'Read', { id: 'b' }));
  });

  it('keeps page sizes and directive conditions (fragments included) apart, not other filters', () => {
    const key = (n: unknown, withItems: boolean, p: string[]) => costKey(page, 'Page', { n, withItems, p });
    expect(key(50, true, ['IMIN'])).toBe(key(50, true, ['MUSEMENT', 'BOKUN']));
    expect(key(50, true, [])).not.toBe(key(10, true, []));
    expect(key(50, true, [])).not.toBe(key(50, false, []));
    expect(key(50, true, [])).not.toBe(key('50', true, []));
    expect(key(undefined, true, [])).toBe(key(null, true, []));
  });

  it('reads representations by their count, and tells operations of one document apart', () => {
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Order', id: `o${i}` }));
    expect(costKey(entities, null, { r: reps(3) })).toBe(costKey(entities, null, { r: reps(3).reverse() }));
    expect(costKey(entities, null, { r: reps(3) })).not.toBe(costKey(entities, null, { r: reps(900) }));
    expect(costKey(byId, 'Read', { id: 'a' })).not.toBe(costKey(byId, null, { id: 'a' }));
  });
});
