import { z } from 'zod';

/** The booking snapshot the ledger keeps (written at `registerOrder`): the plugin API cannot read it back. */
export const snapshotSchema = z.object({
  title: z.string(),
  /** When the gateway registered the booking: no free window can end before it. */
  bookedAt: z.string().nullable().optional(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  timeZone: z.string().nullable(),
  price: z.object({ amountMinor: z.number().int(), currency: z.string().length(3) }),
  penaltyRules: z.array(
    z.object({
      cutoffHours: z.number().int().min(0),
      charge: z.string(),
      chargeType: z.enum(['PERCENTAGE', 'AMOUNT']),
    }),
  ),
});

/** What the gateway recorded when the plugin confirmed a cancel. */
export const cancellationRecordSchema = z.object({
  refundMinor: z.number().int().nullable(),
  feeMinor: z.number().int().nullable(),
});

export const definitionSchema = z.object({
  name: z.string().optional(),
  capabilities: z.array(z.string()).optional(),
  parameters: z.array(z.object({ name: z.string() }).loose()).optional(),
});

/**
 * "Either this or successfulCancellation has to be set but not both" (guide 004). Null means not set:
 * a Java plugin serialising with Jackson's defaults writes the unset one as `null`.
 */
export const cancelResponseSchema = z.object({
  successfulCancellation: z.object({}).loose().nullish(),
  failedCancellation: z.object({ cancellationError: z.string().nullish() }).loose().nullish(),
});

export type BokunSnapshotWire = z.infer<typeof snapshotSchema>;
export type BokunCancelWire = z.infer<typeof cancelResponseSchema>;
