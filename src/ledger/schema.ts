import type { Generated } from 'kysely';

/** Table shapes. Times are ISO 8601 UTC strings in both backends, so they compare as text. */
export interface LedgerTables {
  order_ownership: {
    id: string;
    customer_id: string;
    provider: string;
    provider_reference: string;
    registered_at: string;
    booker_fingerprint: string | null;
  };
  provider_snapshot: {
    provider: string;
    reference: string;
    snapshot: string;
    cancelled_at: string | null;
    cancellation: string | null;
  };
  cancellation_journal: {
    id: string;
    customer_id: string;
    idempotency_key: string;
    fingerprint: string;
    provider: string;
    order_ref: string;
    item_ref: string;
    state: string;
    attempts: Generated<number>;
    provider_request_id: string | null;
    response_snapshot: string | null;
    created_at: string;
    updated_at: string;
    next_check_at: string | null;
    /** The gateway process (instance id) that last took this entry on; see `gateway_instance`. */
    holder_instance: string | null;
    /** The `cancelOrderItems` request this entry is one item of (null for `cancelOrderItem`). */
    batch_id: string | null;
    /** Its place in that request, from 0. */
    batch_position: number | null;
  };
  cancellation_lock: {
    lock_key: string;
    journal_id: string;
    expires_at: string;
  };
  /**
   * What the gateway learned about an item from its own cancels, for reads: when a cancel was accepted
   * (providers that never say when), and the last refusal with the item's state when it was given.
   */
  item_note: {
    provider: string;
    order_ref: string;
    item_ref: string;
    cancelled_at: string | null;
    refused_at: string | null;
    refusal_message: string | null;
    /** A refusal stops applying when this passes (retryable refusals) … */
    refusal_until: string | null;
    /** … or when the item no longer reads as it did (`itemFingerprint`). */
    refusal_fingerprint: string | null;
    /** 1 when the refusal said the provider's staff must cancel it by hand; 0 or null otherwise. */
    refusal_manual: number | null;
    /** The refund and fee the accepted cancel answered (minor units), for providers that state none. */
    refund_minor: number | null;
    refund_currency: string | null;
    fee_minor: number | null;
    fee_currency: string | null;
  };
  /** The change feed: append-only, one row per change to a tracked booking (see ledger/changes.ts). */
  booking_change: {
    seq: Generated<number | string>;
    tx: Generated<number | string>;
    id: string;
    provider: string;
    order_ref: string;
    item_ref: string | null;
    kind: string;
    source: string;
    actor: string | null;
    status_before: string | null;
    status_after: string | null;
    provider_status: string | null;
    refund_state: string | null;
    refund_minor: number | string | null;
    refund_currency: string | null;
    fee_minor: number | string | null;
    fee_currency: string | null;
    provider_message: string | null;
    occurred_at: string;
    recorded_at: string;
    correlation_id: string | null;
    journal_id: string | null;
  };
  /** The watcher's schedule: one row per tracked order (see services/changes/watcher.ts). */
  booking_watch: {
    provider: string;
    order_ref: string;
    /** Null: not watched any more (final, or long past its start). */
    next_check_at: string | null;
    lease_owner: string | null;
    lease_until: string | null;
    last_checked_at: string | null;
    failures: Generated<number>;
  };
  /** A named lease: one process at a time holds it until `expires_at`, renewing it while it works. */
  lease: {
    name: string;
    owner: string;
    expires_at: string;
  };
  /** A configured webhook endpoint's place in the feed and its last delivery (see ledger/webhooks.ts). */
  webhook_endpoint: {
    id: string;
    position_tx: number | string;
    position_seq: number | string;
    disabled_at: string | null;
    disabled_reason: string | null;
    last_status: number | null;
    last_error: string | null;
    last_attempt_at: string | null;
    last_delivered_at: string | null;
  };
  /** One change to deliver to one endpoint: PENDING until DELIVERED, or DEAD once its window passed. */
  webhook_delivery: {
    endpoint_id: string;
    change_id: string;
    tx: number | string;
    seq: number | string;
    /** Changes with the same key (one item, or an order's own) are delivered in feed order. */
    item_key: string;
    state: string;
    attempts: Generated<number>;
    /** Retries are given up `WEBHOOK_RETRY_WINDOW_MS` after this (the change's time, or a redelivery's). */
    window_from: string;
    next_attempt_at: string;
    last_status: number | null;
    last_error: string | null;
    finished_at: string | null;
  };
  /** Live gateway processes: a row per process, its heartbeat renewed every few seconds, deleted on a clean stop. */
  gateway_instance: {
    id: string;
    started_at: string;
    heartbeat_at: string;
  };
}
