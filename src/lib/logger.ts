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

/** Every configured credential, so the logger can scrub it wherever it appears in a line. */
export function secretsOf(config: {
  auth: { secret: string | null };
  providers: Record<string, unknown>;
}): string[] {
  const found: string[] = config.auth.secret ? [config.auth.secret] : [];
  for (const endpoint of Object.values(config.providers)) {
    const credentials = (endpoint as { credentials?: Record<string, unknown> }).credentials ?? {};
    for (const value of Object.values(credentials))
      if (typeof value === 'string' && value.length >= 4) found.push(value);
  }
  return found;
}

export function createLogger(
  level: string,
  config?: { auth: { secret: string | null }; providers: Record<string, unknown> },
  destination?: DestinationStream,
): Logger {
  const secrets = config ? secretsOf(config) : [];
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[REDACTED]' },
      base: { service: 'orders-gateway' },
      hooks: {
        // Last line of defence: a credential that reached a message or an error text is cut out.
        streamWrite: line => secrets.reduce((text, secret) => text.split(secret).join('[REDACTED]'), line),
      },
    },
    destination,
  );
}
