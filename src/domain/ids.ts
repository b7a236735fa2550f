import { isProviderId, type ProviderId } from './provider.js';

export type OrderGlobalId = {
  readonly type: 'Order';
  readonly provider: ProviderId;
  readonly orderRef: string;
};
export type OrderItemGlobalId = {
  readonly type: 'OrderItem';
  readonly provider: ProviderId;
  readonly orderRef: string;
  readonly itemRef: string;
};
export type GlobalId = OrderGlobalId | OrderItemGlobalId;

const PREFIX = 'og1';
const MAX_ENCODED_LENGTH = 400;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Opaque, URL-safe: base64url of `og1|Type|PROVIDER|refs…`. */
export function encodeId(id: GlobalId): string {
  const parts =
    id.type === 'Order'
      ? [PREFIX, 'Order', id.provider, id.orderRef]
      : [PREFIX, 'OrderItem', id.provider, id.orderRef, id.itemRef];
  return Buffer.from(parts.join('|'), 'utf8').toString('base64url');
}

export function orderId(provider: ProviderId, orderRef: string): string {
  return encodeId({ type: 'Order', provider, orderRef });
}

export function orderItemId(provider: ProviderId, orderRef: string, itemRef: string): string {
  return encodeId({ type: 'OrderItem', provider, orderRef, itemRef });
}

/** Item references are opaque provider tokens (an item id, a room id, an item UUID). */
const ITEM_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

export function isItemReference(reference: string): boolean {
  return ITEM_REFERENCE.test(reference);
}

/** Whether a reference has the shape of that provider's order references (each plugin knows its own). */
export type OrderReferenceCheck = (provider: ProviderId, reference: string) => boolean;

/**
 * Strict decoding, against every provider's order reference shape: anything but a well-formed ID of a
 * known provider and reference shape gives `null`, so a reference of the wrong shape (or an ID
 * re-prefixed to another provider) never reaches a provider, nor the ledger.
 */
export function createIdDecoder(isOrderReference: OrderReferenceCheck) {
  function decodeId(encoded: string): GlobalId | null {
    if (encoded.length === 0 || encoded.length > MAX_ENCODED_LENGTH || !BASE64URL.test(encoded)) return null;
    const text = Buffer.from(encoded, 'base64url').toString('utf8');
    // Reject non-canonical encodings so one object has exactly one ID.
    if (Buffer.from(text, 'utf8').toString('base64url') !== encoded) return null;
    const parts = text.split('|');
    const [prefix, type, provider, orderRef, itemRef] = parts;
    if (prefix !== PREFIX || provider === undefined || !isProviderId(provider)) return null;
    if (orderRef === undefined || !isOrderReference(provider, orderRef)) return null;
    if (type === 'Order' && parts.length === 4) return { type, provider, orderRef };
    if (type === 'OrderItem' && parts.length === 5 && itemRef !== undefined && isItemReference(itemRef)) {
      return { type, provider, orderRef, itemRef };
    }
    return null;
  }

  function decodeIdOfType<T extends GlobalId['type']>(
    encoded: string,
    type: T,
  ): Extract<GlobalId, { type: T }> | null {
    const id = decodeId(encoded);
    return id && id.type === type ? (id as Extract<GlobalId, { type: T }>) : null;
  }

  return { decodeId, decodeIdOfType };
}
