import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';

export type Scope = 'orders:read' | 'orders:cancel' | 'orders:write' | 'orders:admin' | 'changes:read';

/** Who is calling: the token's `sub` and scopes. */
export interface Caller {
  readonly customerId: string;
  readonly scopes: ReadonlySet<string>;
}

export interface AuthSettings {
  readonly secret: Uint8Array;
  readonly issuer: string | null;
  readonly audience: string | null;
  /**
   * Tokens already verified with these settings, until their `exp`: HS256 verification of the same
   * string always gives the same answer, and skipping it is most of a small request's cost.
   */
  readonly verified?: LRUCache<string, VerifiedToken>;
}

interface VerifiedToken {
  readonly caller: Caller;
  readonly notBeforeMs: number;
  readonly expiresMs: number;
}

/** Why a request is unauthenticated: a client refreshes on EXPIRED, signs in on INVALID, sends one on MISSING. */
export type AuthFailureReason = 'TOKEN_MISSING' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED';

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(readonly reason: AuthFailureReason) {
    super(reason);
  }
}

export function authSettings(
  secret: string | null,
  issuer: string | null,
  audience: string | null,
): AuthSettings {
  // Development without a configured secret: a fresh one per process, so printed demo tokens die with it.
  const key = secret ?? randomBytes(32).toString('base64url');
  return {
    secret: new TextEncoder().encode(key),
    issuer,
    audience,
    verified: new LRUCache<string, VerifiedToken>({ max: 10_000, ttl: 5 * 60_000 }),
  };
}

/** Verifies `Authorization: Bearer <HS256 JWT>`; any fault is one `AuthError` with its reason only. */
export async function verifyBearer(header: string | undefined, settings: AuthSettings): Promise<Caller> {
  return (await verifyBearerUntil(header, settings)).caller;
}

/** `verifyBearer`, with when the token expires (a live connection ends then). */
export async function verifyBearerUntil(
  header: string | undefined,
  settings: AuthSettings,
): Promise<{ caller: Caller; expiresMs: number }> {
  if (!/^Bearer(\s|$)/i.test(header ?? '')) throw new AuthError('TOKEN_MISSING');
  const match = /^Bearer ([A-Za-z0-9_\-.]{1,4096})$/i.exec(header ?? '');
  if (!match?.[1]) throw new AuthError('TOKEN_INVALID');
  const token = match[1];
  const known = settings.verified?.get(token);
  const now = Date.now();
  if (known && now >= known.notBeforeMs && now < known.expiresMs) return known;
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
      ...(settings.issuer ? { issuer: settings.issuer } : {}),
      ...(settings.audience ? { audience: settings.audience } : {}),
    });
    const sub = payload.sub ?? '';
    if (sub.length === 0 || sub.length > 128) throw new AuthError('TOKEN_INVALID');
    const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
    const verified: VerifiedToken = {
      caller: { customerId: sub, scopes: new Set(scope.split(' ').filter(Boolean)) },
      notBeforeMs: (payload.nbf ?? 0) * 1000,
      expiresMs: (payload.exp ?? 0) * 1000,
    };
    settings.verified?.set(token, verified);
    return verified;
  } catch (error) {
    if (error instanceof AuthError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new AuthError('TOKEN_EXPIRED');
    if (error instanceof joseErrors.JOSEError) throw new AuthError('TOKEN_INVALID');
    throw error;
  }
}

export async function issueToken(
  settings: AuthSettings,
  subject: string,
  scopes: readonly Scope[],
  ttlSeconds = 12 * 3600,
): Promise<string> {
  let jwt = new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds);
  if (settings.issuer) jwt = jwt.setIssuer(settings.issuer);
  if (settings.audience) jwt = jwt.setAudience(settings.audience);
  return jwt.sign(settings.secret);
}

export function hasScope(caller: Caller, scope: Scope): boolean {
  return caller.scopes.has(scope);
}
