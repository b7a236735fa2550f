import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('defaults to development with simulators and an embedded ledger', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, env: 'development', databaseUrl: null, dataDir: '.data' });
    expect(config.graphql).toEqual({ introspection: true, landingPage: true, trustedDocuments: null });
    expect(config.providers.IMIN).toEqual({ mode: 'simulated' });
  });

  it('production needs a JWT secret and turns introspection and Sandbox off', () => {
    expect(() => loadConfig({ GATEWAY_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET/);
    const config = loadConfig({ GATEWAY_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) });
    expect(config.graphql).toEqual({ introspection: false, landingPage: false, trustedDocuments: null });
    expect(config.providers.IMIN).toEqual({ mode: 'disabled' });
  });

  it('CORS_ORIGINS: empty by default; a list of exact origins; `*`, paths and non-http schemes refused', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: ' http://localhost:5173 , https://app.example.com ' }).corsOrigins,
    ).toEqual(['http://localhost:5173', 'https://app.example.com']);
    for (const bad of [
      '*',
      'https://app.example.com/',
      'https://app.example.com/path',
      'ftp://x.example',
      'app.example.com',
    ])
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/^CORS_ORIGINS/);
  });

  it('production introspection can be enabled explicitly', () => {
    const config = loadConfig({
      GATEWAY_ENV: 'production',
      AUTH_JWT_SECRET: 'x'.repeat(32),
      GRAPHQL_INTROSPECTION: 'true',
    });
    expect(config.graphql.introspection).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT/],
    [{ PORT: '70000' }, /^PORT/],
    [{ GATEWAY_ENV: 'staging' }, /^GATEWAY_ENV/],
    [{ AUTH_JWT_SECRET: 'short' }, /^AUTH_JWT_SECRET/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL/],
    [{ IMIN_BASE_URL: 'not a url' }, /^IMIN_BASE_URL/],
    [{ IMIN_BASE_URL: 'https://book.imin.co/api/v2' }, /^IMIN_API_KEY is required/],
    [
      { BOOKINGCOM_BASE_URL: 'https://demandapi.booking.com/3.1', BOOKINGCOM_TOKEN: 't' },
      /^BOOKINGCOM_AFFILIATE_ID/,
    ],
    [{ BOKUN_PLUGIN_PARAMETERS: '{"oops"' }, /^BOKUN_PLUGIN_PARAMETERS/],
    [{ REQUEST_DEADLINE_MS: '10' }, /^REQUEST_DEADLINE_MS/],
    [{ PROVIDER_BREAKER_THRESHOLD: '0' }, /^PROVIDER_BREAKER_THRESHOLD/],
    [{ IMIN_MAX_RPS: 'fast' }, /^IMIN_MAX_RPS/],
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN/],
  ])('names the variable at fault: %j', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });

  it('reads the resilience tuning, with defaults', () => {
    expect(loadConfig({})).toMatchObject({
      requestDeadlineMs: 10_000,
      providerHttp: {
        readTimeoutMs: 8_000,
        breakerThreshold: 5,
        halfOpenAfterMs: 15_000,
        maxConcurrent: 50,
        maxRequestsPerSecond: { IMIN: null, BOOKING_COM: null, MUSEMENT: null, BOKUN: null },
      },
      metricsToken: null,
    });
    expect(loadConfig({ BOOKINGCOM_MAX_RPS: '25' }).providerHttp.maxRequestsPerSecond.BOOKING_COM).toBe(25);
  });

  it('switches a provider to live when its base URL and credentials are set', () => {
    const config = loadConfig({ IMIN_BASE_URL: 'https://book.imin.co/api/v2/', IMIN_API_KEY: 'k' });
    expect(config.providers.IMIN).toEqual({
      mode: 'live',
      baseUrl: 'https://book.imin.co/api/v2',
      credentials: { apiKey: 'k' },
    });
  });

  it('BOKUN_AGENT_CODE is the agent code sent on Bókun cancels; unset, none is sent', () => {
    const live = (extra: Record<string, string>) =>
      loadConfig({ BOKUN_PLUGIN_URL: 'https://plugin.example/api', ...extra }).providers.BOKUN;
    expect(live({})).toMatchObject({ mode: 'live', credentials: { agentCode: null } });
    expect(live({ BOKUN_AGENT_CODE: 'AGENT-42' })).toMatchObject({ credentials: { agentCode: 'AGENT-42' } });
  });
  it('tracing: off without an OTLP endpoint; the standard variables configure it; grpc is refused by name', () => {
    expect(loadConfig({}).tracing).toBeNull();
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toEqual({
      endpoint: 'http://collector:4318',
      protocol: 'http/protobuf',
      serviceName: 'orders-gateway',
    });
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'orders-gateway-eu',
      }).tracing,
    ).toMatchObject({ protocol: 'http/json', serviceName: 'orders-gateway-eu' });
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL/);
  });
});
