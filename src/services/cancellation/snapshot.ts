import { z } from 'zod';
import type { CancellationOutcome } from '../../domain/cancellation.js';
import { ORDER_ITEM_STATUSES } from '../../domain/order.js';
import { PROVIDERS } from '../../domain/provider.js';
import { REFUND_STATES } from '../../domain/refund.js';
import { storedRefusalDetail } from '../refusal-details.js';

const date = z.iso.datetime().transform(value => new Date(value));
const nullableDate = date.nullable();
const provider = z.enum(PROVIDERS);
const money = z.object({ amountMinor: z.number().int(), currency: z.string() });

const window = z.object({
  from: nullableDate,
  until: nullableDate,
  cancellable: z.boolean(),
  refund: money,
  refundPercent: z.number(),
  fee: money,
});

const policy = z.object({
  type: z.enum(['FREE_CANCELLATION', 'PARTIALLY_REFUNDABLE', 'NON_REFUNDABLE', 'NON_CANCELLABLE']),
  freeCancellationUntil: nullableDate,
  scope: z.enum(['ITEM', 'ORDER']),
  approximate: z.boolean(),
  binding: z.boolean(),
  windows: z.array(window),
});

const item = z.object({
  id: z.string(),
  provider,
  orderRef: z.string(),
  providerReference: z.string(),
  title: z.string(),
  startsAt: nullableDate,
  endsAt: nullableDate,
  timeZone: z.string().nullable(),
  status: z.enum(ORDER_ITEM_STATUSES),
  providerStatus: z.string().nullable(),
  statusMessage: z.string().nullable(),
  price: money.nullable(),
  cancellationPolicy: policy.nullable(),
  presentlyCancellable: z.boolean().nullable(),
  cancellation: z
    .object({
      cancelledAt: nullableDate,
      refund: money.nullable(),
      fee: money.nullable(),
      cancelledBy: z.enum(['CUSTOMER', 'PROVIDER']),
      refundState: z.enum(REFUND_STATES).optional(),
    })
    .nullable(),
  wireId: z.string().nullish(),
});

// Each provider plugin declares its own; answers stored before plugins owned them have the same shape.
const detail = storedRefusalDetail.nullable();

const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cancelled'),
    item,
    state: z.enum(['CONFIRMED', 'PENDING']),
    refund: money.nullable(),
    fee: money.nullable(),
    cancelledAt: date,
    cancelledItemIds: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('not_permitted'),
    provider,
    detail,
    retryable: z.boolean(),
    retryAfterSeconds: z.number().nullable(),
    message: z.string().optional(),
  }),
  z.object({ kind: z.literal('window_closed'), provider, closedAt: nullableDate, detail }),
  z.object({ kind: z.literal('already_cancelled'), provider, item }),
  z.object({ kind: z.literal('not_found') }),
  z.object({ kind: z.literal('whole_order_required'), provider, affectedItems: z.array(item) }),
  z.object({ kind: z.literal('refund_changed'), provider, expected: money, current: money }),
  z.object({
    kind: z.literal('manual_required'),
    provider,
    detail,
    // Absent from answers stored before the gateway knew how to ask for a manual cancellation.
    manual: z.object({ contact: z.string().nullable(), instructions: z.string() }).nullable().default(null),
  }),
  z.object({
    kind: z.literal('provider_unavailable'),
    provider,
    detail,
    retryAfterSeconds: z.number().nullable(),
  }),
  z.object({ kind: z.literal('outcome_unknown'), provider }),
  z.object({ kind: z.literal('in_progress'), provider: provider.nullable() }),
  z.object({ kind: z.literal('key_reused') }),
  z.object({
    kind: z.literal('invalid'),
    field: z.string(),
    message: z.string(),
    provider: provider.nullable(),
  }),
]);

/** `T` with every `readonly` dropped, all the way down (the schema's output is mutable). */
type Writable<T> = T extends Date
  ? T
  : T extends ReadonlyArray<infer E>
    ? Writable<E>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

/**
 * One source for an outcome's shape: `CancellationOutcome` (domain) and this schema are checked
 * against each other both ways, so a field added to one and not the other fails to compile.
 */
type StoredOutcome = z.output<typeof outcomeSchema>;
const typeMatchesSchema = (outcome: Writable<CancellationOutcome>): StoredOutcome => outcome;
const schemaMatchesType = (stored: StoredOutcome): CancellationOutcome => stored;
void typeMatchesSchema;
void schemaMatchesType;

/** The stored form of an answer, replayed as is for the same idempotency key. */
export function serializeOutcome(outcome: CancellationOutcome): string {
  return JSON.stringify(outcome);
}

/** A stored answer, dates and all, checked against the outcome's schema: never an unchecked cast. */
export function reviveOutcome(snapshot: string): CancellationOutcome {
  const parsed = outcomeSchema.safeParse(JSON.parse(snapshot));
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new Error(`stored cancellation outcome does not match its schema at "${path}"`);
  }
  return parsed.data;
}
