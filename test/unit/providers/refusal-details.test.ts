// Each plugin declares what its refusals carry and which `ProviderFailureDetail` member shows them;
// the resolver builds that member from the declaration alone, so the declaration must be the schema's.
import { GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, GraphQLUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { providerPlugins } from '../../../src/providers/catalogue.js';
import { buildSchema } from '../../../src/server/apollo.js';

const union = buildSchema().getType('ProviderFailureDetail');
const members = union instanceof GraphQLUnionType ? union.getTypes() : [];

describe('refusal details: every plugin declares a member of ProviderFailureDetail, field for field', () => {
  it.each(providerPlugins.map(plugin => [plugin.id, plugin.refusalDetail] as const))('%s', (_id, spec) => {
    const member = members.find(type => type.name === spec.graphqlType);
    expect(member).toBeInstanceOf(GraphQLObjectType);
    const fields = Object.values(member?.getFields() ?? {}).map(field => {
      const nullable = field.type instanceof GraphQLNonNull ? field.type.ofType : field.type;
      expect(nullable instanceof GraphQLScalarType && nullable.name).toBe('String');
      return [field.name, field.type instanceof GraphQLNonNull ? 'required' : 'nullable'];
    });
    expect(Object.fromEntries(fields)).toEqual(spec.fields);
    if (spec.words !== null) expect(Object.keys(spec.fields)).toContain(spec.words);
  });

  it("the union's members are the plugins' members, and each kind is one plugin's", () => {
    const specs = providerPlugins.map(plugin => plugin.refusalDetail);
    expect(specs.map(spec => spec.graphqlType).sort()).toEqual(members.map(type => type.name).sort());
    expect(new Set(specs.map(spec => spec.kind)).size).toBe(specs.length);
  });
});
