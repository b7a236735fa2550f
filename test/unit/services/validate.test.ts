import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../src/services/cancellation/validate.js';
import { reasonText } from '../../../src/providers/booking-com/mapper.js';

const request = (note: string) => ({
  orderItemId: 'x',
  reason: 'OTHER' as const,
  note,
  idempotencyKey: 'k-1',
});

describe('the note limit counts characters, not UTF-16 code units', () => {
  it('accepts 128 emoji (256 code units) and 255 of them, refuses 256', () => {
    expect(validateRequest(request('😀'.repeat(128))).ok).toBe(true);
    expect(validateRequest(request('😀'.repeat(255))).ok).toBe(true);
    expect(validateRequest(request('😀'.repeat(256)))).toMatchObject({
      ok: false,
      outcome: { kind: 'invalid', field: 'note' },
    });
  });

  it.each([
    ['a lone high surrogate', 'abc\uD83D'],
    ['a lone low surrogate', '\uDE00abc'],
    ['reversed halves', '\uDE00\uD83D'],
  ])('refuses %s as invalid input', (_name, note) => {
    expect(validateRequest(request(note))).toMatchObject({
      ok: false,
      outcome: { kind: 'invalid', field: 'note', message: 'The note is not valid Unicode text.' },
    });
  });

  it('a provider text cut at 255 never splits a character', () => {
    const text = reasonText('OTHER', '😀'.repeat(300));
    expect([...text]).toHaveLength(255);
    expect(/[\uD800-\uDBFF]$/.test(text)).toBe(false);
  });
});
