import { z } from 'zod';
import { parseWebhookEndpoints } from './config-webhooks.js';

// The gateway's own environment as the config contract names it (DESIGN.md), parsed and checked in
// one schema. Each provider's variables are its plugin's (src/providers/<name>/env.ts).

export const optionalString = z.string().trim().min(1).optional();
export const httpUrl = z.url({ protocol: /^https?$/ }).optional();
const flag = z
  .enum(['true', 'false'])
  .transform(v => v === 'true')
  .optional();

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_ISSUER: optionalString,
  AUTH_AUDIENCE: optionalString,
  GATEWAY_ENV: z.enum(['development', 'production']).default('development'),
  GRAPHQL_INTROSPECTION: flag,
  GRAPHQL_LANDING_PAGE: flag,
  TRUSTED_DOCUMENTS: optionalString,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  SERVICE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000_000).default(6_000),
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // OpenTelemetry's standard variables (tracing is off without an endpoint). The SDK reads
  // OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG itself.
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl,
  OTEL_EXPORTER_OTLP_PROTOCOL: z.enum(['http/protobuf', 'http/json']).default('http/protobuf'),
  OTEL_SERVICE_NAME: z.string().min(1).max(200).default('orders-gateway'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
  CANCEL_LOCK_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(30_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(8_000),
  PROVIDER_BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(1_000).default(5),
  PROVIDER_BREAKER_HALF_OPEN_MS: z.coerce.number().int().min(10).max(600_000).default(15_000),
  PROVIDER_MAX_CONCURRENT: z.coerce.number().int().min(1).max(1_000).default(50),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform(value =>
      value
        .split(',')
        .map(origin => origin.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/,
            'must be exact origins like https://app.example.com (scheme and host, no path, no *)',
          ),
      ),
    ),
  WEBHOOK_ENDPOINTS: z
    .string()
    .optional()
    .transform((text, ctx) => {
      const { endpoints, error } = parseWebhookEndpoints(text);
      if (error) {
        ctx.addIssue({ code: 'custom', message: error });
        return z.NEVER;
      }
      return endpoints;
    }),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  WEBHOOK_RETRY_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(30 * 86_400_000)
    .default(3 * 86_400_000),
  WEBHOOK_LEASE_MS: z.coerce.number().int().min(500).max(600_000).default(15_000),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WATCH_INTERVAL_MS: z.coerce.number().int().min(200).max(86_400_000).default(300_000),
  WATCH_PENDING_MS: z.coerce.number().int().min(100).max(3_600_000).default(2_000),
  WATCH_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  WATCH_READS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  SUBSCRIPTIONS_PER_CALLER: z.coerce.number().int().min(1).max(1_000).default(10),
  SUBSCRIPTION_POLL_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  SUBSCRIPTION_PENDING_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(1_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;
