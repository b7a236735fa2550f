import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthError, authSettings, issueToken, verifyBearer } from '../../../src/auth/tokens.js';

const settings = () => authSettings('s'.repeat(40), null, null);

afterEach(() => {
  vi.useRealTimers();
});

describe('verifyBearer', () => {
  it('returns the caller and remembers the verified token', async () => {
    const auth = settings();
    const token = await issueToken(auth, 'alice', ['orders:read']);
    const first = await verifyBearer(`Bearer ${token}`, auth);
    expect(first).toEqual({ customerId: 'alice', scopes: new Set(['orders:read']) });
    expect(auth.verified?.has(token)).toBe(true);
    expect(await verifyBearer(`Bearer ${token}`, auth)).toBe(first);
  });

  it('refuses a remembered token once it has expired', async () => {
    const auth = settings();
    const token = await issueToken(auth, 'alice', ['orders:read'], 60);
    await verifyBearer(`Bearer ${token}`, auth);
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    await expect(verifyBearer(`Bearer ${token}`, auth)).rejects.toBeInstanceOf(AuthError);
  });

  it('never remembers a token that failed, nor shares memory between secrets', async () => {
    const auth = settings();
    const other = authSettings('o'.repeat(40), null, null);
    const token = await issueToken(other, 'mallory', ['orders:admin']);
    await expect(verifyBearer(`Bearer ${token}`, auth)).rejects.toBeInstanceOf(AuthError);
    expect(auth.verified?.size).toBe(0);
    await verifyBearer(`Bearer ${token}`, other);
    await expect(verifyBearer(`Bearer ${token}`, auth)).rejects.toBeInstanceOf(AuthError);
  });
});
