// Cursors are opaque to clients (they must not parse or build them): a sort key, base64url-encoded.

export function encodeOpaqueCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

/** The key inside a cursor, or `null` for anything longer than `maxLength` or not base64url. */
export function decodeOpaqueCursor(cursor: string, maxLength: number): string | null {
  if (cursor.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  return Buffer.from(cursor, 'base64url').toString('utf8');
}
