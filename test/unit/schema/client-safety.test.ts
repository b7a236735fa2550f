// What a frontend team trips over in the schema itself, checked against the schema as built.
import {
  GraphQLEnumType,
  GraphQLObjectType,
  GraphQLUnionType,
  isNonNullType,
  parse,
  validate,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ORDER_STATUS_PRECEDENCE } from '../../../src/domain/order.js';
import { buildSchema } from '../../../src/server/apollo.js';

const schema = buildSchema();
const object = (name: string) => schema.getType(name) as GraphQLObjectType;

describe('schema: no traps for clients', () => {
  it('fields shared by members of a union have one type, so selecting them on every member validates', () => {
    const conflicts: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLUnionType)) continue;
      const seen = new Map<string, string>();
      for (const member of type.getTypes()) {
        for (const field of Object.values(member.getFields())) {
          const previous = seen.get(field.name);
          if (previous !== undefined && previous !== String(field.type))
            conflicts.push(
              `${type.name}.${field.name}: ${previous} vs ${String(field.type)} (${member.name})`,
            );
          seen.set(field.name, String(field.type));
        }
      }
    }
    expect(conflicts).toEqual([]);
  });

  it('the issue repro: orderItem selected on OrderItemCancelled and OrderItemAlreadyCancelledError', () => {
    const document = parse(`mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) {
      ... on OrderItemCancelled { orderItem { id status } }
      ... on OrderItemAlreadyCancelledError { orderItem { id status } } } }`);
    expect(validate(schema, document).map(e => e.message)).toEqual([]);
  });

  it('ProviderOutage.code is an enum a client can switch over', () => {
    const code = object('ProviderOutage').getFields()['code']!.type;
    expect(isNonNullType(code) && code.ofType instanceof GraphQLEnumType).toBe(true);
  });

  it('PageInfo is the full Relay shape', () => {
    const fields = object('PageInfo').getFields();
    expect(Object.keys(fields).sort()).toEqual([
      'endCursor',
      'hasNextPage',
      'hasPreviousPage',
      'startCursor',
    ]);
    expect(String(fields['hasPreviousPage']!.type)).toBe('Boolean!');
    expect(String(fields['startCursor']!.type)).toBe('String');
  });

  it('Order.status documents its derivation, in the precedence the code applies', () => {
    const description = object('Order').getFields()['status']?.description ?? '';
    const listed = [...description.matchAll(/`([A-Z_]+)`/g)].map(m => m[1]);
    expect(listed.slice(0, ORDER_STATUS_PRECEDENCE.length)).toEqual([...ORDER_STATUS_PRECEDENCE]);
  });
});
