import { z } from 'zod';
import { optionalField } from '../tolerant.js';

/**
 * Booking.com Demand API 3.1 wire formats, read tolerantly (src/providers/README.md). The guide and
 * the 3.1 OpenAPI allow `cancellation_details.fee` (free cancellation), order `price`, product
 * `price.total` and `policies.cancellation` to be null, and the guide's own examples leave out
 * `original_total_price`; none of these may fail an order. Only the order id, its products and each
 * product's position are essential.
 */

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
  room: optionalField('products.room', id),
  room_reservation: optionalField('products.room_reservation', id),
  // Absent or malformed: the order-level status stands in for the room (see the mapper).
  status: optionalField('products.status', z.string()),
  price: optionalField(
    'products.price',
    z.object({ total: optionalField('products.price.total', money2Schema) }),
  ),
  policies: optionalField(
    'products.policies',
    z.object({
      cancellation: optionalField('products.policies.cancellation', z.array(cancellationStepSchema)),
    }),
  ),
});

export const cancellationDetailsSchema = z.object({
  at: optionalField('cancellation_details.at', z.string()),
  // "The fee field is null if the cancelled product has a free cancellation policy." (guide 002)
  // Null is that free cancellation; a malformed fee reads as absent (unknown), never as free.
  fee: optionalField('cancellation_details.fee', money2Schema, { malformed: 'absent' }),
  original_total_price: optionalField('cancellation_details.original_total_price', money2Schema),
});

export const accommodationOrderSchema = z.object({
  id: id,
  reservation: optionalField('reservation', id),
  accommodation: optionalField('accommodation', id),
  accommodation_details: optionalField('accommodation_details', z.object({ name: z.string().optional() })),
  booker: z.object({ email: z.string().optional() }).nullable().optional().catch(undefined),
  checkin: optionalField('checkin', z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  checkout: optionalField('checkout', z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  status: optionalField('status', z.string()),
  cancellation_details: optionalField('cancellation_details', cancellationDetailsSchema),
  price: optionalField('price', z.object({ total: optionalField('price.total', money2Schema) })),
  currency: optionalField(
    'currency',
    z.object({
      accommodation: z.string().length(3),
      booker: optionalField('currency.booker', z.string().length(3)),
    }),
  ),
  products: z.array(productSchema),
});

/** The envelope only: each element is parsed on its own, so one malformed order fails alone. */
export const detailsEnvelopeSchema = z.object({
  request_id: z.string().optional(),
  data: z.array(z.unknown()),
});

export const errorEnvelopeSchema = z.object({
  request_id: z.string().nullish(),
  errors: z.array(z.object({ id: z.string(), message: z.string().nullish() })).min(1),
});

export const cancelResponseSchema = z.object({
  request_id: z.string().nullish(),
  data: z.object({ status: z.string() }),
});

export type Money2Wire = z.infer<typeof money2Schema>;
export type AccommodationOrderWire = z.infer<typeof accommodationOrderSchema>;
export type ProductWire = z.infer<typeof productSchema>;
export type BookingComErrorWire = z.infer<typeof errorEnvelopeSchema>;
export type CancelResultWire = z.infer<typeof cancelResponseSchema>;

/** An answer to `POST /orders/cancel`: its error envelope, or its result (a 200's body), as readable. */
export interface BookingComCancelWire {
  readonly error: BookingComErrorWire | null;
  readonly result: CancelResultWire | null;
}
