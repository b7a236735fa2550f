import { JOURNAL_STATES, type JournalEntry } from '../../src/ledger/journal.js';
import { CANCEL_ITEMS, CANCELLATION_QUOTE, type CancellationReason } from './documents.js';
import type { TestGateway } from './gateway.js';

/** `cancelOrderItems` and `Order.cancellationQuote` as a customer calls them, against a test gateway. */
export function severalItems(gw: TestGateway, token: () => string) {
  return {
    async cancel(
      orderItemIds: readonly string[],
      idempotencyKey: string,
      extra: { expectedRefund?: { amount: string; currency: string }; acceptWholeOrder?: boolean } = {},
      reason: CancellationReason = 'CHANGE_OF_PLANS',
    ) {
      const res = await gw.graphql(
        CANCEL_ITEMS,
        { input: { orderItemIds: [...orderItemIds], reason, idempotencyKey, ...extra } },
        token(),
      );
      if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
      return { result: res.body.data?.cancelOrderItems, text: res.text };
    },
    async quote(orderId: string, itemIds: readonly string[], acceptWholeOrder = false) {
      const res = await gw.graphql(
        CANCELLATION_QUOTE,
        { orderId, itemIds: [...itemIds], acceptWholeOrder },
        token(),
      );
      return { quote: res.body.data?.order?.cancellationQuote, errors: res.body.errors };
    },
    /** The journal's entries of the request made with `key`, in request order. */
    async entries(key: string): Promise<JournalEntry[]> {
      const all = await gw.ledger.journal.byState([...JOURNAL_STATES], 1000);
      const lead = all.find(e => e.idempotencyKey === key);
      return lead?.batchId ? gw.ledger.journal.byBatch(lead.batchId) : lead ? [lead] : [];
    },
  };
}
