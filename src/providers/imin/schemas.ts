import { z } from 'zod';

/**
 * imin's JSON-LD, read tolerantly: `@type`/`@id` and `type`/`id` are both accepted (imin's examples
 * use the short form, the OpenActive spec the long one), unknown fields are dropped, and status IRIs
 * stay strings so an unknown value maps to UNKNOWN instead of failing the whole order.
 */
export function normalizeJsonLd(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeJsonLd);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    out[key === '@type' ? 'type' : key === '@id' ? 'id' : key] = normalizeJsonLd(inner);
  return out;
}

const decimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]);

export const offerSchema = z.object({
  price: decimal.optional(),
  priceCurrency: z.string().length(3).optional(),
  allowCustomerCancellationFullRefund: z.boolean().optional(),
  latestCancellationBeforeStartDate: z.string().optional(),
});

export const opportunitySchema = z.object({
  type: z.string().optional(),
  id: z.string().optional(),
  name: z.string().optional(),
  startDate: z.string(),
  endDate: z.string().optional(),
  superEvent: z.object({ name: z.string().optional() }).optional(),
});

export const orderItemSchema = z.object({
  type: z.string().optional(),
  id: z.string(),
  identifier: z.union([z.string(), z.number()]).optional(),
  orderItemStatus: z.string().optional(),
  cancellationMessage: z.string().optional(),
  customerNotice: z.string().optional(),
  'imin:isPresentlyCancellable': z.boolean().optional(),
  acceptedOffer: offerSchema.optional(),
  orderedItem: opportunitySchema,
  'imin:order': z.object({ identifier: z.string() }).optional(),
});

export const priceSpecificationSchema = z.object({
  price: decimal,
  priceCurrency: z.string().length(3).optional(),
});

export const orderSchema = z.object({
  type: z.string().optional(),
  id: z.string().optional(),
  identifier: z.string(),
  orderDate: z.string().optional(),
  totalPaymentDue: priceSpecificationSchema.optional(),
  customer: z.object({ email: z.string().optional() }).optional().catch(undefined),
  orderedItem: z.array(orderItemSchema),
});

export const errorSchema = z.object({ type: z.string(), description: z.string().optional() });

export const collectionSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    'imin:totalItems': z.number().optional(),
    view: z.object({ next: z.string().optional(), 'imin:totalPages': z.number().optional() }).optional(),
    'imin:item': z.array(item),
  });

export type IminOrderWire = z.infer<typeof orderSchema>;
export type IminOrderItemWire = z.infer<typeof orderItemSchema>;
export type IminErrorWire = z.infer<typeof errorSchema>;

/** The schemas above, applied after key normalisation. */
export const wire = <T extends z.ZodType>(schema: T) => z.preprocess(normalizeJsonLd, schema);
