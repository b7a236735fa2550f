import { describe, expect, it } from 'vitest';
import { redactedSnippet } from '../../../src/providers/response.js';

describe('redactedSnippet (FR-06: what the log may keep of a bad body)', () => {
  it('keeps keys and structure, masks every value', () => {
    const body = '{"booker":{"email":"jane@example.org","phone":"+44 7700 900123"},"total":170.01,"ok":true}';
    expect(redactedSnippet(body)).toBe('{"booker":{"email":"…","phone":"…"},"total":0,"ok":true}');
  });

  it('masks a string the cut left open, and marks the cut', () => {
    const body = `{"name":"${'x'.repeat(500)}"}`;
    const snippet = redactedSnippet(body, 40);
    expect(snippet).not.toContain('xxx');
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(41);
  });

  it('handles escaped quotes inside values', () => {
    expect(redactedSnippet('{"a":"say \\"hi\\" SENTINEL-KEY"}')).toBe('{"a":"…"}');
  });
});
