import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

/**
 * Paths that may carry credentials or personal data. Logs carry ids and codes; these are a net for
 * anything that slips through, never the plan.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers["x-affiliate-id"]',
  '*.authorization',
  '*.apiKey',
  '*.token',
  '*.clientSecret',
  '*.password',
  '*.email',
  '*.phone',
  '*.name',
  'variables',
  '*.variables',
];

/** Credentials in URLs (`?api_key=…`, `user:pass@`) and email addresses, whatever the source of the text. */
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /([?&](?:api[_-]?key|apikey|key|token|access_token|refresh_token|secret|client_secret|password|pass|signature|sig|auth)=)[^&\s"'\\]+/gi,
    '$1[REDACTED]',
  ],
  [/(\/\/)[^/\s"'@:]+:[^/\s"'@]+@/g, '$1[REDACTED]@'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, '[REDACTED-EMAIL]'],
];

/** Scrubs one serialized log line: configured secrets anywhere, then the generic patterns. */
export function scrub(line: string, secrets: readonly string[]): string {
  const cut = secrets.reduce((text, secret) => text.split(secret).join('[REDACTED]'), line);
  return PATTERNS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), cut);
}

/** Every configured credential, so the logger can scrub it wherever it appears in a line. */
export function secretsOf(config: {
  auth: { secret: string | null };
  providers: Record<string, unknown>;
  webhooks?: { endpoints: ReadonlyArray<{ secrets: readonly string[] }> };
}): string[] {
  const found: string[] = config.auth.secret ? [config.auth.secret] : [];
  // A webhook secret, and its key without the `whsec_` prefix.
  for (const endpoint of config.webhooks?.endpoints ?? [])
    for (const secret of endpoint.secrets) found.push(secret, secret.replace(/^whsec_/, ''));
  for (const endpoint of Object.values(config.providers)) {
    const credentials = (endpoint as { credentials?: Record<string, unknown> }).credentials ?? {};
    for (const value of Object.values(credentials))
      if (typeof value === 'string' && value.length >= 4) found.push(value);
  }
  return found;
}

export function createLogger(
  level: string,
  config?: Parameters<typeof secretsOf>[0],
  destination?: DestinationStream,
): Logger {
  const secrets = config ? secretsOf(config) : [];
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[REDACTED]' },
      base: { service: 'orders-gateway' },
      hooks: {
        // Last line of defence: a credential or email that reached a message or an error text is cut out.
        streamWrite: line => scrub(line, secrets),
      },
    },
    destination,
  );
}
