import { z } from 'zod';
import { fieldOr, optionalField } from '../tolerant.js';

/**
 * Musement Partner API v3 wire formats, read tolerantly (src/providers/README.md): only an order's
 * uuid and items, and an item's uuid and status, are essential. Neither `product.date` nor
 * `time_zone` is in the documented excerpt, so both are optional; the refund cutoff comes from the
 * frozen policies' `remaining_time` and `applicable_until` (guide 003).
 */

const isTimeZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/** Musement prices: a decimal number plus formatted strings the gateway never parses. */
export const priceSchema = z.object({
  currency: z.string().length(3),
  value: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]),
});

export const orderItemSchema = z.object({
  uuid: z.string(),
  code: optionalField('items.code', z.string()),
  quantity: optionalField('items.quantity', z.number().int()),
  // A string, not an enum: an unknown status must map to UNKNOWN, not fail the order.
  status: z.string(),
  product: fieldOr(
    'items.product',
    z.object({
      type: optionalField('items.product.type', z.string()),
      title: optionalField('items.product.title', z.string()),
      // Not in the documented excerpt: read when present (the activity's start, with its offset).
      date: optionalField('items.product.date', z.string()),
      time_zone: optionalField('items.product.time_zone', z.string().refine(isTimeZone)),
      retail_price: optionalField('items.product.retail_price', priceSchema),
    }),
    {},
  ),
  retail_price_in_order_currency: optionalField('items.retail_price_in_order_currency', priceSchema),
  total_retail_price_in_order_currency: optionalField(
    'items.total_retail_price_in_order_currency',
    priceSchema,
  ),
});

export const orderSchema = z.object({
  identifier: optionalField('identifier', z.string()),
  uuid: z.string(),
  date: optionalField('date', z.string()),
  status: optionalField('status', z.string()),
  customer: z.object({ email: z.string().optional() }).optional().catch(undefined),
  items: z.array(orderItemSchema),
});

/** One frozen refund tier: `type` and `value` are the tier; the rest place its cutoff. */
export const refundPolicySchema = z.object({
  uuid: z.string().nullish(),
  period: z.string().nullish(),
  type: z.string(),
  value: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]),
  applicable_until: z.string().nullish(),
  remaining_time: z.string().nullish(),
});

export const refundPoliciesSchema = z.array(refundPolicySchema);

export const errorSchema = z.object({
  code: z.union([z.string(), z.number()]).transform(String),
  message: z.string().optional(),
});

export const loginSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
});

export type MusementOrderWire = z.infer<typeof orderSchema>;
export type MusementOrderItemWire = z.infer<typeof orderItemSchema>;
export type MusementRefundPolicyWire = z.infer<typeof refundPolicySchema>;
export type MusementErrorWire = z.infer<typeof errorSchema>;
