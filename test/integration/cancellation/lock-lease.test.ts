import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { orderItemId } from '../../../src/domain/ids.js';
import { JOURNAL_STATES } from '../../../src/ledger/journal.js';
import { CANCEL, startIminGateway, type IminGateway } from '../../helpers/imin-gateway.js';
import { pollUntil } from '../../helpers/poll.js';

const ORDER = 'b3c5c4a0-6f0e-4e55-9a1a-0d5b6c1f2a04';
const ITEM = orderItemId('IMIN', ORDER, 'badminton-1');

/**
 * Defect 2 of #14: the per-order lock expired while its cancel was still running (a slow read, a
 * database stall), a second request took it, and both sent a PATCH. The first PATCH is held at imin
 * while the gateway's clock jumps past the lock's lifetime (the 12 s read + 19 s PATCH).
 */
describe('the per-order lock cannot expire under a live cancel', () => {
  const clock = fixedClock(new Date());
  let imin: IminGateway;
  beforeAll(async () => {
    imin = await startIminGateway({ clock });
  });
  afterAll(() => imin.close());

  it('a second request with another key, after the lock "expired" mid-PATCH, never causes a second PATCH', async () => {
    const cancel = (key: string) =>
      imin.gw
        .graphql(CANCEL, { input: { orderItemId: ITEM, reason: 'OTHER', idempotencyKey: key } }, imin.alice)
        .then(r => r.body.data?.cancelOrderItem);
    imin.sim.server.inject({ method: 'PATCH', pathPrefix: `/orders/${ORDER}`, latencyMs: 800 });
    const first = cancel('lease-a');
    // Bounded wait until the first PATCH is held at imin.
    await pollUntil(
      () => imin.patches(),
      n => n > 0,
      { tries: 100, everyMs: 10 },
    );
    expect(imin.patches()).toBe(1);
    clock.advance(31_000);
    const second = await cancel('lease-b');
    const answers = [await first, second].map(a => a?.__typename);

    expect(imin.patches()).toBe(1);
    expect(imin.sim.appliedCancels.get('badminton-1')).toBe(1);
    expect(imin.sim.repeatCancels.get('badminton-1')).toBeUndefined();
    // One of them cancelled; the other was told the truth: in progress or already cancelled.
    expect(answers.filter(a => a === 'OrderItemCancelled')).toHaveLength(1);
    expect(answers.filter(a => a !== 'OrderItemCancelled')[0]).toMatch(
      /CancellationInProgressError|OrderItemAlreadyCancelledError/,
    );
    const rows = await imin.gw.ledger.journal.byState([...JOURNAL_STATES]);
    expect(rows.filter(r => r.itemRef === 'badminton-1' && r.state === 'SUCCEEDED')).toHaveLength(1);
  });

  it('fencing: a request whose lease lapsed during its read, and was taken over, sends nothing and says so', async () => {
    const other = orderItemId('IMIN', ORDER, 'badminton-2');
    const cancel = (key: string) =>
      imin.gw
        .graphql(CANCEL, { input: { orderItemId: other, reason: 'OTHER', idempotencyKey: key } }, imin.alice)
        .then(r => r.body.data?.cancelOrderItem);
    const before = imin.patches();
    // The first request's read is held; the second's PATCH is held until after that read returned.
    imin.sim.server.inject({ method: 'GET', pathPrefix: `/orders/${ORDER}`, latencyMs: 600 });
    imin.sim.server.inject({ method: 'PATCH', pathPrefix: `/orders/${ORDER}`, latencyMs: 1_200 });
    const first = cancel('fence-a');
    await new Promise(resolve => setTimeout(resolve, 150));
    clock.advance(31_000);
    const second = cancel('fence-b');
    const [a, b] = [await first, await second];
    expect(imin.patches() - before).toBe(1);
    expect(imin.sim.appliedCancels.get('badminton-2')).toBe(1);
    expect(b?.__typename).toBe('OrderItemCancelled');
    expect(a).toMatchObject({ __typename: 'CancellationInProgressError', retryable: true });
    const rows = await imin.gw.ledger.journal.byState([...JOURNAL_STATES]);
    expect(rows.find(r => r.idempotencyKey === 'fence-a')?.state).toBe('NOT_SENT');
  });
});
