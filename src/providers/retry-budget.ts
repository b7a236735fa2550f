/**
 * Retry throttling as gRPC specifies it (A6 "retryThrottling"): every failed attempt costs a token,
 * every success returns `tokenRatio`, and a retry is allowed only while more than half the tokens
 * remain. A provider that keeps failing is then called once per request, not 1 + maxRetries times,
 * so retries cannot multiply the load on a provider that is already struggling.
 */
export class RetryBudget {
  private tokens: number;

  constructor(
    private readonly maxTokens = 10,
    private readonly tokenRatio = 0.1,
  ) {
    this.tokens = maxTokens;
  }

  onSuccess(): void {
    this.tokens = Math.min(this.maxTokens, this.tokens + this.tokenRatio);
  }

  onFailure(): void {
    this.tokens = Math.max(0, this.tokens - 1);
  }

  get canRetry(): boolean {
    return this.tokens > this.maxTokens / 2;
  }
}
