import { describe, expect, it } from 'vitest';
import { encodeId, orderId, orderItemId } from '../../../src/domain/ids.js';
// Decoding checks each provider's reference shape, which its plugin declares.
import { decodeId } from '../../../src/providers/ids.js';

const IMIN_ORDER = 'a1b2c3d4-e5f6-4789-8abc-def012345678';

describe('global IDs', () => {
  it('round-trips orders and items of every provider', () => {
    const ids = [
      { type: 'Order', provider: 'IMIN', orderRef: IMIN_ORDER },
      { type: 'Order', provider: 'BOOKING_COM', orderRef: '4567890123' },
      {
        type: 'OrderItem',
        provider: 'MUSEMENT',
        orderRef: IMIN_ORDER,
        itemRef: 'b2c3d4e5-f6a7-4890-9bcd-ef0123456789',
      },
      { type: 'OrderItem', provider: 'BOKUN', orderRef: 'BK-12345', itemRef: 'BK-12345' },
    ] as const;
    for (const id of ids) expect(decodeId(encodeId(id))).toEqual(id);
  });

  it('is opaque and URL-safe', () => {
    const id = orderItemId('BOOKING_COM', '4567890123', '998877');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain('4567890123');
  });

  it.each([
    ['empty', ''],
    ['garbage', 'not an id at all'],
    ['10 000 characters', 'A'.repeat(10_000)],
    ['path traversal', '../../etc/passwd'],
    ['percent-encoded slash', 'abc%2Fdef'],
    ['unicode', 'ördér-ïd'],
    ['embedded URL', 'https://evil.example/?x=1'],
    ['SQL-ish text', "1' OR '1'='1"],
    ['valid base64 of something else', Buffer.from('hello|world').toString('base64url')],
    ['unknown provider', Buffer.from(`og1|Order|XYZ|${IMIN_ORDER}`).toString('base64url')],
    ['wrong type', Buffer.from(`og1|Booking|IMIN|${IMIN_ORDER}`).toString('base64url')],
    [
      'Booking.com numeric id re-prefixed to Musement',
      Buffer.from('og1|Order|MUSEMENT|4567890123').toString('base64url'),
    ],
    ['item with a traversal ref', Buffer.from(`og1|OrderItem|IMIN|${IMIN_ORDER}|../x`).toString('base64url')],
    ['extra parts', Buffer.from(`og1|Order|IMIN|${IMIN_ORDER}|extra`).toString('base64url')],
    ['non-canonical padding', `${orderId('IMIN', IMIN_ORDER)}=`],
  ])('rejects %s', (_name, text) => {
    expect(decodeId(text)).toBeNull();
  });
});
