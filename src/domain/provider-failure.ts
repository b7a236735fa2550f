import type { ProviderId } from './provider.js';

/** Why a provider read failed; the values are the GraphQL `extensions.code`s. */
export type ProviderErrorCode =
  'PROVIDER_UNAVAILABLE' | 'PROVIDER_TIMEOUT' | 'PROVIDER_BAD_RESPONSE' | 'RATE_LIMITED';

export interface ProviderCallErrorOptions {
  readonly provider: ProviderId;
  readonly code: ProviderErrorCode;
  /** For logs only: never a URL, a body or a credential. */
  readonly message: string;
  /** Defaults to true for every code but `PROVIDER_BAD_RESPONSE`. */
  readonly retryable?: boolean;
  readonly retryAfterSeconds?: number | null;
  /** For the log only: the bad body's shape with every value masked (see `redactedSnippet`). */
  readonly snippet?: string | null;
}

/**
 * A provider call that failed for reasons other than a business answer. Its message is for logs
 * only and never carries URLs, bodies or credentials; clients see `code` and `provider`.
 */
export class ProviderCallError extends Error {
  override readonly name = 'ProviderCallError';
  readonly provider: ProviderId;
  readonly code: ProviderErrorCode;
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | null;
  readonly snippet: string | null;

  constructor(options: ProviderCallErrorOptions) {
    super(options.message);
    this.provider = options.provider;
    this.code = options.code;
    this.retryable = options.retryable ?? options.code !== 'PROVIDER_BAD_RESPONSE';
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.snippet = options.snippet ?? null;
  }
}

/**
 * What a provider said when it refused, kept for the customer and support: the provider plugin's own
 * detail, tagged with its `kind`, each field a string or null. The domain knows no kind: the plugin
 * that declares one says which GraphQL member shows it and which field holds the provider's words.
 */
export interface ProviderFailureDetailModel {
  readonly kind: string;
  readonly [field: string]: string | null;
}
