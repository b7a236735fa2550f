import { header, type SimRequest, type SimResponse } from '../kit.js';
import { isPresentlyCancellable, itemIri, openActiveError, type Clocked } from './documents.js';
import type { SimOrder } from './seed.js';

/** What the imin simulator holds, shared by its routes. */
export interface IminState {
  readonly orders: Map<string, SimOrder>;
  readonly appliedCancels: Map<string, number>;
  readonly repeatCancels: Map<string, number>;
  readonly perPage: number;
  readonly pendingMs: number;
  ctx: Clocked;
  later(ms: number, fn: () => void): void;
}

type SimItem = SimOrder['items'][number];

const CANCELLED = 'https://openactive.io/CustomerCancelled';
const PATCH_KEYS = new Set(['@context', '@type', 'orderedItem']);
const ITEM_KEYS = new Set(['@type', '@id', 'orderItemStatus']);
// Custom-namespace properties (prefix:name) are allowed in a PATCH; anything else is excessive.
const isCustom = (key: string) => /^[a-z][a-z0-9-]*:[A-Za-z]/.test(key) && !key.startsWith('http');

const fail = (status: number, type: string, description: string): SimResponse => ({
  status,
  body: openActiveError(type, description),
});
const excessive = () =>
  fail(
    400,
    'PatchContainsExcessivePropertiesError',
    'The PATCH contains properties that may not be changed.',
  );

/** The PATCH body's `orderedItem` entries, or the error the spec gives for a malformed body. */
function readPatch(req: SimRequest): Array<Record<string, unknown>> | SimResponse {
  const type = (header(req, 'content-type') ?? '').split(';')[0]?.trim();
  if (type !== 'application/json' && type !== 'application/vnd.openactive.booking+json')
    return fail(415, 'UnsupportedMediaTypeError', 'Send JSON.');
  let body: unknown;
  try {
    body = req.json();
  } catch {
    return fail(400, 'InvalidRequestError', 'The body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return fail(400, 'InvalidRequestError', 'The body must be an Order.');
  const record = body as Record<string, unknown>;
  const extra = Object.keys(record).some(k => !PATCH_KEYS.has(k) && !isCustom(k));
  const items = Array.isArray(record['orderedItem']) ? (record['orderedItem'] as unknown[]) : null;
  if (extra || record['@type'] !== 'Order' || !items || items.length === 0) return excessive();
  return items.map(raw => (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>);
}

/** Each entry's item, named exactly by an `@id` this simulator served (byte for byte), or the error. */
function targetsOf(
  state: IminState,
  order: SimOrder,
  entries: Array<Record<string, unknown>>,
): SimItem[] | SimResponse {
  const targets: SimItem[] = [];
  for (const entry of entries) {
    if (Object.keys(entry).some(k => !ITEM_KEYS.has(k) && !isCustom(k)) || entry['@type'] !== 'OrderItem')
      return excessive();
    if (entry['orderItemStatus'] !== CANCELLED)
      return fail(
        400,
        'PatchNotAllowedOnPropertyError',
        'Only orderItemStatus CustomerCancelled may be set.',
      );
    const named = entry['@id'];
    const item = order.items.find(i => itemIri(state.ctx, order, i) === named);
    if (!item) {
      const elsewhere = [...state.orders.values()].some(
        o => o.uuid !== order.uuid && o.items.some(i => itemIri(state.ctx, o, i) === named),
      );
      return elsewhere
        ? fail(500, 'OrderItemNotWithinOrderError', 'An OrderItem is not within this Order.')
        : fail(500, 'OrderItemIdInvalidError', 'An OrderItem @id is not valid.');
    }
    targets.push(item);
  }
  return targets;
}

function refusalText(item: SimItem): string {
  if (item.status === 'AttendeeAttended' || item.status === 'AttendeeAbsent')
    return 'This session has already taken place.';
  if (item.status === 'SellerCancelled') return 'This session was cancelled by the organiser.';
  if (!item.allowFullRefund) return 'This booking is non-refundable and cannot be cancelled.';
  return 'Cancellations are not accepted within 24 hours of the session start.';
}

/** `PATCH /orders/{uuid}`: atomic, so every listed item must be cancellable (or cancelled) before any changes. */
export function patchOrder(state: IminState, uuid: string, req: SimRequest): SimResponse {
  const order = state.orders.get(uuid);
  if (!order) return fail(404, 'UnknownOrderError', 'No such Order.');
  const entries = readPatch(req);
  if (!Array.isArray(entries)) return entries;
  const targets = targetsOf(state, order, entries);
  if (!Array.isArray(targets)) return targets;
  for (const item of targets) {
    if (item.status === 'CustomerCancelled' || item.status === 'CustomerCancellationPending') continue;
    const refusal = item.refusal ?? (isPresentlyCancellable(state.ctx, item) ? null : refusalText(item));
    if (refusal) return fail(400, 'CancellationNotPermittedError', refusal);
  }
  for (const item of targets) {
    const counts = item.status === 'OrderItemConfirmed' ? state.appliedCancels : state.repeatCancels;
    counts.set(item.identifier, (counts.get(item.identifier) ?? 0) + 1);
    if (item.status !== 'OrderItemConfirmed') continue;
    item.status = 'CustomerCancellationPending';
    state.later(state.pendingMs, () => {
      item.status = 'CustomerCancelled';
    });
  }
  return { status: 204 };
}
