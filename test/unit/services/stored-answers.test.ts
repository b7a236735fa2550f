// An idempotency key's answer is replayed from the journal as it was stored. Answers stored before
// the provider plugins owned their refusal details (issue #29) carry the details as they were then:
// `{ kind, ...fields }` with the kinds below. They still replay, to the same GraphQL answer.
import { describe, expect, it } from 'vitest';
import { toCancellationResult } from '../../../src/resolvers/CancellationResult.js';
import { reviveOutcome } from '../../../src/services/cancellation/snapshot.js';

/** Verbatim, as the journal's `response_snapshot` held them. */
const STORED = {
  imin: '{"kind":"not_permitted","provider":"IMIN","detail":{"kind":"openactive","type":"CancellationNotPermittedError","description":"Cancellations are not accepted within 24 hours of the session start."},"retryable":false,"retryAfterSeconds":null}',
  booking:
    '{"kind":"not_permitted","provider":"BOOKING_COM","detail":{"kind":"booking-com","id":"Forbidden","message":" Wait a few minutes. ","requestId":"r-9"},"retryable":true,"retryAfterSeconds":300}',
  musement:
    '{"kind":"manual_required","provider":"MUSEMENT","detail":{"kind":"musement","code":"0","message":"Please contact our Customer Care team."},"manual":{"contact":"support-affiliate@musement.com","instructions":"Ask Musement Customer Care."}}',
  bokun:
    '{"kind":"provider_unavailable","provider":"BOKUN","detail":{"kind":"bokun","cancellationError":"The tour has already departed."},"retryAfterSeconds":null}',
  closed:
    '{"kind":"window_closed","provider":"IMIN","closedAt":"2030-05-31T10:00:00.000Z","detail":{"kind":"openactive","type":"CancellationNotPermittedError","description":null}}',
};

const replayed = (stored: string) => toCancellationResult(reviveOutcome(stored)) as Record<string, unknown>;

describe('answers stored before the plugins owned refusal details replay unchanged', () => {
  it('imin: the OpenActive detail, its description the message', () => {
    expect(replayed(STORED.imin)).toMatchObject({
      __typename: 'CancellationNotPermittedError',
      message: 'Cancellations are not accepted within 24 hours of the session start.',
      retryable: false,
      providerDetail: {
        __typename: 'OpenActiveErrorDetail',
        type: 'CancellationNotPermittedError',
        description: 'Cancellations are not accepted within 24 hours of the session start.',
      },
    });
  });

  it('Booking.com: a retryable refusal says when to try again; the detail keeps its words as sent', () => {
    expect(replayed(STORED.booking)).toMatchObject({
      __typename: 'CancellationNotPermittedError',
      message: 'The provider cannot cancel this booking just now; try again in 5 minutes.',
      retryAfterSeconds: 300,
      providerDetail: {
        __typename: 'BookingComErrorDetail',
        id: 'Forbidden',
        message: ' Wait a few minutes. ',
        requestId: 'r-9',
      },
    });
  });

  it("Musement: a manual cancellation, then the provider's words", () => {
    expect(replayed(STORED.musement)).toMatchObject({
      __typename: 'ManualCancellationRequiredError',
      message: 'Ask Musement Customer Care. The provider said: "Please contact our Customer Care team."',
      contact: 'support-affiliate@musement.com',
      providerDetail: {
        __typename: 'MusementErrorDetail',
        code: '0',
        message: 'Please contact our Customer Care team.',
      },
    });
  });

  it("Bókun: the plugin's text", () => {
    expect(replayed(STORED.bokun)).toMatchObject({
      __typename: 'ProviderUnavailableError',
      providerDetail: { __typename: 'BokunErrorDetail', cancellationError: 'The tour has already departed.' },
    });
  });

  it('a detail with a null field keeps it null', () => {
    expect(replayed(STORED.closed)).toMatchObject({
      __typename: 'CancellationWindowClosedError',
      closedAt: new Date('2030-05-31T10:00:00.000Z'),
      providerDetail: {
        __typename: 'OpenActiveErrorDetail',
        type: 'CancellationNotPermittedError',
        description: null,
      },
    });
  });

  it.each([
    ['a kind no plugin declares', '{"kind":"acme","code":"1"}'],
    ['a required field missing', '{"kind":"booking-com","message":null,"requestId":null}'],
    ['a field of the wrong type', '{"kind":"bokun","cancellationError":42}'],
  ])('refuses a detail with %s, as before', (_name, detail) => {
    const stored = `{"kind":"provider_unavailable","provider":"BOKUN","detail":${detail},"retryAfterSeconds":null}`;
    expect(() => reviveOutcome(stored)).toThrow(/does not match its schema/);
  });
});
