// What a UI reads back after a cancel must agree with what the cancel answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderId, orderItemId } from '../../../src/domain/ids.js';
import { IMIN_ORDERS, startIminGateway, type IminGateway } from '../../helpers/imin-gateway.js';

const CANCEL = `mutation($input: CancelOrderItemInput!) { cancelOrderItem(input: $input) {
  __typename ... on OrderItemCancelled { cancelledAt } ... on ErrorResult { message retryable }
  ... on CancellationNotPermittedError { providerDetail { ... on OpenActiveErrorDetail { description } } } } }`;
const ITEM = `query($id: ID!) { order(id: $id) { items { id status
  cancellation { cancelledAt cancelledBy } cancellability { cancellable reason message } refundQuote { refund { amount } } } } }`;

let t: IminGateway;
beforeAll(async () => {
  t = await startIminGateway();
});
afterAll(() => t.close());

const cancel = (orderRef: string, itemRef: string, key: string) =>
  t.gw
    .graphql(
      CANCEL,
      {
        input: {
          orderItemId: orderItemId('IMIN', orderRef, itemRef),
          reason: 'CHANGE_OF_PLANS',
          idempotencyKey: key,
        },
      },
      t.alice,
    )
    .then(r => r.body.data?.cancelOrderItem);
const itemOf = async (orderRef: string, itemRef: string) => {
  const res = await t.gw.graphql(ITEM, { id: orderId('IMIN', orderRef) }, t.alice);
  return res.body.data?.order.items.find(
    (i: { id: string }) => i.id === orderItemId('IMIN', orderRef, itemRef),
  );
};

describe('reading an item after cancelling it', () => {
  it("the item's cancellation.cancelledAt is the cancel's cancelledAt, though imin never states one", async () => {
    const answer = await cancel(IMIN_ORDERS.yoga, 'yoga-1', 'read-1');
    expect(answer).toMatchObject({ __typename: 'OrderItemCancelled', cancelledAt: expect.any(String) });
    expect(await itemOf(IMIN_ORDERS.yoga, 'yoga-1')).toMatchObject({
      status: 'CANCELLATION_PENDING',
      cancellation: { cancelledAt: answer.cancelledAt, cancelledBy: 'CUSTOMER' },
    });
  });

  it("after the provider refused, the item is not cancellable, with the provider's words, until its data changes", async () => {
    const before = await itemOf(IMIN_ORDERS.climb, 'climb-1');
    expect(before.cancellability.cancellable).toBe(true);
    const answer = await cancel(IMIN_ORDERS.climb, 'climb-1', 'read-2');
    expect(answer.__typename).toBe('CancellationNotPermittedError');
    const after = await itemOf(IMIN_ORDERS.climb, 'climb-1');
    expect(after.cancellability).toEqual({
      cancellable: false,
      reason: 'PROVIDER_REFUSES',
      message: answer.providerDetail.description,
    });
    expect(after.cancellability.message).toContain('part of a course');
    expect(after.refundQuote).toBeNull();
    // The provider's data changes (the class moves a day later): the refusal no longer applies.
    const climb = t.sim.orders.get(IMIN_ORDERS.climb)?.items[0] as { startOffsetHours: number } | undefined;
    if (!climb) throw new Error('the simulator has no climb-1');
    climb.startOffsetHours += 24;
    const moved = await itemOf(IMIN_ORDERS.climb, 'climb-1');
    expect(moved.cancellability).toMatchObject({ cancellable: true, message: null });
    expect(moved.refundQuote).not.toBeNull();
  });
});
