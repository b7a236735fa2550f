import { describe, expect, it } from 'vitest';
import { scrub } from '../../src/lib/logger.js';

describe('log scrubbing (the net under redaction)', () => {
  it('cuts configured secrets wherever they appear', () => {
    expect(scrub('{"msg":"token s3cr3t-value in text"}', ['s3cr3t-value'])).toBe(
      '{"msg":"token [REDACTED] in text"}',
    );
  });

  it('cuts credentials in URL queries and userinfo, keeping the rest of the URL', () => {
    const line = 'GET https://api.example/x?page=2&api_key=abc123&access_token=t0k https://user:pw@host/p';
    expect(scrub(line, [])).toBe(
      'GET https://api.example/x?page=2&api_key=[REDACTED]&access_token=[REDACTED] https://[REDACTED]@host/p',
    );
  });

  it('cuts email addresses, including in JSON strings', () => {
    expect(scrub('{"booker":"Jane.Doe+x@mail.example.co.uk","n":1}', [])).toBe(
      '{"booker":"[REDACTED-EMAIL]","n":1}',
    );
  });

  it('leaves ids, codes and timestamps alone', () => {
    const line = '{"journalId":"0b1c-22","code":"PROVIDER_TIMEOUT","time":"2026-11-22T10:00:00Z"}';
    expect(scrub(line, [])).toBe(line);
  });
});
