import { describe, expect, it } from 'vitest';
import { bookerFingerprint } from '../../../src/domain/booker.js';

describe('bookerFingerprint', () => {
  it('is one-way, stable and ignores case and surrounding space', () => {
    const a = bookerFingerprint('Jane@Example.org');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(bookerFingerprint('  jane@example.org ')).toBe(a);
    expect(a).not.toContain('jane');
  });

  it('tells different bookers apart', () => {
    expect(bookerFingerprint('jane@example.org')).not.toBe(bookerFingerprint('john@example.org'));
  });

  it('is null when there is no usable email', () => {
    expect(bookerFingerprint(undefined)).toBeNull();
    expect(bookerFingerprint('')).toBeNull();
    expect(bookerFingerprint('not-an-email')).toBeNull();
  });
});
