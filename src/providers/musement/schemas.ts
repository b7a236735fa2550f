import { z } from 'zod';

/** Musement prices: a decimal number plus formatted strings the gateway never parses. */
export const priceSchema = z.object({
  currency: z.string().length(3),
  value: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]),
});

export const orderItemSchema = z.object({
  uuid: z.string(),
  code: z.string().optional(),
  quantity: z.number().int().optional(),
  // A string, not an enum: an unknown status must map to UNKNOWN, not fail the order.
  status: z.string(),
  product: z.object({
    type: z.string().optional(),
    title: z.string().optional(),
    // Not in the documented excerpt: read when present (the activity's start, with its offset).
    date: z.string().optional(),
    time_zone: z.string().optional(),
    retail_price: priceSchema.optional(),
  }),
  retail_price_in_order_currency: priceSchema.optional(),
  total_retail_price_in_order_currency: priceSchema.optional(),
});

export const orderSchema = z.object({
  identifier: z.string().optional(),
  uuid: z.string(),
  date: z.string().optional(),
  status: z.string().optional(),
  customer: z.object({ email: z.string().optional() }).optional().catch(undefined),
  items: z.array(orderItemSchema),
});

export const refundPolicySchema = z.object({
  uuid: z.string().optional(),
  period: z.string(),
  type: z.string(),
  value: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/)]),
  applicable_until: z.string().optional(),
  remaining_time: z.string().optional(),
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
