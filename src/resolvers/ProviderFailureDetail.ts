import type { ResolversTypes } from '../__generated__/resolvers-types.js';
import type { ProviderFailureDetailModel } from '../domain/provider-failure.js';
import { refusalDetailSpec } from '../services/refusal-details.js';

type DetailType = ResolversTypes['ProviderFailureDetail'];

/**
 * A refusal's detail as the `ProviderFailureDetail` member its provider's plugin names, field for
 * field. That the member and its fields exist as declared is checked against the schema for every
 * plugin (test/unit/providers/refusal-details.test.ts), which the type system cannot see here.
 */
export function toProviderDetail(detail: ProviderFailureDetailModel | null): DetailType | null {
  if (!detail) return null;
  const spec = refusalDetailSpec(detail);
  const fields = Object.keys(spec.fields).map(field => [field, detail[field] ?? null]);
  return { __typename: spec.graphqlType, ...Object.fromEntries(fields) } as DetailType;
}
