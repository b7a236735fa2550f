import { z } from 'zod';
import { optionalField } from '../tolerant.js';

/**
 * imin's JSON-LD, read tolerantly: `@type`/`@id` and `type`/`id` are both accepted (imin's examples
 * use the short form, the OpenActive spec the long one; where a node has both, the keyword wins),
 * unknown fields are dropped by the schemas, and status IRIs stay strings so an unknown value maps to
 * UNKNOWN instead of failing the whole order. In place: the value is a document freshly parsed for
 * this read and nobody else's, so each node only gains its short keys, and no copy of the whole tree
 * is made before the schema makes its own.
 */
export function normalizeJsonLd(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (const inner of value) normalizeJsonLd(inner);
    return value;
  }
  const node = value as Record<string, unknown>;
  for (const inner of Object.values(node))
    if (typeof inner === 'object' && inner !== null) normalizeJsonLd(inner);
  if (Object.hasOwn(node, '@type')) node['type'] = node['@type'];
  if (Object.hasOwn(node, '@id')) node['id'] = node['@id'];
  return node;
}

const decimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);

export const offerSchema = z.object({
  price: optionalField('acceptedOffer.price', decimal),
  priceCurrency: optionalField('acceptedOffer.priceCurrency', z.string().length(3)),
  allowCustomerCancellationFullRefund: optionalField(
    'acceptedOffer.allowCustomerCancellationFullRefund',
    z.boolean(),
  ),
  latestCancellationBeforeStartDate: optionalField(
    'acceptedOffer.latestCancellationBeforeStartDate',
    z.string(),
  ),
});

export const opportunitySchema = z.object({
  type: z.string().nullish(),
  id: z.string().nullish(),
  name: optionalField('orderedItem.name', z.string()),
  startDate: optionalField('orderedItem.startDate', z.string()),
  endDate: optionalField('orderedItem.endDate', z.string()),
  superEvent: optionalField('orderedItem.superEvent', z.object({ name: z.string().nullish() })),
});

/**
 * An OrderItem: its `@id` is essential (a cancellation PATCH must name it exactly as served) and so
 * is the order it sits in; everything else is optional. `orderItemStatus` absent reads UNKNOWN.
 */
export const orderItemSchema = z.object({
  type: z.string().nullish(),
  id: z.string(),
  identifier: optionalField('identifier', z.union([z.string(), z.number()])),
  orderItemStatus: optionalField('orderItemStatus', z.string()),
  cancellationMessage: optionalField('cancellationMessage', z.string()),
  customerNotice: optionalField('customerNotice', z.string()),
  'imin:isPresentlyCancellable': optionalField('imin:isPresentlyCancellable', z.boolean()),
  acceptedOffer: optionalField('acceptedOffer', offerSchema),
  orderedItem: optionalField('orderedItem', opportunitySchema),
  'imin:order': optionalField('imin:order', z.object({ identifier: z.string() })),
});

export const priceSpecificationSchema = z.object({
  price: decimal,
  priceCurrency: z.string().length(3).nullish(),
});

export const orderSchema = z.object({
  type: z.string().nullish(),
  id: z.string().nullish(),
  identifier: z.string(),
  orderDate: optionalField('orderDate', z.string()),
  totalPaymentDue: optionalField('totalPaymentDue', priceSpecificationSchema),
  customer: z.object({ email: z.string().optional() }).optional().catch(undefined),
  orderedItem: z.array(orderItemSchema),
});

export const errorSchema = z.object({ type: z.string(), description: z.string().optional() });

export type IminOrderWire = z.infer<typeof orderSchema>;
export type IminOrderItemWire = z.infer<typeof orderItemSchema>;
export type IminErrorWire = z.infer<typeof errorSchema>;

/** The schemas above, applied after key normalisation. */
export const wire = <T extends z.ZodType>(schema: T) => z.preprocess(normalizeJsonLd, schema);
