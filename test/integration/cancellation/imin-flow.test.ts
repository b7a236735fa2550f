import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { orderItemId } from '../../../src/domain/ids.js';
import { JOURNAL_STATES, TERMINAL_STATES } from '../../../src/ledger/journal.js';
import { CANCEL, IMIN_ORDERS, startIminGateway, type IminGateway } from '../../helpers/imin-gateway.js';

const ITEMS = {
  yoga: orderItemId('IMIN', IMIN_ORDERS.yoga, 'yoga-1'),
  football: orderItemId('IMIN', IMIN_ORDERS.football, 'football-1'),
  swim: orderItemId('IMIN', IMIN_ORDERS.swim, 'swim-1'),
  badminton1: orderItemId('IMIN', IMIN_ORDERS.badminton, 'badminton-1'),
  badminton2: orderItemId('IMIN', IMIN_ORDERS.badminton, 'badminton-2'),
  spin: orderItemId('IMIN', IMIN_ORDERS.spin, 'spin-1'),
  climb: orderItemId('IMIN', IMIN_ORDERS.climb, 'climb-1'),
  tennis: orderItemId('IMIN', IMIN_ORDERS.tennis, 'tennis-1'),
};

let t: IminGateway;
let bob: string;
beforeAll(async () => {
  t = await startIminGateway();
  bob = await t.gw.token('bob');
});
afterAll(() => t.close());
afterEach(async () => {
  t.sim.server.clearFaults();
  // I1: never more than one applied cancel per item, whatever happened.
  for (const [item, count] of t.sim.appliedCancels) expect(count, item).toBeLessThanOrEqual(1);
  // I3/I4: once the reconciler ran, every row is terminal and SUCCEEDED ⇔ cancelled at the provider.
  await t.gw.reconciler.reconcileOnce();
  const rows = await t.gw.ledger.journal.byState([...JOURNAL_STATES], 1000);
  for (const row of rows) {
    expect(TERMINAL_STATES, `${row.idempotencyKey} ${row.state}`).toContain(row.state);
    const applied = (t.sim.appliedCancels.get(row.itemRef) ?? 0) > 0;
    if (row.state === 'SUCCEEDED' && row.itemRef !== 'swim-1') expect(applied, row.idempotencyKey).toBe(true);
  }
});

const cancel = (
  orderItemIdValue: string,
  idempotencyKey: string,
  extra: Record<string, unknown> = {},
  token = t.alice,
) =>
  t.gw.graphql(
    CANCEL,
    { input: { orderItemId: orderItemIdValue, reason: 'CHANGE_OF_PLANS', idempotencyKey, ...extra } },
    token,
  );
const result = (res: Awaited<ReturnType<typeof cancel>>) => res.body.data?.cancelOrderItem;
const rowsFor = async (key: string) =>
  (await t.gw.ledger.journal.byState([...JOURNAL_STATES], 1000)).filter(r => r.idempotencyKey === key);

describe('cancelOrderItem against the imin simulator', () => {
  it('CX-01: cancels once, answers PENDING with the full refund, journals SUCCEEDED', async () => {
    const before = t.patches();
    const res = await cancel(ITEMS.yoga, 'cx-01');
    expect(result(res)).toMatchObject({
      __typename: 'OrderItemCancelled',
      status: 'PENDING',
      refund: { amount: '8.50', currency: 'GBP' },
      fee: { amount: '0.00' },
      cancelledItemIds: [ITEMS.yoga],
      orderItem: { id: ITEMS.yoga, status: 'CANCELLATION_PENDING' },
    });
    expect(t.patches() - before).toBe(1);
    expect(t.sim.appliedCancels.get('yoga-1')).toBe(1);
    expect((await rowsFor('cx-01')).map(r => r.state)).toEqual(['SUCCEEDED']);
  });

  it('CX-02: the same key and request replay the answer byte for byte, with no provider call', async () => {
    const first = await cancel(ITEMS.yoga, 'cx-01');
    const before = t.patches();
    const again = await cancel(ITEMS.yoga, 'cx-01');
    expect(again.text).toBe(first.text);
    expect(t.patches()).toBe(before);
  });

  it('IN-22: the same key with another request is IdempotencyKeyReusedError and changes nothing', async () => {
    const before = t.patches();
    const res = await cancel(ITEMS.yoga, 'cx-01', { reason: 'BOOKING_ERROR' });
    expect(result(res)).toMatchObject({
      __typename: 'IdempotencyKeyReusedError',
      code: 'IDEMPOTENCY_KEY_REUSED',
      retryable: false,
    });
    expect(t.patches()).toBe(before);
    expect((await rowsFor('cx-01')).map(r => r.state)).toEqual(['SUCCEEDED']);
  });

  it('CX-03: a new key for an already cancelled item is OrderItemAlreadyCancelledError, with no cancel call', async () => {
    const before = t.patches();
    expect(result(await cancel(ITEMS.swim, 'cx-03'))).toMatchObject({
      __typename: 'OrderItemAlreadyCancelledError',
      code: 'ORDER_ITEM_ALREADY_CANCELLED',
    });
    expect(t.patches()).toBe(before);
  });

  it.each([
    ['IN-20: an empty key', { idempotencyKey: '' }, 'idempotencyKey'],
    ['IN-21: a key over 255 characters', { idempotencyKey: 'k'.repeat(256) }, 'idempotencyKey'],
    ['a note over 255 characters', { idempotencyKey: 'in-note', note: 'n'.repeat(256) }, 'note'],
    [
      'an expected refund with too many decimals',
      { idempotencyKey: 'in-refund', expectedRefund: { amount: '1.001', currency: 'GBP' } },
      'expectedRefund',
    ],
  ])(
    '%s is InvalidCancellationRequestError with no ledger row and no provider call',
    async (_name, input, field) => {
      const before = t.patches();
      const res = await t.gw.graphql(
        CANCEL,
        { input: { orderItemId: ITEMS.tennis, reason: 'OTHER', ...input } },
        t.alice,
      );
      expect(result(res)).toMatchObject({ __typename: 'InvalidCancellationRequestError', field });
      expect(t.patches()).toBe(before);
      expect(await rowsFor(String(input.idempotencyKey))).toHaveLength(0);
    },
  );

  it('IN-17: an invalid reason is refused by GraphQL before anything runs', async () => {
    const res = await cancel(ITEMS.tennis, 'in-17', { reason: 'BECAUSE' });
    // Variable coercion fails: a request error, 200 under application/json, with no data.
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await rowsFor('in-17')).toHaveLength(0);
  });

  it('CX-12 (gateway side): inside the closed window the gateway refuses without calling imin', async () => {
    const before = t.patches();
    const res = await cancel(ITEMS.football, 'cx-12a');
    expect(result(res)).toMatchObject({
      __typename: 'CancellationWindowClosedError',
      code: 'CANCELLATION_WINDOW_CLOSED',
      closedAt: expect.any(String),
    });
    expect(t.patches()).toBe(before);
    expect(result(await cancel(ITEMS.spin, 'cx-12b'))).toMatchObject({
      __typename: 'CancellationNotPermittedError',
    });
    expect(t.patches()).toBe(before);
  });

  it("CX-12 (provider side): imin's refusal comes back with its customer-facing description, journalled REFUSED", async () => {
    const res = await cancel(ITEMS.climb, 'cx-12c');
    expect(result(res)).toMatchObject({
      __typename: 'CancellationNotPermittedError',
      providerDetail: {
        __typename: 'OpenActiveErrorDetail',
        type: 'CancellationNotPermittedError',
        description: expect.stringContaining('part of a course'),
      },
    });
    expect((await rowsFor('cx-12c')).map(r => r.state)).toEqual(['REFUSED']);
    const before = t.patches();
    expect((await cancel(ITEMS.climb, 'cx-12c')).text).toBe(res.text);
    expect(t.patches()).toBe(before);
  });

  it('AZ-02: another customer cannot cancel, and leaves no ledger row', async () => {
    const res = await cancel(ITEMS.badminton2, 'az-02', {}, bob);
    expect(result(res)).toMatchObject({ __typename: 'OrderItemNotFoundError' });
    expect(await rowsFor('az-02')).toHaveLength(0);
  });

  it('a 429 on the cancel is ProviderUnavailableError; the same key may try again and then succeeds once', async () => {
    t.sim.server.inject({
      method: 'PATCH',
      status: 429,
      headers: { 'retry-after': '5' },
      body: { '@type': 'TooManyRequestsError' },
    });
    const first = await cancel(ITEMS.badminton1, 'rate-1');
    expect(result(first)).toMatchObject({ __typename: 'ProviderUnavailableError', retryable: true });
    expect((await rowsFor('rate-1')).map(r => r.state)).toEqual(['NOT_SENT']);
    const second = await cancel(ITEMS.badminton1, 'rate-1');
    expect(result(second)).toMatchObject({ __typename: 'OrderItemCancelled' });
    expect(t.sim.appliedCancels.get('badminton-1')).toBe(1);
  });

  it('CX-05/CX-06: applied then dropped, read-back failing → unknown; a same-key retry reads and replays success', async () => {
    t.sim.server.inject({ method: 'PATCH', dropAfterApply: true });
    // The fresh read before the PATCH passes; the read-backs after it fail.
    t.sim.server.inject({
      method: 'GET',
      pathPrefix: `/orders/${IMIN_ORDERS.tennis}`,
      status: 503,
      times: 2,
      skip: 1,
    });
    const before = t.patches();
    const first = await cancel(ITEMS.tennis, 'cx-05', {}, bob);
    expect(result(first)).toMatchObject({
      __typename: 'CancellationOutcomeUnknownError',
      code: 'CANCELLATION_OUTCOME_UNKNOWN',
      retryable: true,
    });
    expect((await rowsFor('cx-05')).map(r => r.state)).toEqual(['UNKNOWN']);
    // A different key meanwhile must not send a second cancel (the item stays locked).
    expect(result(await cancel(ITEMS.tennis, 'cx-05-other', {}, bob))).toMatchObject({
      __typename: expect.stringMatching(/CancellationInProgressError|OrderItemAlreadyCancelledError/),
    });
    const retry = await cancel(ITEMS.tennis, 'cx-05', {}, bob);
    expect(result(retry)).toMatchObject({ __typename: 'OrderItemCancelled' });
    expect(t.patches() - before).toBe(1);
    expect(t.sim.appliedCancels.get('tennis-1')).toBe(1);
  });

  it('CX-07/CX-04: a 502 that applied nothing → unknown; a same-key retry reads "not cancelled" and sends exactly once more', async () => {
    t.sim.server.inject({ method: 'PATCH', status: 502, body: 'bad gateway' });
    t.sim.server.inject({
      method: 'GET',
      pathPrefix: `/orders/${IMIN_ORDERS.badminton}`,
      status: 503,
      times: 2,
      skip: 1,
    });
    const before = t.patches();
    expect(result(await cancel(ITEMS.badminton2, 'cx-07', { acceptWholeOrder: false }))).toMatchObject({
      __typename: 'CancellationOutcomeUnknownError',
    });
    expect(t.sim.appliedCancels.get('badminton-2')).toBeUndefined();
    expect(result(await cancel(ITEMS.badminton2, 'cx-07', { acceptWholeOrder: false }))).toMatchObject({
      __typename: 'OrderItemCancelled',
    });
    expect(t.patches() - before).toBe(2);
    expect(t.sim.appliedCancels.get('badminton-2')).toBe(1);
  });
});
