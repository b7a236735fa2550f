// A client must tell "refresh the token" from "sign in" from "you sent none" (RFC 6750 §3).
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSettings, issueToken } from '../../../src/auth/tokens.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';

const VIEWER = '{ viewer { customerId } }';
let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.close());

const refusal = async (authorization: string | null) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization !== null) headers['authorization'] = authorization;
  const res = await gw.post('/graphql', JSON.stringify({ query: VIEWER }), headers);
  const body = JSON.parse(res.text) as {
    data?: unknown;
    errors: Array<{ message: string; extensions: any }>;
  };
  expect(res.status).toBe(401);
  expect(body.data).toBeUndefined();
  expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  return { error: body.errors[0]!, challenge: String(res.headers['www-authenticate']) };
};

describe('UNAUTHENTICATED says why', () => {
  it('no credentials: TOKEN_MISSING, and a bare Bearer challenge with no error code (RFC 6750 §3.1)', async () => {
    for (const header of [null, '', 'Basic YWxpY2U6cHc=']) {
      const { error, challenge } = await refusal(header);
      expect(error.extensions.reason).toBe('TOKEN_MISSING');
      expect(challenge).toMatch(/^Bearer realm="orders-gateway"$/);
    }
  });

  it('a malformed, forged or claim-less token: TOKEN_INVALID with error="invalid_token"', async () => {
    const forged = await issueToken(authSettings('another-secret-long-enough-0000000', null, null), 'a', []);
    const noExp = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('a')
      .sign(gw.auth.secret);
    for (const token of ['not a jwt', 'abc.def.ghi', forged, noExp]) {
      const { error, challenge } = await refusal(`Bearer ${token}`);
      expect(error.extensions.reason).toBe('TOKEN_INVALID');
      expect(challenge).toMatch(/^Bearer realm="orders-gateway", error="invalid_token"/);
      expect(error.message).toMatch(/sign in/i);
    }
  });

  it('an expired token: TOKEN_EXPIRED with error="invalid_token", so the client refreshes', async () => {
    const expired = await issueToken(gw.auth, 'alice', ['orders:read'], -60);
    const { error, challenge } = await refusal(`Bearer ${expired}`);
    expect(error.extensions.reason).toBe('TOKEN_EXPIRED');
    expect(challenge).toMatch(/error="invalid_token", error_description="The access token expired"/);
    expect(error.message).toMatch(/expired/i);
  });
});
