import type { HttpClient, HttpResponse, WriteResult } from '../http.js';
import { parseBody, parseJson, unexpectedStatus } from '../response.js';
import { cancelResponseSchema, definitionSchema, type BokunCancelWire } from './schemas.js';
import type { z } from 'zod';

export interface PluginParameter {
  readonly name: string;
  readonly value: string;
}

/** Calls on a Bókun inventory plugin (REST transport): JSON with `charset=utf-8`, parameters on every call but the definition. */
export function createBokunClient(http: HttpClient, parameters: readonly PluginParameter[]) {
  const json = { 'content-type': 'application/json; charset=utf-8' };
  return {
    async definition(): Promise<z.infer<typeof definitionSchema>> {
      const response = await http.read({
        method: 'GET',
        path: '/plugin/definition',
      });
      if (response.status !== 200) throw unexpectedStatus('BOKUN', response);
      return parseJson('BOKUN', response, definitionSchema);
    },
    /** `agentCode` only when one is configured: the guide sends it "if set", and we invent none. */
    cancelBooking(bookingConfirmationCode: string, agentCode: string | null): Promise<WriteResult> {
      return http.write({
        method: 'POST',
        path: '/booking/cancel',
        headers: json,
        body: { parameters, bookingConfirmationCode, ...(agentCode ? { agentCode } : {}) },
      });
    },

    /** The CancelBookingResponse of an answer, or null when it is unreadable. */
    answerOf: (response: HttpResponse): BokunCancelWire | null => parseBody(response, cancelResponseSchema),
  };
}

export type BokunClient = ReturnType<typeof createBokunClient>;
