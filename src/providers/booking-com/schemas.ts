import { z } from 'zod';

/** Booking.com's two-currency amount; the codes live in the order's sibling `currency` object. */
export const money2Schema = z.object({
  accommodation_currency: z.number(),
  booker_currency: z.number().nullable().optional(),
});

export const cancellationStepSchema = z.object({
  // An ISO date-time, the literal "now" (from booking), or null.
  from: z.string().nullable(),
  price: money2Schema,
});

const id = z.union([z.string(), z.number()]).transform(String);

export const productSchema = z.object({
  room: id.optional(),
  room_reservation: id.optional(),
  status: z.string(),
  price: z.object({ total: money2Schema }).partial().optional(),
  policies: z.object({ cancellation: z.array(cancellationStepSchema).optional() }).optional(),
});

export const accommodationOrderSchema = z.object({
  id: id,
  reservation: id.optional(),
  accommodation: id.optional(),
  accommodation_details: z.object({ name: z.string().optional() }).optional(),
  booker: z.object({ email: z.string().optional() }).nullable().optional().catch(undefined),
  checkin: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  checkout: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: z.string(),
  cancellation_details: z
    .object({ at: z.string(), fee: money2Schema, original_total_price: money2Schema })
    .nullable()
    .optional(),
  price: z.object({ total: money2Schema, commissionable: money2Schema.nullable().optional() }),
  currency: z.object({
    accommodation: z.string().length(3),
    booker: z.string().length(3).nullable().optional(),
  }),
  products: z.array(productSchema),
});

/** The envelope only: each element is parsed on its own, so one malformed order fails alone. */
export const detailsEnvelopeSchema = z.object({
  request_id: z.string().optional(),
  data: z.array(z.unknown()),
});

export const errorEnvelopeSchema = z.object({
  request_id: z.string().optional(),
  errors: z.array(z.object({ id: z.string(), message: z.string().optional() })).min(1),
});

export const cancelResponseSchema = z.object({
  request_id: z.string().optional(),
  data: z.object({ status: z.string() }),
});

export type Money2Wire = z.infer<typeof money2Schema>;
export type AccommodationOrderWire = z.infer<typeof accommodationOrderSchema>;
export type ProductWire = z.infer<typeof productSchema>;
