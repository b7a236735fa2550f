import type { ProviderFailureDetailModel } from '../domain/provider-failure.js';
import { providerPlugins } from '../providers/catalogue.js';
import { storedDetailSchema, type RefusalDetailSpec } from '../providers/refusal-detail.js';

const SPECS: ReadonlyMap<string, RefusalDetailSpec> = new Map(
  providerPlugins.map(plugin => [plugin.refusalDetail.kind, plugin.refusalDetail]),
);

/** What the plugin declaring a detail's kind says about it: its GraphQL member and where its words are. */
export function refusalDetailSpec(detail: ProviderFailureDetailModel): RefusalDetailSpec {
  const spec = SPECS.get(detail.kind);
  if (!spec) throw new Error(`No provider plugin declares refusal details of kind "${detail.kind}".`);
  return spec;
}

/** The provider's own words in a refusal, trimmed, where it gave any. */
export function refusalWords(detail: ProviderFailureDetailModel | null): string | null {
  if (!detail) return null;
  const { words } = refusalDetailSpec(detail);
  return (words ? detail[words] : null)?.trim() || null;
}

/** A detail in the journal's stored answers: one of the plugins' kinds, with its fields. */
export const storedRefusalDetail = storedDetailSchema([...SPECS.values()]);
