import type { HttpClient, HttpResponse, WriteResult } from '../http.js';
import { parseBody, parseJson, parseJsonTolerant, unexpectedStatus } from '../response.js';
import {
  loginSchema,
  orderSchema,
  refundPoliciesSchema,
  errorSchema,
  type MusementErrorWire,
  type MusementOrderWire,
  type MusementRefundPolicyWire,
} from './schemas.js';

export const MUSEMENT_VERSION = '3.4.0';

export interface MusementCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly application: string;
}

/**
 * Client-credentials login: one token shared by every call, renewed shortly before `expires_in`,
 * one login in flight at a time however many calls wait for it. The token is never logged.
 */
function createTokenSource(login: HttpClient, credentials: MusementCredentials, now: () => number) {
  let token: { value: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function fetchToken(): Promise<string> {
    const response = await login.read({
      method: 'POST',
      path: '/login',
      body: {
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
        grant_type: 'client_credentials',
      },
      headers: { 'x-musement-application': credentials.application, 'x-musement-version': MUSEMENT_VERSION },
    });
    if (response.status !== 200) throw unexpectedStatus('MUSEMENT', response);
    const body = parseJson('MUSEMENT', response, loginSchema);
    // Renew at 90 % of the lifetime, at most a minute early.
    const margin = Math.min(60, body.expires_in * 0.1) * 1000;
    token = { value: body.access_token, renewAt: now() + body.expires_in * 1000 - margin };
    return body.access_token;
  }

  return {
    get(): Promise<string> {
      if (token && now() < token.renewAt) return Promise.resolve(token.value);
      pending ??= fetchToken().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(value: string): void {
      if (token?.value === value) token = null;
    },
  };
}

/**
 * An item's frozen refund policies with the moment Musement served them (its `Date` header, else the
 * read time), which `remaining_time` counts from; `malformed` when the body did not match, so that
 * item alone reads with no known policy.
 */
export type PoliciesResult =
  | { kind: 'policies'; policies: MusementRefundPolicyWire[]; observedAt: Date }
  | { kind: 'none' }
  | { kind: 'malformed' };

function servedAt(response: HttpResponse): Date {
  const header = response.headers['date'];
  const at = typeof header === 'string' ? new Date(header) : null;
  return at && !Number.isNaN(at.getTime()) ? at : new Date();
}

/** The refund-policies answer: its tiers, none, or malformed; a status other than 200 is a fault. */
function policiesOf(response: HttpResponse): PoliciesResult {
  if (response.status !== 200) throw unexpectedStatus('MUSEMENT', response);
  let policies: MusementRefundPolicyWire[];
  try {
    policies = parseJson('MUSEMENT', response, refundPoliciesSchema);
  } catch {
    return { kind: 'malformed' };
  }
  return policies.length === 0
    ? { kind: 'none' }
    : { kind: 'policies', policies, observedAt: servedAt(response) };
}

/**
 * Musement's bearer session over its login client: the headers every API call carries (the current
 * token among them), and a wrapper that answers a 401 (a token expired early or revoked) by logging
 * in again once and repeating.
 */
export function createMusementSession(
  login: HttpClient,
  credentials: MusementCredentials,
  now: () => number = Date.now,
) {
  const tokens = createTokenSource(login, credentials, now);
  let current = '';
  return {
    headers: async (): Promise<Record<string, string>> => {
      current = await tokens.get();
      return {
        authorization: `Bearer ${current}`,
        'x-musement-application': credentials.application,
        'x-musement-version': MUSEMENT_VERSION,
      };
    },
    authorised: async <T extends HttpResponse | WriteResult>(send: () => Promise<T>): Promise<T> => {
      const first = await send();
      const status = 'kind' in first ? (first.kind === 'response' ? first.response.status : 0) : first.status;
      if (status !== 401) return first;
      tokens.invalidate(current);
      return send();
    },
  };
}

export type MusementSession = ReturnType<typeof createMusementSession>;

/** Musement's HTTP calls, on the API client that carries the session's headers: order, refund policies, cancel. */
export function createMusementClient(http: HttpClient, session: MusementSession) {
  const { authorised } = session;
  return {
    /** `GET /orders/{uuid}` with the optional fields that had to be read as null; `null` when unknown. */
    async getOrder(uuid: string): Promise<{ wire: MusementOrderWire; degraded: readonly string[] } | null> {
      const response = await authorised(() =>
        http.read({
          method: 'GET',
          path: `/orders/${encodeURIComponent(uuid)}`,
        }),
      );
      if (response.status === 404) return null;
      if (response.status !== 200) throw unexpectedStatus('MUSEMENT', response);
      return parseJsonTolerant('MUSEMENT', response, orderSchema);
    },

    /** The policies frozen at booking (never the activity-level endpoint, which shows today's). */
    async getRefundPolicies(orderUuid: string, itemUuid: string): Promise<PoliciesResult> {
      const path = `/orders/${encodeURIComponent(orderUuid)}/items/${encodeURIComponent(itemUuid)}/refund-policies`;
      const response = await authorised(() => http.read({ method: 'GET', path }));
      // 404 code 1400: no refund policy version, so the item is non-refundable.
      if (response.status === 404) return { kind: 'none' };
      return policiesOf(response);
    },

    /** `DELETE /orders/{o}/items/{i}` with its JSON body, sent once (a 401 was never processed). */
    cancelItem(
      orderUuid: string,
      itemUuid: string,
      body: {
        cancellation_reason: string;
        cancellation_additional_info?: string;
        cancellation_integration_data?: Record<string, string>;
      },
    ): Promise<WriteResult> {
      return authorised(() =>
        http.write({
          method: 'DELETE',
          path: `/orders/${encodeURIComponent(orderUuid)}/items/${encodeURIComponent(itemUuid)}`,
          body,
        }),
      );
    },

    /** Musement's error body of an answer, when it has one. */
    errorOf: (response: HttpResponse): MusementErrorWire | null => parseBody(response, errorSchema),
  };
}

export type MusementClient = ReturnType<typeof createMusementClient>;
