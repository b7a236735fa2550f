import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CANCELLATION_REASONS } from '../../../src/domain/cancellation.js';
import { ORDER_ITEM_STATUSES } from '../../../src/domain/order.js';
import { PROVIDERS } from '../../../src/domain/provider.js';
import { CANCELLATION_REASONS as MUSEMENT_REASONS } from '../../../src/providers/musement/mapper.js';
import { buildSchema } from '../../../src/server/apollo.js';

const schema = buildSchema();
const values = (name: string) => {
  const type = schema.getType(name);
  return type instanceof GraphQLEnumType ? type.getValues().map(v => v.name) : [];
};

describe('the domain vocabulary is the GraphQL contract', () => {
  it.each([
    ['CancellationReason', CANCELLATION_REASONS],
    ['OrderItemStatus', ORDER_ITEM_STATUSES],
    ['Provider', PROVIDERS],
  ] as const)('%s has exactly the domain list, in order', (name, list) => {
    expect(values(name)).toEqual([...list]);
  });

  it('every provider that maps reasons maps every one of them', () => {
    expect(Object.keys(MUSEMENT_REASONS).sort()).toEqual([...CANCELLATION_REASONS].sort());
  });
});
