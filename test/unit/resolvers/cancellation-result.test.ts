import { GraphQLUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../src/server/apollo.js';
import { toCancellationResult } from '../../../src/resolvers/CancellationResult.js';
import { toCancelOutcome as bookingComOutcome } from '../../../src/providers/booking-com/mapper.js';
import { refusalOutcome } from '../../../src/services/cancellation/decide.js';
import { anItem } from '../../helpers/builders.js';
import { cancelAnswer, cancelContext } from '../../helpers/cancel-answers.js';
import { EVERY_OUTCOME } from '../../helpers/outcomes.js';

const union = buildSchema().getType('CancellationResult');
const members = union instanceof GraphQLUnionType ? union.getTypes().map(t => t.name) : [];

describe('toCancellationResult: one member per outcome kind', () => {
  // Plain objects (the type allows a promise; this builder never returns one).
  const results = EVERY_OUTCOME.map(toCancellationResult) as unknown as Array<
    { __typename: string } & Record<string, any>
  >;

  it('covers every member of the union exactly once', () => {
    expect(members.length).toBe(13);
    expect(results.map(r => r.__typename).sort()).toEqual([...members].sort());
  });

  it('every error member carries code, message, retryable and provider', () => {
    for (const result of results.filter(r => r.__typename !== 'OrderItemCancelled')) {
      expect(result).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
        retryable: expect.any(Boolean),
      });
      expect(result).toHaveProperty('provider');
    }
  });

  it('maps each provider detail to its own member and keeps the fields', () => {
    const details = results.flatMap(r =>
      'providerDetail' in r && r.providerDetail ? [r.providerDetail] : [],
    );
    expect(details.map(d => d.__typename).sort()).toEqual([
      'BokunErrorDetail',
      'BookingComErrorDetail',
      'MusementErrorDetail',
      'OpenActiveErrorDetail',
    ]);
    expect(results[1]).toMatchObject({
      __typename: 'CancellationNotPermittedError',
      retryable: true,
      retryAfterSeconds: 300,
      providerDetail: { id: 'OrderNotCancellable', requestId: 'r-1' },
    });
  });

  it("Booking.com's retryable refusal (403 right after booking) says when to try again, not that it cannot be cancelled", () => {
    const error = { request_id: 'r-9', errors: [{ id: 'Forbidden', message: 'wait' }] };
    const answer = bookingComOutcome(
      cancelAnswer(403, { error, result: null }),
      cancelContext('BOOKING_COM', { order: '509430129718701', item: 'room-1' }),
    );
    if (answer.kind !== 'refused') throw new Error(`expected a refusal, got ${answer.kind}`);
    const result = toCancellationResult(
      refusalOutcome(answer, anItem({ provider: 'BOOKING_COM', orderRef: '509430129718701' })),
    ) as {
      message: string;
      retryable: boolean;
    };
    expect(result.retryable).toBe(true);
    expect(result.message).toBe('The provider cannot cancel this booking just now; try again in 5 minutes.');
  });

  it('every retryable member says "try again", no final-sounding words', () => {
    for (const result of results.filter(r => r['retryable'] === true))
      expect(result['message']).not.toMatch(/cannot be cancelled/);
  });

  it('tells the customer nothing was cancelled only when the provider was unavailable', () => {
    const saying = results.filter(r => 'message' in r && /nothing was cancelled/.test(r.message));
    expect(saying.map(r => r.__typename)).toEqual(['ProviderUnavailableError']);
  });
});
