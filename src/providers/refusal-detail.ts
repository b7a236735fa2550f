import { z } from 'zod';
import type { ProviderFailureDetailModel } from '../domain/provider-failure.js';

/** Each field of a refusal detail: always a string, or a string or null. */
export type DetailFields = Readonly<Record<string, 'required' | 'nullable'>>;

/**
 * What a provider's refusals carry, and how GraphQL shows them: its plugin's own answer to "what did
 * the provider say". The gateway handles details as `{ kind, ...fields }` without knowing any kind;
 * the plugin declaring the kind says which `ProviderFailureDetail` member shows it and which field is
 * the provider's words for the customer.
 */
export interface RefusalDetailSpec<F extends DetailFields = DetailFields> {
  /** The tag of this provider's details, as the journal stores them (so it never changes). */
  readonly kind: string;
  /** The `ProviderFailureDetail` member (schema/errors.graphql) that shows them, field for field. */
  readonly graphqlType: string;
  /** Its fields, named as in that GraphQL type: `required` ones are `String!`, `nullable` ones `String`. */
  readonly fields: F;
  /** The field with the provider's own words, shown to the customer; null when it has none. */
  readonly words: (keyof F & string) | null;
}

type Values<F extends DetailFields> = {
  readonly [K in keyof F]: F[K] extends 'required' ? string : string | null;
};

/** A plugin's refusal detail: its spec, and `of`, which builds a detail of that shape. */
export function defineRefusalDetail<const F extends DetailFields>(spec: RefusalDetailSpec<F>) {
  return {
    ...spec,
    of: (values: Values<F>): ProviderFailureDetailModel => ({ kind: spec.kind, ...values }),
  };
}

/**
 * A stored detail, checked against the specs: one of their kinds with its fields (unknown keys
 * dropped). The stored shape is the one details have always had, so answers from before replay.
 */
export function storedDetailSchema(
  specs: readonly RefusalDetailSpec[],
): z.ZodType<ProviderFailureDetailModel> {
  const shapes = specs.map(spec =>
    z.object({
      kind: z.literal(spec.kind),
      ...Object.fromEntries(
        Object.entries(spec.fields).map(([field, presence]) => [
          field,
          presence === 'required' ? z.string() : z.string().nullable(),
        ]),
      ),
    }),
  );
  const [first, ...rest] = shapes;
  if (!first) throw new Error('no refusal details to read');
  return z.discriminatedUnion('kind', [first, ...rest]);
}
