// normalizeJsonLd (src/providers/imin/schemas.ts): imin's JSON-LD keys read once, as the schemas name them.
import { describe, expect, it } from 'vitest';
import { normalizeJsonLd } from '../../../../src/providers/imin/schemas.js';

describe('normalizeJsonLd', () => {
  it('reads @type/@id as type/id at every depth, arrays included, and leaves other values as they are', () => {
    const doc = JSON.parse(
      '{"@type":"Order","@id":"o1","orderedItem":[{"@type":"OrderItem","@id":"i1","n":1,"x":null}],"ok":true}',
    ) as unknown;
    expect(normalizeJsonLd(doc)).toMatchObject({
      type: 'Order',
      id: 'o1',
      orderedItem: [{ type: 'OrderItem', id: 'i1', n: 1, x: null }],
      ok: true,
    });
  });

  it('the short form alone is read as given; where both forms are present the keyword wins', () => {
    const doc = JSON.parse('{"type":"Order","id":"o1","orderedItem":[{"type":"x","@type":"OrderItem"}]}');
    expect(normalizeJsonLd(doc)).toMatchObject({
      type: 'Order',
      id: 'o1',
      orderedItem: [{ type: 'OrderItem' }],
    });
  });

  it('a "__proto__" key in a document gives the copy no prototype of the provider’s choosing', () => {
    const doc = JSON.parse('{"@type":"Order","__proto__":{"identifier":"planted"}}') as unknown;
    const read = normalizeJsonLd(doc) as Record<string, unknown>;
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(read['identifier']).toBeUndefined();
    expect(read['type']).toBe('Order');
  });
});
